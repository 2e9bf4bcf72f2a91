// The workspace cross-reference index: which documents exist (letters of the workspace, the registry, first
// mentions in letters), where each is cited, and where the workspace disagrees with itself. Pure: it is fed by a
// `Workspace` (in memory in tests, on disk in server/src/node/workspace.ts) and updated one file at a time.
import { parseBlocks } from '../core/blocks.js';
import { R } from '../core/patterns.js';
import { recognise } from '../core/recognise.js';
import { SourceText, type Span } from '../core/source.js';
import type { CitationFamily } from '../core/model.js';
import type { WorkspaceView } from '../core/rule.js';
import {
  docKey,
  fold,
  normaliseNumber,
  sameIssuer,
  issuerKey,
  type CitationRef,
  type Conflict,
  type ConflictSite,
  type DocFacts,
  type DocSource,
  type DocumentEntry,
  type LetterSummary,
  type Reference,
  type Resolution,
  type ShortFormRef,
} from './model.js';
import type { Registry, RegistryDoc } from './registry.js';
import { summariseLetter } from './summary.js';
import { parseBlocksFast } from './fastBlocks.js';

export interface Workspace {
  listFiles(): string[];
  read(file: string): string | undefined;
}

/** Text → summary. The default recognises the letter (no rules run); results equal `analyze(text).letter`'s. */
export type Summariser = (text: string, file: string) => LetterSummary;

export function summariseText(text: string, file: string): LetterSummary {
  const src = new SourceText(text);
  return summariseLetter(recognise(src, parseBlocksFast(src) ?? parseBlocks(src)), file);
}

/** The reference path (remark for the blocks), to check the fast path against. */
export function summariseTextSlow(text: string, file: string): LetterSummary {
  const src = new SourceText(text);
  return summariseLetter(recognise(src, parseBlocks(src)), file);
}

/** Where one field of a resolution came from. */
export interface FieldOrigin {
  source: DocSource;
  file?: string;
  line?: number;
  span?: Span;
}

export interface ResolutionWithOrigins extends Resolution {
  origins: Partial<Record<'kind' | 'date' | 'issuer' | 'summary', FieldOrigin>>;
}

export interface ResolveOptions {
  /** Ignore what this file says about the document (its own first mentions): to compare a letter with the rest. */
  excludeFile?: string;
}

/** What is at an offset of an indexed file (hover, definition, references). */
export type Target =
  | { type: 'citation'; key: string; ref: CitationRef }
  | { type: 'short'; key: string | null; ref: ShortFormRef }
  | { type: 'own'; key: string };

export interface DocLink {
  span: Span; // the number in the citation
  key: string;
  file?: string; // target file (a workspace letter, or the registry entry's path)
  line?: number;
  url?: string;
}

const LEGAL_NO_DESC = /^(?:bộ luật|luật|pháp lệnh)$/iu;

export class XrefIndex {
  private summaries = new Map<string, LetterSummary>();
  private owners = new Map<string, Set<string>>(); // key → files that are that document
  private citers = new Map<string, Set<string>>(); // key → files that cite it (citations and resolved short forms)
  private registryDocs = new Map<string, RegistryDoc>();
  private registryFile: string | null = null;
  private catalogueCache: Map<string, DocumentEntry> | null = null;
  private foldedCache: Map<string, string> | null = null;
  private conflictCache: Conflict[] | null = null;
  readonly summarise: Summariser;
  /** Summaries come from a summariser of the caller's, not `summariseText` (a worker thread computes the latter). */
  readonly customSummariser: boolean;

  constructor(opts: { summarise?: Summariser; registry?: Registry | null } = {}) {
    this.summarise = opts.summarise ?? summariseText;
    this.customSummariser = !!opts.summarise;
    if (opts.registry) this.setRegistry(opts.registry);
  }

