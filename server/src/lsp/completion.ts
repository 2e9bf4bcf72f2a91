// Completion in context: recipients, titles after KT./TM./…, deputy titles, tên loại, ký hiệu, Lưu units, next point.
import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver';
import type { Analysis } from '../core/analyze.js';
import { DOC_TYPES } from '../core/doctypes.js';
import { DIEM_ORDER, nextDiem } from '../core/patterns.js';
import type { AgencyProfile } from '../core/rule.js';
import { SourceText } from '../core/source.js';
import { uriToPath } from './config.js';
import type { Session } from './session.js';
import type { Lang } from './diagnostics.js';
import { placeCompletion } from './places.js';

export const TITLES = [
  'CHỦ TỊCH',
  'GIÁM ĐỐC',
  'TỔNG GIÁM ĐỐC',
  'BỘ TRƯỞNG',
  'THỦ TRƯỞNG',
  'CHÁNH VĂN PHÒNG',
  'TRƯỞNG PHÒNG',
  'TRƯỞNG BAN',
  'VIỆN TRƯỞNG',
  'CỤC TRƯỞNG',
  'VỤ TRƯỞNG',
  'CHÁNH THANH TRA',
  'HIỆU TRƯỞNG',
  'THỦ TƯỚNG',
  'CHỦ NHIỆM',
];
const AUTH_TITLES: Record<string, string[]> = {
  'TM.': [
    'ỦY BAN NHÂN DÂN',
    'HỘI ĐỒNG NHÂN DÂN',
    'CHÍNH PHỦ',
    'BAN THƯỜNG VỤ',
    'BAN CHẤP HÀNH',
    'THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN',
    'HỘI ĐỒNG',
  ],
};
/** The deputy of a head's title, signed under KT. */
export function deputies(head: string): string[] {
  const h = head.trim();
  if (h === 'BỘ TRƯỞNG') return ['THỨ TRƯỞNG'];
  if (h === 'THỦ TƯỚNG') return ['PHÓ THỦ TƯỚNG'];
  if (h === 'CHÁNH VĂN PHÒNG') return ['PHÓ CHÁNH VĂN PHÒNG'];
  if (h === 'CHÁNH THANH TRA') return ['PHÓ CHÁNH THANH TRA'];
  if (/TRƯỞNG$/.test(h))
    return [`PHÓ ${h}`, h.replace(/(\S+ )?TRƯỞNG$/, (_m, w) => `PHÓ ${w ?? ''}TRƯỞNG`)].filter(
      (v, i, a) => a.indexOf(v) === i,
    );
  return [`PHÓ ${h}`];
}

const strip = (s: string) =>
  s
    .replace(/\*\*|__|[*_]/g, '')
    .replace(/\\$/, '')
    .trim();

export interface CompletionContext {
  analysis: Analysis;
  profile: AgencyProfile & { recipients?: string[] };
  /** Recipients seen in other letters of the workspace. */
  workspaceRecipients: () => string[];
  lang?: Lang;
}

/** Where the text being completed starts on the line, and whether a space must precede the insertion. */
interface Slot {
  line: number;
  from: number;
  to: number;
  pad: string;
}
/** The slot after the last match of `re` in `before` (raw line text up to the cursor). */
function after(re: RegExp, before: string, pos: Position): Slot {
  let end = 0;
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  let m: RegExpExecArray | null;
  while ((m = g.exec(before))) {
    end = m.index + m[0].length;
    if (!m[0].length) g.lastIndex++;
  }
  return {
    line: pos.line,
    from: end,
    to: pos.character,
    pad: end > 0 && !/[ \t]$/.test(before.slice(0, end)) ? ' ' : '',
  };
}
const lineStart = (before: string, pos: Position): Slot => ({
  line: pos.line,
  from: /^[ \t]*(?:\*\*|__)?/.exec(before)![0].length,
  to: pos.character,
  pad: '',
});

