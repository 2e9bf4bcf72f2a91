// The 29 administrative types of Điều 7 and their codes (Phụ lục III), and the Party codes of HD 36 (§8.2).
import { memoByText } from './rule.js';

export interface DocTypeInfo {
  slug: string;
  name: string; // tên loại as printed (capitals)
  title: string; // as cited in running text
  code: string | null; // Phụ lục III abbreviation; null for công văn and thư công
}

export const DOC_TYPES: DocTypeInfo[] = [
  ['nghi-quyet', 'NGHỊ QUYẾT', 'Nghị quyết', 'NQ'],
  ['quyet-dinh', 'QUYẾT ĐỊNH', 'Quyết định', 'QĐ'],
  ['chi-thi', 'CHỈ THỊ', 'Chỉ thị', 'CT'],
  ['quy-che', 'QUY CHẾ', 'Quy chế', 'QC'],
  ['quy-dinh', 'QUY ĐỊNH', 'Quy định', 'QyĐ'],
  ['thong-cao', 'THÔNG CÁO', 'Thông cáo', 'TC'],
  ['thong-bao', 'THÔNG BÁO', 'Thông báo', 'TB'],
  ['huong-dan', 'HƯỚNG DẪN', 'Hướng dẫn', 'HD'],
  ['chuong-trinh', 'CHƯƠNG TRÌNH', 'Chương trình', 'CTr'],
  ['ke-hoach', 'KẾ HOẠCH', 'Kế hoạch', 'KH'],
  ['phuong-an', 'PHƯƠNG ÁN', 'Phương án', 'PA'],
  ['de-an', 'ĐỀ ÁN', 'Đề án', 'ĐA'],
  ['du-an', 'DỰ ÁN', 'Dự án', 'DA'],
  ['bao-cao', 'BÁO CÁO', 'Báo cáo', 'BC'],
  ['bien-ban', 'BIÊN BẢN', 'Biên bản', 'BB'],
  ['to-trinh', 'TỜ TRÌNH', 'Tờ trình', 'TTr'],
  ['hop-dong', 'HỢP ĐỒNG', 'Hợp đồng', 'HĐ'],
  ['cong-van', 'CÔNG VĂN', 'Công văn', null],
  ['cong-dien', 'CÔNG ĐIỆN', 'Công điện', 'CĐ'],
  ['ban-ghi-nho', 'BẢN GHI NHỚ', 'Bản ghi nhớ', 'BGN'],
  ['ban-thoa-thuan', 'BẢN THỎA THUẬN', 'Bản thỏa thuận', 'BTT'],
  ['giay-uy-quyen', 'GIẤY ỦY QUYỀN', 'Giấy ủy quyền', 'GUQ'],
  ['giay-moi', 'GIẤY MỜI', 'Giấy mời', 'GM'],
  ['giay-gioi-thieu', 'GIẤY GIỚI THIỆU', 'Giấy giới thiệu', 'GGT'],
  ['giay-nghi-phep', 'GIẤY NGHỈ PHÉP', 'Giấy nghỉ phép', 'GNP'],
  ['phieu-gui', 'PHIẾU GỬI', 'Phiếu gửi', 'PG'],
  ['phieu-chuyen', 'PHIẾU CHUYỂN', 'Phiếu chuyển', 'PC'],
  ['phieu-bao', 'PHIẾU BÁO', 'Phiếu báo', 'PB'],
  ['thu-cong', 'THƯ CÔNG', 'Thư công', null],
].map(([slug, name, title, code]) => ({ slug: slug!, name: name!, title: title!, code }));

export const TYPE_BY_NAME = new Map(DOC_TYPES.map((t) => [t.name, t]));
export const TYPE_BY_CODE = new Map(DOC_TYPES.filter((t) => t.code).map((t) => [t.code!, t]));
export const TYPE_BY_SLUG = new Map(DOC_TYPES.map((t) => [t.slug, t]));

/** Copies (Phần II of Phụ lục I) and legacy codes of TT 01/2011 still seen in citations. */
export const COPY_CODES: Record<string, string> = { SY: 'Bản sao y', TrS: 'Bản trích sao', SL: 'Bản sao lục' };
export const LEGACY_CODES: Record<string, string> = { GN: 'BGN', TTh: 'BTT', UQ: 'GUQ', NP: 'GNP' };

/** Party document types and codes (HD 36; §8.2). */
// `low`: a row the catalogue (§8.2) marks unverified; VD-02 reports nothing above info on it
export const PARTY_TYPES: { slug: string; title: string; codes: string[]; low?: boolean }[] = [
  { slug: 'nghi-quyet', title: 'Nghị quyết', codes: ['NQ'] },
  { slug: 'quyet-dinh', title: 'Quyết định', codes: ['QĐ'] },
  { slug: 'quy-dinh', title: 'Quy định', codes: ['QĐ', 'QĐi'] },
  { slug: 'chi-thi', title: 'Chỉ thị', codes: ['CT'] },
  { slug: 'ket-luan', title: 'Kết luận', codes: ['KL'] },
  { slug: 'huong-dan', title: 'Hướng dẫn', codes: ['HD'] },
  { slug: 'chuong-trinh', title: 'Chương trình', codes: ['CTr'] },
  { slug: 'ke-hoach', title: 'Kế hoạch', codes: ['KH'] },
  { slug: 'bao-cao', title: 'Báo cáo', codes: ['BC'] },
  { slug: 'thong-bao', title: 'Thông báo', codes: ['TB'] },
  { slug: 'cong-van', title: 'Công văn', codes: ['CV'] },
  { slug: 'to-trinh', title: 'Tờ trình', codes: ['TTr'] },
  { slug: 'quy-che', title: 'Quy chế', codes: ['QC'] },
  { slug: 'thong-tri', title: 'Thông tri', codes: ['TT'] },
  { slug: 'de-an', title: 'Đề án', codes: ['ĐA'] },
  { slug: 'phuong-an', title: 'Phương án', codes: ['PA'] },
  { slug: 'bien-ban', title: 'Biên bản', codes: ['BB'] },
  { slug: 'quy-hoach', title: 'Quy hoạch', codes: ['QH'], low: true },
  { slug: 'thong-cao', title: 'Thông cáo', codes: ['TC'], low: true },
  { slug: 'du-an', title: 'Dự án', codes: ['DA'], low: true },
];

export const PARTY_BY_TITLE = new Map(PARTY_TYPES.map((t) => [t.title.toLocaleLowerCase('vi'), t]));

/** Slug of a type word as written in a citation ("Kế hoạch", "KẾ HOẠCH", "công văn"). */
export function typeWordKey(word: string): string {
  return memoByText('typeWordKey', word, typeWordKeyOf);
}

function typeWordKeyOf(word: string): string {
  return word.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}

/** The legal-normative kinds a letter cites by number besides the 29 types ("Nghị định số …", "Luật số …"). */
export const LEGAL_KINDS = ['Bộ luật', 'Luật', 'Pháp lệnh', 'Lệnh', 'Nghị định', 'Thông tư liên tịch', 'Thông tư'];

/** Every kind of document a letter may cite, as written in running text, longest first. */
export const CITABLE_KINDS = [
  ...new Set([...DOC_TYPES.map((t) => t.title), ...PARTY_TYPES.map((t) => t.title), ...LEGAL_KINDS]),
].sort((a, b) => b.length - a.length);

export const LEGAL_NORMATIVE_NAMES = new RegExp(
  `^(?:${LEGAL_KINDS.map((k) => k.toLocaleUpperCase('vi')).join('|')})(?![\\p{L}])`,
  'u',
);