  /** Index every file of the workspace (replaces what was there). */
  indexAll(ws: Workspace): this {
    const summarise = this.summarise;
    return this.replaceAll(
      (function* () {
        for (const f of ws.listFiles()) {
          const t = ws.read(f);
          if (t !== undefined) yield summarise(t, f);
        }
      })(),
    );
  }

  /** Index these summaries (replaces what was there): `indexAll` with the summaries computed elsewhere, e.g. on
   * worker threads (server/src/node/xrefPool.ts), in the order `indexAll` would compute them. */
  replaceAll(summaries: Iterable<LetterSummary>): this {
    this.summaries.clear();
    this.owners.clear();
    this.citers.clear();
    for (const s of summaries) this.add(s);
    this.dirty();
    return this;
  }

  /** Re-index one file from its current text (open editor buffer or saved file). */
  update(file: string, text: string): LetterSummary {
    const s = this.summarise(text, file);
    this.setSummary(s);
    return s;
  }

  /** Put a summary computed elsewhere (e.g. by a worker thread) in the index. */
  setSummary(s: LetterSummary): void {
    this.drop(s.file);
    this.add(s);
    this.dirty();
  }

  remove(file: string): void {
    if (this.drop(file)) this.dirty();
  }

  setRegistry(reg: Registry | null): void {
    this.registryDocs.clear();
    this.registryFile = reg?.file ?? null;
    for (const d of reg?.docs ?? []) if (!this.registryDocs.has(d.key)) this.registryDocs.set(d.key, d);
    this.dirty();
  }

  get registry(): { file: string | null; docs: RegistryDoc[] } {
    return { file: this.registryFile, docs: [...this.registryDocs.values()] };
  }

  files(): string[] {
    return [...this.summaries.keys()];
  }

  summary(file: string): LetterSummary | undefined {
    return this.summaries.get(file);
  }

  /** What cross-document rules see of the index for one indexed letter (null: the file is not indexed). */
  view(file: string): WorkspaceView | null {
    const summary = this.summaries.get(file);
    return summary ? { file, summary, index: this } : null;
  }

  get size(): number {
    return this.summaries.size;
  }

  // --- maintenance -------------------------------------------------------------------------------------------

  private dirty(): void {
    this.catalogueCache = null;
    this.foldedCache = null;
    this.conflictCache = null;
  }

  private keysOf(s: LetterSummary): Set<string> {
    const ks = new Set<string>();
    for (const c of s.citations) ks.add(c.key);
    for (const f of s.shortForms) if (f.key && f.status === 'resolved') ks.add(f.key);
    return ks;
  }

  private add(s: LetterSummary): void {
    this.summaries.set(s.file, s);
    if (s.own) addTo(this.owners, s.own.key, s.file);
    for (const k of this.keysOf(s)) addTo(this.citers, k, s.file);
  }

  private drop(file: string): boolean {
    const old = this.summaries.get(file);
    if (!old) return false;
    this.summaries.delete(file);
    if (old.own) delFrom(this.owners, old.own.key, file);
    for (const k of this.keysOf(old)) delFrom(this.citers, k, file);
    return true;
  }

  // --- queries -----------------------------------------------------------------------------------------------

  /** The key of a number or of a citation text ("Kế hoạch số 14/KH-UBND", "14/KH-UBND", "30/2020/NĐ-CP"). */
  keyOf(numberOrCitation: string | { number: string } | { key: string }): string | null {
    if (typeof numberOrCitation !== 'string')
      return 'key' in numberOrCitation ? numberOrCitation.key : docKey(numberOrCitation.number);
    const s = numberOrCitation.normalize('NFC').trim();
    for (const re of [R.CITE_PARTY, R.CITE_QPPL, R.CITE_STATE]) {
      const m = new RegExp(re.source, 'u').exec(s);
      if (!m) continue;
      const g = m.groups!;
      if (re === R.CITE_PARTY) return docKey(`${g.so}-${g.kh}/${g.cq}`);
      if (re === R.CITE_QPPL) return docKey(`${g.so}/${g.nam}/${g.kh}`);
      return docKey(`${g.so}/${g.kh}`);
    }
    const n = normaliseNumber(s);
    return /^\d+[a-z]?[/-]\S+$/u.test(n) ? docKey(n) : null;
  }

