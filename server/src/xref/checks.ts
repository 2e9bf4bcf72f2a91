// Cross-reference checks of one letter against the workspace index. Pure functions returning findings with spans;
// a rule file (or the language server) calls them with the index and maps the findings to diagnostics.
// VD-02 (kind vs code) and VD-03 (number forms) are separate rules and are not repeated here.
import type { Edit, Finding, Fix, IndexQueries, Severity, Text, WorkspaceView } from '../core/rule.js';
import type { Span } from '../core/source.js';
import { displayIssuer, sameIssuer, type CitationRef, type LetterSummary, type ShortFormRef } from './model.js';
import type { FieldOrigin } from './index.js';

export type XrefCode =
  | 'first-mention-incomplete' // VD-01 with fix data from the index
  | 'cross-date-conflict' // same number, another date elsewhere (VD-06 across the workspace)
  | 'cross-issuer-conflict'
  | 'duplicate-number' // two letters of the workspace bear the same number
  | 'cited-after-letter' // the cited document is dated after the letter itself
  | 'cited-obsolete' // hết hiệu lực / replacedBy in the registry
  | 'short-form-ambiguous'
  | 'short-form-unresolved';

export interface XrefRelated {
  file?: string; // undefined: the same file
  line?: number; // 0-based
  span?: Span;
  message: Text;
}

export interface XrefFinding {
  code: XrefCode;
  severity: Severity;
  span: Span;
  line: number;
  key: string | null;
  message: Text;
  fix?: Fix;
  related?: XrefRelated[];
}

const vi = (v: string, en: string): Text => ({ vi: v, en });

