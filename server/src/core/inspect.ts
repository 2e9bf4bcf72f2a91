// The letter model as plain JSON (the `vanthu inspect` contract). Lines are 1-based.
import type { Item, Letter, Paragraph } from './model.js';
import type { Line } from './source.js';

const ln = (l: Line | undefined) => (l ? l.line + 1 : null);
const stripItem = (s: string) =>
  s
    .replace(/^[-+*][ \t]*/, '')
    .replace(/[ \t]*[;.,]+$/, '')
    .trim();

export function inspectLetter(letter: Letter, file: string) {
  if (!letter.isLetter) return { file, family: null, type: null, letter: false };
  const d = letter.date;
  const iso =
    d && d.day && d.month && d.year ? `${d.year}-${d.month.padStart(2, '0')}-${d.day.padStart(2, '0')}` : null;
  const so = letter.so;
  const sig = letter.signature;
  const item = (it: Item): unknown => ({ label: it.label, line: it.line + 1, children: it.children.map(item) });
  const entry = (p: Paragraph) => stripItem(p.joined.text);
  // several addressees run together on one line ("Kính gửi: A; B; C.", "- A; B."): each is a recipient
  const split = (t: string) =>
    t
      .split(/;(?=[ \t]*\S)/)
      .map(stripItem)
      .filter(Boolean);
  const kg = letter.kinhGui;
  const inline =
    kg?.inline && !/^-[ \t]/.test(kg.inline) ? [kg.inline, ...kg.inlineMore.map((l) => l.text)].join(' ') : null;
  const recipients = kg ? [...(inline ? split(inline) : []), ...kg.items.flatMap((p) => split(entry(p)))] : [];
  return {
    file,
    family: letter.family,
    type: letter.type,
    issuer: letter.agency
      ? { name: letter.agency.name, parent: letter.agency.parent, line: ln(letter.agency.lines[0]) }
      : null,
    soKyHieu: so ? { text: so.text, number: so.number || null, symbol: so.symbol || null, line: ln(so.line) } : null,
    date: d
      ? {
          place: d.place,
          day: d.day,
          month: d.month,
          year: d.year,
          iso: iso && isValid(iso) ? iso : null,
          line: ln(d.line),
        }
      : null,
    title:
      letter.tenLoai || letter.trichYeu
        ? {
            name: letter.tenLoai?.name ?? null,
            summary: letter.trichYeu?.text ?? null,
            line: ln(letter.tenLoai?.line ?? letter.trichYeu?.lines[0]),
          }
        : null,
    recipients,
    body: { items: letter.items.map(item) },
    citations: letter.citations.map((c) => ({
      text: c.text,
      kind: c.kind,
      number: c.number,
      family: c.family,
      date: c.date,
      issuer: c.issuer,
      summary: c.summary,
      line: c.line + 1,
      firstMention: c.firstMention,
    })),
    noiNhan: letter.noiNhan
      ? [
          ...(letter.noiNhan.inlineFirst ? [stripItem(letter.noiNhan.inlineFirst)] : []),
          ...letter.noiNhan.items.map(entry),
        ]
      : [],
    signature: sig
      ? {
          authority: sig.authority,
          authorityTitle: sig.authorityTitle,
          title: sig.title,
          ...nameAndRank(sig.name),
          line: ln(sig.lines[0]),
        }
      : null,
  };
}

// A military or police rank printed before the signer's name ("Đại tá Phạm Quốc Hưng"; NĐ 30 lets armed units add it)
const RANK =
  /^((?:Thiếu|Trung|Thượng|Đại)[ \t]+(?:úy|uý|tá|tướng)|Chuẩn[ \t]+[Đđ]ô[ \t]+đốc|(?:Phó[ \t]+)?[Đđ]ô[ \t]+đốc)[ \t]+(?=\p{Lu})/iu;

function nameAndRank(name: string | null): { name: string | null; rank?: string } {
  const m = name ? RANK.exec(name) : null;
  return m ? { name: name!.slice(m[0].length), rank: m[1] } : { name };
}

function isValid(iso: string): boolean {
  const t = new Date(iso + 'T00:00:00Z');
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === iso;
}