  /** Everything known about a document, merged: workspace letter > registry > first mentions in letters. */
  resolve(
    numberOrCitation: string | { number: string } | { key: string },
    opts: ResolveOptions = {},
  ): ResolutionWithOrigins | null {
    const key = this.keyOf(numberOrCitation);
    if (!key) return null;
    type Cand = { source: DocSource; facts: Partial<DocFacts>; file?: string; line?: number; span?: Span };
    const cands: Cand[] = [];
    const owners = [...(this.owners.get(key) ?? [])].filter((f) => f !== opts.excludeFile).sort();
    for (const f of owners) {
      const own = this.summaries.get(f)!.own!;
      cands.push({ source: 'workspace', facts: own, file: f, line: own.line, span: own.span });
    }
    const reg = this.registryDocs.get(key);
    if (reg) {
      cands.push({
        source: 'registry',
        facts: {
          key,
          number: reg.number,
          family: reg.family,
          kind: reg.kind,
          date: reg.date ?? null,
          issuer: reg.issuer ?? null,
          summary: reg.summary ?? null,
        },
        file: this.registryFile ?? undefined,
        line: reg.line,
      });
    }
    // the most complete first mention; among equals the first file (deterministic), without sorting every citer
    const score = (c: Partial<DocFacts>) => +!!c.date + +!!c.issuer + +!!c.summary + +!!c.kind;
    let best: Cand | null = null;
    let bestScore = -1;
    for (const f of this.citers.get(key) ?? []) {
      if (f === opts.excludeFile) continue;
      if (best && bestScore === 4 && f > best.file!) continue;
      for (const c of this.summaries.get(f)!.citations) {
        if (c.key !== key || !c.firstMention) continue;
        const sc = score(c);
        if (sc > bestScore || (sc === bestScore && f < best!.file!)) {
          best = { source: 'first-mention', facts: c, file: f, line: c.line, span: c.span };
          bestScore = sc;
        }
      }
    }
    if (best) cands.push(best);
    if (!cands.length) return null;
    const top = cands[0];
    const origins: ResolutionWithOrigins['origins'] = {};
    const pick = <K extends 'kind' | 'date' | 'issuer' | 'summary'>(k: K): string | null => {
      for (const c of cands) {
        const v = c.facts[k];
        if (v) {
          origins[k] = {
            source: c.source,
            file: c.file,
            line: c.line,
            span: k === 'date' && 'dateSpan' in c.facts ? ((c.facts as CitationRef).dateSpan ?? c.span) : c.span,
          };
          return v;
        }
      }
      return null;
    };
    const sources = [...new Set(cands.map((c) => c.source))];
    const res: ResolutionWithOrigins = {
      key,
      number: top.facts.number ?? key,
      family: (top.facts.family ?? 'state') as CitationFamily,
      kind: pick('kind'),
      date: pick('date'),
      issuer: pick('issuer'),
      summary: pick('summary'),
      source: top.source,
      file: top.file,
      line: top.line,
      span: top.span,
      sources,
      origins,
    };
    if (reg) {
      if (reg.url) res.url = reg.url;
      if (reg.resolvedPath) res.path = reg.resolvedPath;
      if (reg.status) res.status = reg.status;
      if (reg.replacedBy) res.replacedBy = reg.replacedBy;
      if (reg.notes) res.notes = reg.notes;
    }
    return res;
  }

