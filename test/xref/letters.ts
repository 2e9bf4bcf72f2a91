// Invented letters and a registry for the cross-reference tests (an in-memory workspace).
import type { Workspace } from '../../server/src/xref/index.js';

export interface LetterSpec {
  agency: [string, string]; // parent/issuer lines, e.g. ['ỦY BAN NHÂN DÂN', 'HUYỆN SƠN TỊNH']
  so: string; // after "Số: " ("14/KH-UBND", "/UBND-VP")
  place: string;
  date: [string, string, string] | null; // day, month, year (null: blank draft date)
  type?: string; // "KẾ HOẠCH"; absent → công văn with V/v
  summary: string;
  body: string[];
}

export function letter(s: LetterSpec): string {
  const [d, m, y] = s.date ?? ['', '', '2024'];
  const dateLine = s.date ? `${s.place}, ngày ${d} tháng ${m} năm ${y}` : `${s.place}, ngày    tháng    năm ${y}`;
  const head = [
    `**${s.agency[0]}  \n${s.agency[1]}**`,
    '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  \nĐộc lập - Tự do - Hạnh phúc**',
    `Số: ${s.so}`,
    dateLine,
  ];
  const title = s.type
    ? [`**${s.type}**`, `**${s.summary}**`]
    : [`V/v ${s.summary}`, 'Kính gửi: Các phòng, ban chuyên môn thuộc UBND huyện.'];
  const tail = [
    '**Nơi nhận:**\n\n- Như trên;\n- Lưu: VT, VP.',
    '**KT. CHỦ TỊCH  \nPHÓ CHỦ TỊCH**',
    '**Nguyễn Văn An**',
  ];
  return [...head, ...title, ...s.body, ...tail].join('\n\n') + '\n';
}

export class MemoryWorkspace implements Workspace {
  files = new Map<string, string>();
  constructor(init: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(init)) this.files.set(k, v);
  }
  listFiles(): string[] {
    return [...this.files.keys()].sort();
  }
  read(file: string): string | undefined {
    return this.files.get(file);
  }
}

const UBND_HUYEN: [string, string] = ['ỦY BAN NHÂN DÂN', 'HUYỆN SƠN TỊNH'];

/** The province's plan (a workspace document), a district letter implementing it, a district plan citing both, and
 * a later letter with short forms and a conflicting date. */
export const KE_HOACH_TINH = letter({
  agency: ['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NGÃI'],
  so: '40/KH-UBND',
  place: 'Quảng Ngãi',
  date: ['15', '02', '2024'],
  type: 'KẾ HOẠCH',
  summary: 'Bảo vệ môi trường năm 2024',
  body: [
    'Thực hiện Kết luận số 1753-KL/TU ngày 10/01/2024 của Ban Thường vụ Tỉnh ủy về công tác bảo vệ môi trường, Ủy ban nhân dân tỉnh ban hành Kế hoạch này.',
    '1. Các sở, ngành triển khai Kết luận nêu trên đến cán bộ, công chức.',
    '2. Kế hoạch này được phổ biến đến các xã./.',
  ],
});

export const CONG_VAN_HUYEN = letter({
  agency: UBND_HUYEN,
  so: '125/UBND-VP',
  place: 'Sơn Tịnh',
  date: ['08', '03', '2024'],
  summary: 'tổ chức tổng vệ sinh môi trường',
  body: [
    'Thực hiện Kế hoạch số 40/KH-UBND, Chủ tịch UBND huyện yêu cầu các cơ quan, đơn vị tổ chức thực hiện Kế hoạch trên địa bàn.',
    'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư, các đơn vị thực hiện nghiêm túc./.',
  ],
});

export const KE_HOACH_HUYEN = letter({
  agency: UBND_HUYEN,
  so: '14/KH-UBND',
  place: 'Sơn Tịnh',
  date: ['20', '03', '2024'],
  type: 'KẾ HOẠCH',
  summary: 'Triển khai công tác bảo vệ môi trường năm 2024',
  body: [
    'Căn cứ Kế hoạch số 40/KH-UBND ngày 15/02/2024 của UBND tỉnh Quảng Ngãi về bảo vệ môi trường năm 2024;',
    'Thực hiện Kết luận số 1753-KL/TU ngày 10/01/2024 của Ban Thường vụ Tỉnh ủy về công tác bảo vệ môi trường và Công văn số 125/UBND-VP ngày 08/3/2024 của UBND huyện về tổ chức tổng vệ sinh, UBND huyện ban hành Kế hoạch triển khai như sau:',
    '1. Các phòng triển khai Kế hoạch này; quán triệt Kết luận nêu trên.',
    '2. Thực hiện Quyết định số 99/QĐ-UBND ngày 01/4/2024 của UBND huyện về thành lập Tổ công tác./.',
  ],
});

export const CONG_VAN_SAU = letter({
  agency: UBND_HUYEN,
  so: '/UBND-VP',
  place: 'Sơn Tịnh',
  date: null,
  summary: 'đôn đốc thực hiện',
  body: [
    'Thực hiện Kế hoạch số 14/KH-UBND ngày 21/3/2024 của UBND huyện về triển khai công tác bảo vệ môi trường năm 2024 và Kế hoạch số 40/KH-UBND ngày 15/02/2024 của UBND tỉnh Quảng Ngãi về bảo vệ môi trường năm 2024, UBND huyện đề nghị:',
    '1. Các đơn vị thực hiện Kế hoạch nêu trên.',
    '2. Triển khai Quyết định nêu trên.',
    '3. Thực hiện Nghị định số 110/2004/NĐ-CP ngày 08/4/2004 của Chính phủ về công tác văn thư./.',
  ],
});

export const REGISTRY_YAML = `# danh mục văn bản
documents:
  - kind: Nghị định
    number: 30/2020/NĐ-CP
    date: 2020-03-05
    issuer: Chính phủ
    summary: về công tác văn thư
    url: https://vanban.chinhphu.vn/nd30
    status: hiệu lực
  - kind: Nghị định
    number: 110/2004/NĐ-CP
    date: 08/04/2004
    issuer: Chính phủ
    summary: về công tác văn thư
    status: hết hiệu lực
    replacedBy: 30/2020/NĐ-CP
  - kind: Quyết định
    number: 99/QĐ-UBND
    date: 2024-04-01
    issuer: UBND huyện Sơn Tịnh
    summary: về thành lập Tổ công tác bảo vệ môi trường
  - kind: Kế hoạch
    number: 14-KH/UBND/x
    date: 2024-13-01
  - kind: Kết luận
    number: 1753-KL/TU
    date: 31/02/2024
    colour: red
`;