/** Index of the line where the letter's header ends (first line of Kính gửi / căn cứ / body / formula). */
function headerEnd(a: Analysis): number {
  const l = a.letter;
  const cands = [l.kinhGui?.head.line, l.canCu[0]?.lines[0]?.line, l.formula?.line, l.body[0]?.lines[0]?.line].filter(
    (n): n is number => n !== undefined,
  );
  return cands.length ? Math.min(...cands) : Math.min(a.source.lineCount, 30);
}

function inKinhGuiList(src: SourceText, line: number): boolean {
  for (let l = line - 1; l >= 0 && l >= line - 60; l--) {
    const t = strip(src.lineText(l));
    if (/^k[ií]nh[ \t]*g[ửởưu]i/iu.test(t)) return true;
    if (t === '' || /^[-+*][ \t]/.test(t) || /^[-+*]$/.test(t)) continue;
    return false;
  }
  return false;
}

export function complete(ctx: CompletionContext, pos: Position): CompletionItem[] {
  const { analysis: a, profile } = ctx;
  const src = a.source;
  const full = src.lineText(pos.line);
  const before = full.slice(0, pos.character);
  const clean = strip(before);
  const out: CompletionItem[] = [];
  // unit names on the agency lines and in the date line's place (places.ts)
  const units = placeCompletion(a, pos, ctx.lang ?? 'vi', { province: profile.province });
  if (units) return units;
  let slot: Slot | null = null;
  const item = (
    label: string,
    kind: CompletionItemKind,
    detail: string,
    sort?: number,
    insert = label,
  ): CompletionItem => ({
    label,
    kind,
    detail,
    sortText: sort === undefined ? undefined : String(sort).padStart(4, '0'),
    filterText: slot ? slot.pad + label : undefined,
    textEdit: slot
      ? {
          range: { start: { line: slot.line, character: slot.from }, end: { line: slot.line, character: slot.to } },
          newText: slot.pad + insert,
        }
      : undefined,
  });
  const recipients = () => {
    const all = [...(profile.recipients ?? []), ...ctx.workspaceRecipients()];
    return [...new Set(all)].map((r, i) => item(r, CompletionItemKind.Value, 'Kính gửi', i));
  };
  // Kính gửi: …  /  - … in the Kính gửi list
  if (/^k[ií]nh[ \t]*g[ửởưu]i[ \t]*:/iu.test(clean)) {
    slot = after(/:[ \t]*(?:[-+*][ \t]+)?/u, before, pos);
    return recipients();
  }
  if (
    /^[-+*][ \t]/.test(before.trimStart()) &&
    !/^[-+*][ \t]*Lưu/u.test(before.trimStart()) &&
    inKinhGuiList(src, pos.line)
  ) {
    slot = { ...after(/^[ \t]*[-+*][ \t]+/u, before, pos), pad: '' };
    return recipients();
  }
  // Lưu: VT, …
  if (/^-?[ \t]*Lưu:[ \t]*VT[ \t]*,/u.test(clean)) {
    slot = after(/,[ \t]*/u, before, pos);
    return (profile.unitCodes ?? []).map((u, i) => item(u, CompletionItemKind.Unit, 'Lưu: đơn vị soạn thảo', i));
  }
  // Số: NN/…
  const so = /^Số:[ \t]*[\d.…_ ]*\/([\p{L}0-9&-]*)$/u.exec(clean);
  if (so) {
    slot = { ...after(/\//u, before, pos), pad: '' };
    const issuer = profile.issuerCode;
    const codes: string[] = [];
    for (const t of DOC_TYPES) if (t.code) codes.push(issuer ? `${t.code}-${issuer}` : `${t.code}-`);
    if (issuer) for (const u of profile.unitCodes ?? []) codes.unshift(`${issuer}-${u}`);
    return codes.map((c, i) => item(c, CompletionItemKind.Constant, 'Ký hiệu', i));
  }
  // KT. / TM. / TL. / TUQ. / Q. + chức vụ
  const auth = /^(KT\.|TM\.|TL\.|TUQ\.|Q\.)[ \t]*\p{Lu}*[ \t\p{Lu}]*$/u.exec(clean);
  if (auth) {
    slot = after(/(?:KT|TM|TL|TUQ|Q)\.[ \t]*/u, before, pos);
    const list = [...(AUTH_TITLES[auth[1]] ?? []), ...TITLES, ...(profile.titles ?? [])];
    return [...new Set(list)].map((t, i) => item(t, CompletionItemKind.Keyword, `Chức vụ sau ${auth[1]}`, i));
  }
  // the line after "KT. CHỦ TỊCH": the deputy titles
  if (pos.line > 0 && /^[\p{Lu} \t]*$/u.test(clean)) {
    const prev = strip(src.lineText(pos.line - 1));
    const kt = /^KT\.[ \t]*(\p{Lu}[\p{Lu} \t]*)$/u.exec(prev);
    slot = lineStart(before, pos);
    if (kt)
      return deputies(kt[1]).map((t, i) => item(t, CompletionItemKind.Keyword, `Cấp phó ký thay ${kt[1].trim()}`, i));
  }
  // the next point letter after "c)" → "d)"
  if (/^[a-zđ]?$/u.test(clean)) {
    for (let l = pos.line - 1; l >= 0 && l >= pos.line - 40; l--) {
      const t = strip(src.lineText(l));
      if (t === '') continue;
      // go to the first line of that paragraph
      let first = l;
      while (first > 0 && strip(src.lineText(first - 1)) !== '') first--;
      const m = /^([a-zđ])\)[ \t]/u.exec(strip(src.lineText(first)));
      if (m && DIEM_ORDER.includes(m[1])) {
        const n = nextDiem(m[1]);
        if (n) {
          slot = lineStart(before, pos);
          out.push({ ...item(`${n})`, CompletionItemKind.EnumMember, 'Điểm tiếp theo', 0, `${n}) `), preselect: true });
          return out;
        }
      }
      break;
    }
  }
  // tên loại on an empty line of the header
  if (pos.line < headerEnd(a) && /^[\p{Lu} \t]*$/u.test(clean)) {
    slot = lineStart(before, pos);
    return DOC_TYPES.map((t, i) =>
      item(t.name, CompletionItemKind.Class, `Tên loại văn bản${t.code ? ` (${t.code})` : ''}`, i),
    );
  }
  return out;
}

export function registerCompletion(s: Session): void {
  s.connection.onCompletion(async (params) => {
    const doc = s.documents.get(params.textDocument.uri);
    const e = doc && (await s.latestFor(doc));
    if (!doc || !e) return [];
    // a long document's last analysis, while the current one is pending: its parts, with the text as it is now
    const analysis = e.version === doc.version ? e.analysis : { ...e.analysis, source: new SourceText(doc.getText()) };
    const path = uriToPath(doc.uri);
    if (e.resolved.included) {
      const src = analysis.source;
      if (s.xref.completion(null, src, params.position, s.lang)) {
        await s.xref.within(2000);
        const items = s.xref.completion(path, src, params.position, s.lang);
        if (items) return items;
      }
    }
    // a space triggers only the citation completion
    if (params.context?.triggerCharacter === ' ') return [];
    // the first scan of the workspace's letters runs in the background, never on the request path: until it is
    // over a recipients completion answers with what it has, marked incomplete (the editor asks again as one types)
    void s.recipients.start();
    let asked = false;
    const ctx = {
      analysis,
      profile: e.resolved.profile,
      workspaceRecipients: () => ((asked = true), s.recipients.names()),
      lang: s.lang,
    };
    const items = complete(ctx, params.position);
    return asked && !s.recipients.scanned ? { isIncomplete: true, items } : items;
  });
}