  /** Every place the document appears: citations (short forms included) and the letter that is the document. */
  references(
    numberOrKey: string | { number: string } | { key: string },
    opts: { includeDefinition?: boolean } = {},
  ): Reference[] {
    const key = this.keyOf(numberOrKey);
    if (!key) return [];
    const out: Reference[] = [];
    const files = new Set([
      ...(this.citers.get(key) ?? []),
      ...(opts.includeDefinition === false ? [] : (this.owners.get(key) ?? [])),
    ]);
    for (const f of [...files].sort()) {
      const s = this.summaries.get(f)!;
      if (s.own?.key === key && opts.includeDefinition !== false) {
        out.push({
          file: f,
          line: s.own.line,
          span: s.own.span,
          text: s.own.number,
          key,
          short: false,
          firstMention: false,
          definition: true,
        });
      }
      for (const c of s.citations) {
        if (c.key !== key) continue;
        out.push({
          file: f,
          line: c.line,
          span: c.span,
          numberSpan: c.numberSpan,
          text: c.text,
          key,
          short: false,
          firstMention: c.firstMention,
          definition: false,
        });
      }
      for (const sf of s.shortForms) {
        if (sf.key !== key || sf.status !== 'resolved') continue;
        out.push({
          file: f,
          line: sf.line,
          span: sf.span,
          text: sf.text,
          key,
          short: true,
          firstMention: false,
          definition: false,
        });
      }
    }
    return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.span.start - b.span.start));
  }

  /** Letters citing the document (the document's own letter excluded). */
  citingCount(numberOrKey: string | { number: string } | { key: string }): number {
    const key = this.keyOf(numberOrKey);
    if (!key) return 0;
    const owners = this.owners.get(key);
    let n = 0;
    for (const f of this.citers.get(key) ?? []) if (!owners?.has(f)) n++;
    return n;
  }

  /** All known documents with their resolution (cached until the next change). */
  catalogue(): Map<string, DocumentEntry> {
    if (this.catalogueCache) return this.catalogueCache;
    const keys = new Set([...this.owners.keys(), ...this.registryDocs.keys(), ...this.citers.keys()]);
    const m = new Map<string, DocumentEntry>();
    for (const k of [...keys].sort()) {
      const r = this.resolve({ key: k });
      if (!r) continue;
      const { origins: _o, ...rest } = r;
      m.set(k, { ...rest, citedBy: this.citingCount({ key: k }) });
    }
    this.catalogueCache = m;
    return m;
  }

  /** Workspace symbols / completion: documents whose number, kind or summary contains every word of the query
   * (accent- and case-insensitive). An empty query lists all. */
  documents(query = '', limit = 200): DocumentEntry[] {
    const cat = this.catalogue();
    if (!this.foldedCache) {
      this.foldedCache = new Map();
      for (const [k, d] of cat)
        this.foldedCache.set(k, fold([d.number, d.kind ?? '', d.summary ?? '', d.issuer ?? ''].join(' ')));
    }
    const words = fold(query).split(' ').filter(Boolean);
    const numQ = fold(normaliseNumber(query)).replace(/^0+(?=\d)/, '');
    const out: { d: DocumentEntry; rank: number }[] = [];
    for (const [k, d] of cat) {
      const hay = this.foldedCache.get(k)!;
      const num = fold(k);
      let rank: number;
      if (!words.length) rank = 2;
      else if (num === numQ) rank = 0;
      else if (num.startsWith(numQ)) rank = 1;
      else if (words.every((w) => hay.includes(w))) rank = 2;
      else continue;
      out.push({ d, rank });
    }
    out.sort((a, b) => a.rank - b.rank || b.d.citedBy - a.d.citedBy || a.d.key.localeCompare(b.d.key));
    return out.slice(0, limit).map((x) => x.d);
  }

  /** What statements about the document disagree (date, issuer), or two letters bear the same number. */
  conflictsFor(numberOrKey: string | { number: string } | { key: string }): Conflict[] {
    const key = this.keyOf(numberOrKey);
    if (!key) return [];
    const dates: ConflictSite[] = [];
    const issuers: ConflictSite[] = [];
    const owners: ConflictSite[] = [];
    let number = key;
    for (const f of [...(this.owners.get(key) ?? [])].sort()) {
      const o = this.summaries.get(f)!.own!;
      number = o.number;
      const site = { source: 'workspace' as const, file: f, line: o.line, span: o.span, text: o.number };
      owners.push({ ...site, value: f });
      if (o.date) dates.push({ ...site, value: o.date });
      if (o.issuer) issuers.push({ ...site, value: o.issuer });
    }
    const reg = this.registryDocs.get(key);
    if (reg) {
      const site = {
        source: 'registry' as const,
        file: this.registryFile ?? undefined,
        line: reg.line,
        text: reg.number,
      };
      if (reg.date) dates.push({ ...site, value: reg.date });
      if (reg.issuer) issuers.push({ ...site, value: reg.issuer });
    }
    for (const f of [...(this.citers.get(key) ?? [])].sort()) {
      for (const c of this.summaries.get(f)!.citations) {
        if (c.key !== key) continue;
        if (number === key) number = c.number;
        if (c.date)
          dates.push({
            source: 'first-mention',
            file: f,
            line: c.line,
            span: c.dateSpan ?? c.span,
            text: c.text,
            value: c.date,
          });
        if (c.issuer)
          issuers.push({ source: 'first-mention', file: f, line: c.line, span: c.span, text: c.text, value: c.issuer });
      }
    }
    const out: Conflict[] = [];
    if (new Set(dates.map((d) => d.value)).size > 1) out.push({ key, number, field: 'date', sites: dates });
    const distinct = [...new Map(issuers.map((i) => [issuerKey(i.value), i.value])).values()];
    if (distinct.some((a) => distinct.some((b) => !sameIssuer(a, b))))
      out.push({ key, number, field: 'issuer', sites: issuers });
    if (owners.length > 1) out.push({ key, number, field: 'number', sites: owners });
    return out;
  }

  /** Every disagreement in the workspace (cached until the next change). */
  conflicts(): Conflict[] {
    if (this.conflictCache) return this.conflictCache;
    const keys = new Set([...this.owners.keys(), ...this.citers.keys()]);
    const out: Conflict[] = [];
    for (const k of [...keys].sort()) for (const c of this.conflictsFor({ key: k })) out.push(c);
    this.conflictCache = out;
    return out;
  }

  /** The citation, short form or own number at an offset of an indexed file. */
  targetAt(file: string, offset: number): Target | null {
    const s = this.summaries.get(file);
    if (!s) return null;
    const inside = (sp: Span) => sp.start <= offset && offset <= sp.end;
    for (const c of s.citations) if (inside(c.span)) return { type: 'citation', key: c.key, ref: c };
    for (const f of s.shortForms) if (inside(f.span)) return { type: 'short', key: f.key, ref: f };
    if (s.own && inside(s.own.span)) return { type: 'own', key: s.own.key };
    return null;
  }

  /** Document links of a file: each citation's number → the letter that is the document, its registry path or url. */
  links(file: string): DocLink[] {
    const s = this.summaries.get(file);
    if (!s) return [];
    const out: DocLink[] = [];
    for (const c of s.citations) {
      const r = this.resolve({ key: c.key }, {});
      if (!r) continue;
      if (r.source === 'workspace' && r.file !== file)
        out.push({ span: c.numberSpan, key: c.key, file: r.file, line: r.line });
      else if (r.path) out.push({ span: c.numberSpan, key: c.key, file: r.path });
      else if (r.url) out.push({ span: c.numberSpan, key: c.key, url: r.url });
    }
    return out;
  }

  /** A first mention that needs no date/issuer/summary (laws, codes, ordinances are cited by name). */
  static exemptFromDescription(kind: string): boolean {
    return LEGAL_NO_DESC.test(kind.trim());
  }
}

function addTo(m: Map<string, Set<string>>, k: string, f: string): void {
  let s = m.get(k);
  if (!s) m.set(k, (s = new Set()));
  s.add(f);
}

function delFrom(m: Map<string, Set<string>>, k: string, f: string): void {
  const s = m.get(k);
  if (!s) return;
  s.delete(f);
  if (!s.size) m.delete(k);
}
