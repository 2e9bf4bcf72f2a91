// The recognised parts of a letter as named line ranges (shared by the outline, folding and hover).
import type { Item, Letter, Paragraph } from '../core/model.js';
import type { Line } from '../core/source.js';
import { signatures } from '../core/footer.js';

export interface PartRange {
  key: string;
  name: { vi: string; en: string };
  provision: string;
  startLine: number;
  endLine: number;
  start: number; // offsets
  end: number;
  detail?: string;
  items?: Item[];
}

const P = 'NĐ 30/2020, Phụ lục I, Phần I, Mục II';
export const PART_INFO: Record<string, { vi: string; en: string; provision: string }> = {
  agency: { vi: 'Tên cơ quan, tổ chức ban hành', en: 'Issuing agency', provision: `${P}, khoản 2` },
  quocHieu: { vi: 'Quốc hiệu và Tiêu ngữ', en: 'National title and motto', provision: `${P}, khoản 1` },
  so: { vi: 'Số, ký hiệu của văn bản', en: 'Number and symbol', provision: `${P}, khoản 3` },
  date: { vi: 'Địa danh và thời gian ban hành', en: 'Place and date of issue', provision: `${P}, khoản 4` },
  tenLoai: { vi: 'Tên loại văn bản', en: 'Document type', provision: `${P}, khoản 5` },
  trichYeu: { vi: 'Trích yếu nội dung', en: 'Subject line', provision: `${P}, khoản 5` },
  kinhGui: { vi: 'Kính gửi', en: 'Addressees (Kính gửi)', provision: `${P}, khoản 9` },
  canCu: { vi: 'Căn cứ ban hành', en: 'Legal grounds', provision: `${P}, khoản 6 điểm a` },
  body: { vi: 'Nội dung văn bản', en: 'Body', provision: `${P}, khoản 6` },
  noiNhan: { vi: 'Nơi nhận', en: 'Recipients (Nơi nhận)', provision: `${P}, khoản 9` },
  signature: {
    vi: 'Chức vụ, họ tên và chữ ký của người có thẩm quyền',
    en: 'Signature block',
    provision: `${P}, khoản 7`,
  },
};

const span = (lines: Line[]) => {
  const ls = lines.filter(Boolean);
  return ls.length
    ? { startLine: ls[0].line, endLine: ls[ls.length - 1].line, start: ls[0].start, end: ls[ls.length - 1].end }
    : null;
};

const paraLines = (ps: Paragraph[]) => ps.flatMap((p) => p.lines);

export function letterParts(letter: Letter): PartRange[] {
  const out: PartRange[] = [];
  const add = (key: string, lines: (Line | undefined)[], detail?: string, items?: Item[]) => {
    const s = span(lines.filter((l): l is Line => !!l));
    if (!s) return;
    const info = PART_INFO[key];
    out.push({ key, name: { vi: info.vi, en: info.en }, provision: info.provision, ...s, detail, items });
  };
  if (letter.agency) add('agency', letter.agency.lines, letter.agency.name);
  if (letter.quocHieu) add('quocHieu', [letter.quocHieu.quocHieu, letter.quocHieu.tieuNgu]);
  if (letter.so) add('so', [letter.so.line], letter.so.text);
  if (letter.date) add('date', [letter.date.line], letter.date.line.text);
  if (letter.tenLoai) add('tenLoai', [letter.tenLoai.line], letter.tenLoai.name);
  if (letter.trichYeu) add('trichYeu', letter.trichYeu.lines, letter.trichYeu.text);
  if (letter.kinhGui)
    add('kinhGui', [letter.kinhGui.head, ...paraLines(letter.kinhGui.items)], letter.kinhGui.inline ?? undefined);
  if (letter.canCu.length) add('canCu', paraLines(letter.canCu));
  if (letter.body.length)
    add('body', [...(letter.formula ? [letter.formula] : []), ...paraLines(letter.body)], undefined, letter.items);
  if (letter.noiNhan) add('noiNhan', [letter.noiNhan.head, ...paraLines(letter.noiNhan.items)]);
  // every signature block: a biên bản has the secretary's and the chair's, a hợp đồng one per party
  for (const sig of signatures(letter)) {
    add('signature', sig.lines, sig.name ?? sig.title ?? undefined);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Last line of an item including its descendants. */
export function itemEndLine(it: Item): number {
  const own = it.paragraph.lines[it.paragraph.lines.length - 1]?.line ?? it.line;
  return it.children.length ? Math.max(own, itemEndLine(it.children[it.children.length - 1])) : own;
}

export function itemEndOffset(it: Item): number {
  const own = it.paragraph.lines[it.paragraph.lines.length - 1]?.end ?? 0;
  return it.children.length ? Math.max(own, itemEndOffset(it.children[it.children.length - 1])) : own;
}