/** "2024-02-15" → "15/02/2024" */
export function dmy(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** A summary as it follows a citation: "về …", "V/v …" → "về việc …", a verb phrase as is. */
export function summaryPhrase(s: string): string {
  const t = s.trim().replace(/[.;,]+$/, '');
  if (/^v\/v[ \t]+/iu.test(t)) return `về việc ${t.replace(/^v\/v[ \t]+/iu, '')}`;
  // a verb phrase follows the issuer as is, in lower case ("… của Bộ Nội vụ hướng dẫn …"); a title's capital goes
  if (/^(?:về|quy định|hướng dẫn|ban hành|phê duyệt|thực hiện|triển khai|sửa đổi|bổ sung)(?![\p{L}])/iu.test(t))
    return /^\p{Lu}\p{Ll}/u.test(t) ? t[0].toLocaleLowerCase('vi') + t.slice(1) : t;
  return `về ${t[0].toLocaleLowerCase('vi') + t.slice(1)}`;
}

/** VD-01 fix data: the date, issuer and summary a first mention lacks (those VD-01 asks for), filled from the index.
 * Null when the index knows nothing the citation lacks. The edits insert after the number (date) and after the
 * date/issuer. */
export function firstMentionFix(
  c: CitationRef,
  index: IndexQueries,
  file: string,
): { fix: Fix; filled: ('date' | 'issuer' | 'summary')[] } | null {
  const r = index.resolve({ key: c.key }, { excludeFile: file });
  if (!r) return null;
  const filled: ('date' | 'issuer' | 'summary')[] = [];
  let afterNumber = '';
  let afterDesc = '';
  const asked = new Set(c.missing);
  if (!c.date && r.date && asked.has('date')) {
    afterNumber += ` ngày ${dmy(r.date)}`;
    filled.push('date');
  }
  if (!c.issuer && r.issuer && asked.has('issuer')) {
    afterDesc += ` của ${displayIssuer(r.issuer)}`;
    filled.push('issuer');
  }
  if (!c.summary && r.summary && asked.has('summary')) {
    afterDesc += ` ${summaryPhrase(r.summary)}`;
    filled.push('summary');
  }
  if (!filled.length) return null;
  const edits: Edit[] = [];
  const numberEnd = c.span.end;
  if (afterNumber && numberEnd === c.descEnd)
    edits.push({ offset: numberEnd, length: 0, newText: afterNumber + afterDesc });
  else {
    if (afterNumber) edits.push({ offset: numberEnd, length: 0, newText: afterNumber });
    if (afterDesc) edits.push({ offset: c.descEnd, length: 0, newText: afterDesc });
  }
  const from =
    r.source === 'workspace'
      ? 'văn bản trong workspace'
      : r.source === 'registry'
        ? 'danh mục văn bản'
        : 'lần viện dẫn khác';
  return {
    fix: {
      title: vi(
        `Bổ sung ${filled.map((f) => ({ date: 'ngày', issuer: 'cơ quan ban hành', summary: 'trích yếu' })[f]).join(', ')} (theo ${from})`,
        `Add the ${filled.join(', ')} (from the ${r.source})`,
      ),
      edits,
    },
    filled,
  };
}

const missingName = {
  date: ['ngày ban hành', 'date'],
  issuer: ['cơ quan ban hành', 'issuer'],
  summary: ['trích yếu', 'summary'],
} as const;

function relatedOf(o: FieldOrigin | undefined, what: Text): XrefRelated[] | undefined {
  if (!o) return undefined;
  return [{ file: o.file, line: o.line, span: o.span, message: what }];
}

export interface CheckOptions {
  /** Which checks to run (default: all). */
  only?: Set<XrefCode>;
}

/** All cross-reference findings of one indexed letter (its summary must be in the index or given). */
export function checkLetter(s: LetterSummary, index: IndexQueries, opts: CheckOptions = {}): XrefFinding[] {
  const out: XrefFinding[] = [];
  const on = (c: XrefCode) => !opts.only || opts.only.has(c);
  const file = s.file;
  // the first citation of each document in the letter (its first mention, or failing that the earliest one)
  const firstOf = new Map<string, CitationRef>();
  // every citation of each document, in the letter's order (one pass: a long letter cites thousands)
  const byKey = new Map<string, CitationRef[]>();
  for (const c of s.citations) {
    if (!firstOf.has(c.key) || (c.firstMention && !firstOf.get(c.key)!.firstMention)) firstOf.set(c.key, c);
    const list = byKey.get(c.key);
    if (list) list.push(c);
    else byKey.set(c.key, [c]);
  }

  for (const c of s.citations) {
    // what VD-01 asks for (its exemptions included: laws, proposals), worked out when the letter was summarised
    const missing = c.missing;
    if (!missing.length || !on('first-mention-incomplete')) continue;
    const f = firstMentionFix(c, index, file);
    out.push({
      code: 'first-mention-incomplete',
      severity: 'warning',
      span: c.span,
      line: c.line,
      key: c.key,
      message: vi(
        `Lần viện dẫn đầu tiên của ${c.number} thiếu ${missing.map((m) => missingName[m][0]).join(', ')}`,
        `The first citation of ${c.number} lacks the ${missing.map((m) => missingName[m][1]).join(', ')}`,
      ),
      fix: f?.fix,
    });
  }

  for (const [key, c] of firstOf) {
    const r = index.resolve({ key }, { excludeFile: file });
    // what this letter says about the document: any of its citations with a date / issuer
    const mine = byKey.get(key)!;
    const myDate = mine.find((x) => x.date);
    const myIssuer = mine.find((x) => x.issuer);
    if (r && on('cross-date-conflict') && myDate && r.date && r.date !== myDate.date) {
      const o = r.origins.date;
      out.push({
        code: 'cross-date-conflict',
        severity: 'warning',
        span: myDate.dateSpan ?? myDate.span,
        line: myDate.line,
        key,
        message: vi(
          `${myDate.number} được ghi ngày ${dmy(myDate.date!)} nhưng ${originName(o)} ghi ngày ${dmy(r.date)}`,
          `${myDate.number} is dated ${dmy(myDate.date!)} here but ${dmy(r.date)} in ${originNameEn(o)}`,
        ),
        related: relatedOf(o, vi(`Ngày ${dmy(r.date)}`, `Dated ${dmy(r.date)}`)),
      });
    }
    if (r && on('cross-issuer-conflict') && myIssuer && r.issuer && !sameIssuer(myIssuer.issuer!, r.issuer)) {
      const o = r.origins.issuer;
      out.push({
        code: 'cross-issuer-conflict',
        severity: 'warning',
        span: myIssuer.span,
        line: myIssuer.line,
        key,
        message: vi(
          `${myIssuer.number} được ghi là của "${myIssuer.issuer}" nhưng ${originName(o)} ghi "${r.issuer}"`,
          `${myIssuer.number} is attributed to "${myIssuer.issuer}" here but to "${r.issuer}" in ${originNameEn(o)}`,
        ),
        related: relatedOf(o, vi(`Cơ quan ban hành: ${r.issuer}`, `Issuer: ${r.issuer}`)),
      });
    }
    const date = myDate?.date ?? r?.date ?? null;
    if (on('cited-after-letter') && date && s.self.date && date > s.self.date && key !== s.self.key) {
      out.push({
        code: 'cited-after-letter',
        severity: 'warning',
        span: myDate?.dateSpan ?? c.numberSpan,
        line: c.line,
        key,
        message: vi(
          `${c.number} ban hành ngày ${dmy(date)}, sau ngày của chính văn bản này (${dmy(s.self.date)})`,
          `${c.number} is dated ${dmy(date)}, after this letter's own date (${dmy(s.self.date)})`,
        ),
        related: myDate ? undefined : relatedOf(r?.origins.date, vi(`Ngày ${dmy(date)}`, `Dated ${dmy(date)}`)),
      });
    }
    if (r && on('cited-obsolete') && (r.status === 'hết hiệu lực' || r.replacedBy)) {
      const rep = r.replacedBy ? index.resolve(r.replacedBy) : null;
      const repName = r.replacedBy
        ? `${rep?.kind ? rep.kind + ' ' : ''}số ${rep?.number ?? r.replacedBy}${rep?.date ? ` ngày ${dmy(rep.date)}` : ''}`
        : null;
      out.push({
        code: 'cited-obsolete',
        severity: 'warning',
        span: c.numberSpan,
        line: c.line,
        key,
        message: repName
          ? vi(
              `${c.number} đã hết hiệu lực, được thay thế bởi ${repName}`,
              `${c.number} is no longer in force; it was replaced by ${repName}`,
            )
          : vi(
              `${c.number} đã hết hiệu lực (theo danh mục văn bản)`,
              `${c.number} is no longer in force (per the registry)`,
            ),
        related: rep?.file
          ? [
              {
                file: rep.file,
                line: rep.line,
                span: rep.span,
                message: vi(`Văn bản thay thế ${rep.number}`, `Replacement ${rep.number}`),
              },
            ]
          : undefined,
      });
    }
  }

  if (s.own && on('duplicate-number')) {
    const others =
      index
        .conflictsFor({ key: s.own.key })
        .find((c) => c.field === 'number')
        ?.sites.filter((x) => x.file !== file) ?? [];
    if (others.length) {
      out.push({
        code: 'duplicate-number',
        severity: 'warning',
        span: s.own.span,
        line: s.own.line,
        key: s.own.key,
        message: vi(
          `Số ${s.own.number} cũng là số của ${others.length} văn bản khác trong workspace`,
          `Number ${s.own.number} is also borne by ${others.length} other letter(s)`,
        ),
        related: others.map((o) => ({
          file: o.file,
          line: o.line,
          span: o.span,
          message: vi(`Cũng mang số ${s.own!.number}`, `Also numbered ${s.own!.number}`),
        })),
      });
    }
  }

  for (const sf of s.shortForms) {
    if (sf.status === 'ambiguous' && on('short-form-ambiguous')) {
      out.push({
        code: 'short-form-ambiguous',
        severity: 'warning',
        span: sf.span,
        line: sf.line,
        key: null,
        message: vi(
          `"${sf.text}" có thể chỉ ${sf.candidates.length} văn bản (${candidateNumbers(s, sf)}); hãy ghi rõ số, ký hiệu`,
          `"${sf.text}" may mean ${sf.candidates.length} documents (${candidateNumbers(s, sf)}); give the number`,
        ),
        related: sf.candidates.map((k) => {
          const c = firstOf.get(k)!;
          return { span: c.span, line: c.line, message: vi(`Có thể là ${c.number}`, `Possibly ${c.number}`) };
        }),
      });
    } else if (sf.status === 'unresolved' && on('short-form-unresolved')) {
      out.push({
        code: 'short-form-unresolved',
        severity: 'info',
        span: sf.span,
        line: sf.line,
        key: null,
        message: vi(
          `"${sf.text}": chưa viện dẫn ${sf.kind.toLocaleLowerCase('vi')} nào ở phía trên`,
          `"${sf.text}": no ${sf.kind} is cited above`,
        ),
      });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start || a.code.localeCompare(b.code));
}

function candidateNumbers(s: LetterSummary, sf: ShortFormRef): string {
  return sf.candidates.map((k) => s.citations.find((c) => c.key === k)?.number ?? k).join(', ');
}

function originName(o: FieldOrigin | undefined): string {
  if (!o) return 'nơi khác';
  if (o.source === 'workspace') return `văn bản gốc (${fileName(o.file)})`;
  if (o.source === 'registry') return 'danh mục văn bản';
  return `văn bản ${fileName(o.file)}`;
}

function originNameEn(o: FieldOrigin | undefined): string {
  if (!o) return 'elsewhere';
  if (o.source === 'workspace') return `the document itself (${fileName(o.file)})`;
  if (o.source === 'registry') return 'the registry';
  return `letter ${fileName(o.file)}`;
}

/** A cross-document rule's check: the index's findings of the given kinds, as the rule's findings (related
 * information in other files keeps its file). Two letters bearing one number are often versions of one draft: that
 * finding is information, not a warning. */
export function reportCrossFindings(view: WorkspaceView, codes: XrefCode[], report: (f: Finding) => void): void {
  for (const f of checkLetter(view.summary, view.index, { only: new Set(codes) })) {
    report({
      span: f.span,
      message: f.message,
      severity: f.code === 'duplicate-number' ? 'info' : f.severity,
      related: f.related?.map((r) => ({
        span: r.span,
        line: r.line,
        message: r.message,
        ...(r.file && r.file !== view.file ? { file: r.file } : {}),
      })),
    });
  }
}

/** A file named in a message: its name only (the related information carries its full path). */
function fileName(file: string | undefined): string {
  return file ? file.slice(file.lastIndexOf('/') + 1) : '?';
}
