// Cross-references in the editor: the workspace index (server/src/xref) kept up to date from open buffers and
// watched files, and its answers translated to LSP (hover card, definition, references, links, workspace symbols,
// citation completion, code lenses, XR-0x diagnostics, the VD-01 quick fix). No analysis here: only translation.
import { basename, dirname, isAbsolute, relative, resolve as resolvePath } from 'node:path';
import {
  CodeActionKind,
  DiagnosticSeverity,
  CompletionItemKind,
  SymbolKind,
  type CodeAction,
  type CodeLens,
  type CompletionItem,
  type Diagnostic as LspDiagnostic,
  type DocumentLink,
  type Location,
  type Position,
  type Range,
  type SymbolInformation,
} from 'vscode-languageserver';
import type { Letter } from '../core/model.js';
import type { AnalyzeOptions } from '../core/rule.js';
import { crossFindings, type CrossSubject, type Diagnostic } from '../core/analyze.js';
import { parseDirectives } from '../core/directives.js';
import { SourceText, type Span } from '../core/source.js';
import { citationContextBefore } from '../core/citationContext.js';
import { XrefIndex, type ResolutionWithOrigins } from '../xref/index.js';
import { dmy, firstMentionFix, summaryPhrase } from '../xref/checks.js';
import { displayIssuer, fold, type LetterSummary } from '../xref/model.js';
import { summariseLetter } from '../xref/summary.js';
import { REGISTRY_NAMES, type Registry } from '../xref/registry.js';
import { findRegistry, loadRegistry } from '../node/workspace.js';
import { summariseAll } from '../node/xrefPool.js';
import { SOURCE, type Lang } from './diagnostics.js';
import { toTextEdits } from './textEdits.js';
import { mdCode, mdLink, mdText, mdUrl } from './markdown.js';
import { fileUri, readText, type LspWorkspace } from './workspace.js';

export type LensMode = 'off' | 'problems' | 'all';

export interface XrefSettings {
  registry?: string;
  citationUrlTemplate?: string;
  citationLens?: LensMode;
}

/** What the service needs from the server. */
export interface XrefHost {
  /** The folders, their letters (the listing and include/exclude every feature uses). */
  workspace: LspWorkspace;
  settings(): Promise<XrefSettings>;
  /** false in an untrusted workspace: no registry is read (the letters themselves still are). */
  trusted(): boolean;
  /** Live text of an open document (by path), if open. */
  openText(path: string): string | undefined;
  progress(): Promise<{
    begin(title: string, pct?: number, msg?: string, cancellable?: boolean): void;
    report(pct: number, msg?: string): void;
    done(): void;
  } | null>;
  log(message: string): void;
  /** The language of messages (registry problems in English when 'en'). */
  lang?(): 'vi' | 'en';
  /** Registry problems as diagnostics of the registry file (empty list: clear them). */
  publishRegistry(file: string, diagnostics: LspDiagnostic[]): void;
  /** The index changed what these open files may report: re-check them. */
  recheck(paths: string[]): void;
}

/** The scan is bounded: at most the workspace's listing (MAX_FILES), each at most this size (the summaries are
 * small). */
export const MAX_INDEX_BYTES = 1_000_000;
const MAX_POSITION_CACHE_CHARS = 8_000_000;

/** Whether two summaries of one file say the same to dependants (what other letters' checks read from it):
 * compared field by field, without serialising (this runs on every edit of an open letter). */
function sameFacts(a: LetterSummary, b: LetterSummary): boolean {
  const o = a.own;
  const p = b.own;
  if (!o !== !p) return false;
  if (
    o &&
    p &&
    (o.key !== p.key || o.date !== p.date || o.issuer !== p.issuer || o.summary !== p.summary || o.kind !== p.kind)
  )
    return false;
  if (a.citations.length !== b.citations.length) return false;
  for (let i = 0; i < a.citations.length; i++) {
    const c = a.citations[i];
    const d = b.citations[i];
    if (
      c.key !== d.key ||
      c.date !== d.date ||
      c.issuer !== d.issuer ||
      c.summary !== d.summary ||
      c.kind !== d.kind ||
      c.firstMention !== d.firstMention
    )
      return false;
  }
  return true;
}

function keysOf(s: LetterSummary | undefined): string[] {
  if (!s) return [];
  const ks = s.citations.map((c) => c.key);
  if (s.own) ks.push(s.own.key);
  return ks;
}

export class XrefService {
  readonly index = new XrefIndex();
  private ready: Promise<void> | null = null;
  built = false;
  /** Bumped whenever the index changes what an open letter may report (part of the pull diagnostics' result id). */
  epoch = 0;
  /** Bumped whenever the index changes what any letter, open or closed, may report (workspace diagnostics). */
  generation = 0;
  private registryFile: string | null = null;
  private registryProblemsFile: string | null = null;
  private sources = new Map<string, SourceText>(); // positions in other files (bounded)
  private sourcesChars = 0;
  private openFiles = new Set<string>();
  private synced = new Map<string, number>(); // path → version of the open document in the index
  private openSrc = new Map<string, SourceText>(); // path → the open document's analysed text (positions)
  private included: (path: string) => boolean = () => true;
  private queued = false;
  /** During a scan: the files the editor or the watcher changed since it began (their scanned summary is older). */
  private scanTouched: Set<string> | null = null;

  constructor(private host: XrefHost) {}

  /** Starts (once) the background scan of the workspace; resolves when the index is complete. */
  ensure(): Promise<void> {
    if (!this.ready) this.ready = this.scan();
    return this.ready;
  }

  /** The settings, the folders or a config changed: scan again (after the scan under way) with the new
   * include/exclude and registry. Files already indexed are kept as they are (the watcher keeps them current); files
   * now excluded leave the index, files now included enter it. Features answer from the current index meanwhile. */
  reindex(): Promise<void> {
    if (!this.ready) return this.ensure();
    if (this.queued) return this.ready; // a rescan not yet started reads the newest settings anyway
    this.queued = true;
    this.ready = this.ready.then(() => {
      this.queued = false;
      return this.scan();
    });
    return this.ready;
  }

  private scan(): Promise<void> {
    return this.build().catch((e) =>
      this.host.log(`vanthu: cross-reference index failed: ${(e as Error)?.stack ?? e}`),
    );
  }

  /** Waits for the index at most `ms` (features answer from what is there after that). */
  async within(ms: number): Promise<void> {
    const p = this.ensure();
    if (this.built) return;
    await Promise.race([p, new Promise((r) => setTimeout(r, ms))]);
  }

  private async build(): Promise<void> {
    const t0 = performance.now();
    const progress = await this.host.progress().catch(() => null);
    progress?.begin('Văn Thư: lập chỉ mục viện dẫn', 0, '', false);
    await this.loadRegistry();
    const included = await this.host.workspace.inclusion().catch(() => () => true);
    this.included = included;
    const list = await this.host.workspace.letters();
    // a rebuild: what is no longer in the workspace (excluded, folder removed) leaves the index
    const keep = new Set(list);
    for (const f of this.index.files()) {
      if (keep.has(f) || (this.openFiles.has(f) && included(f))) continue; // an open buffer may be unsaved
      this.index.remove(f);
      this.dropSource(f);
      if (this.openFiles.has(f) && !included(f)) {
        this.openFiles.delete(f);
        this.synced.delete(f);
        this.openSrc.delete(f);
      }
    }
    // the files to read: not the open ones (the live buffer is indexed instead), not those indexed already (a
    // rebuild: the watcher keeps them current); read and summarised on worker threads when there are many
    const pending = list.filter((f) => !this.openFiles.has(f) && !this.index.summary(f));
    const skipped = list.length - pending.length;
    const touched = (this.scanTouched = new Set<string>());
    try {
      await summariseAll(
        pending.map((file) => ({ file, maxChars: MAX_INDEX_BYTES })),
        {
          onResults: async (from, results) => {
            results.forEach((r, k) => {
              const f = pending[from + k];
              // opened, changed or deleted meanwhile: what the editor or the watcher put in the index is newer
              if (touched.has(f) || this.openFiles.has(f) || this.index.summary(f)) return;
              if ('summary' in r) this.index.setSummary(r.summary);
              else if ('error' in r) this.host.log(`vanthu: cannot index ${f}: ${r.error}`);
            });
            const done = skipped + from + results.length;
            progress?.report(Math.round((done / Math.max(1, list.length)) * 100), `${done}/${list.length}`);
            await new Promise((r) => setImmediate(r)); // stay responsive
          },
        },
      );
    } finally {
      this.scanTouched = null;
    }
    progress?.report(100, `${list.length}/${list.length}`);
    progress?.done();
    this.built = true;
    this.epoch++;
    this.generation++;
    this.host.log(
      `vanthu: cross-reference index: ${this.index.size} files, ${this.index.catalogue().size} documents in ${Math.round(performance.now() - t0)} ms`,
    );
    this.host.recheck([...this.openFiles]);
  }

  // --- keeping the index current ---------------------------------------------------------------------------

  /** The open document's current analysis (same letter as `analyze(text).letter`). */
  syncOpen(path: string, letter: Letter, version: number): void {
    if (this.synced.get(path) === version && this.index.summary(path)) return;
    this.scanTouched?.add(path);
    this.synced.set(path, version);
    this.openFiles.add(path);
    this.openSrc.set(path, letter.src);
    this.dropSource(path);
    const old = this.index.summary(path);
    const s = summariseLetter(letter, path);
    this.index.setSummary(s);
    this.changed(path, old, s);
  }

  /** The document was closed: its file on disk counts again. */
  closeOpen(path: string): void {
    this.openFiles.delete(path);
    this.synced.delete(path);
    this.openSrc.delete(path);
    this.fileChanged(path, false);
  }

  /** A watched file changed on disk (created/changed: deleted = false). Open buffers win over the disk. */
  fileChanged(path: string, deleted: boolean): void {
    if (REGISTRY_NAMES.includes(basename(path)) || path === this.registryFile) {
      void this.loadRegistry().then(() => {
        this.epoch++;
        this.generation++;
        this.host.recheck([...this.openFiles]);
      });
      return;
    }
    if (!/\.(?:md|markdown)$/i.test(path) || this.openFiles.has(path)) return;
    if (!this.host.workspace.contains(path)) return;
    this.scanTouched?.add(path);
    this.dropSource(path);
    const old = this.index.summary(path);
    const text = deleted || !this.included(path) ? null : readText(path);
    if (text === null || text.length > MAX_INDEX_BYTES) {
      this.index.remove(path);
      this.changed(path, old, undefined);
      return;
    }
    const s = this.index.update(path, text);
    this.changed(path, old, s);
  }

  /** Re-check the open documents that cite (or are) a document whose facts changed. */
  private changed(path: string, old: LetterSummary | undefined, now: LetterSummary | undefined): void {
    if (!this.built) return;
    if (old && now && sameFacts(old, now)) return;
    this.generation++;
    const keys = new Set([...keysOf(old), ...keysOf(now)]);
    if (!keys.size) return;
    const hit: string[] = [];
    for (const f of this.openFiles) {
      if (f === path) continue;
      const s = this.index.summary(f);
      if (s && keysOf(s).some((k) => keys.has(k))) hit.push(f);
    }
    if (hit.length) {
      this.epoch++;
      this.host.recheck(hit);
    }
  }

  async loadRegistry(): Promise<void> {
    const s = await this.host.settings();
    const root = this.host.workspace.folders[0];
    let file: string | null = null;
    if (s.registry) file = isAbsolute(s.registry) ? s.registry : root ? resolvePath(root, s.registry) : null;
    else for (const f of this.host.workspace.folders) if ((file = findRegistry(f, f))) break;
    const previous = this.registryProblemsFile;
    this.registryFile = file;
    let reg: Registry | null = null;
    const en = this.host.lang?.() === 'en';
    if (!this.host.trusted()) file = null;
    if (file) {
      reg = loadRegistry(file, { root: this.host.workspace.rootOf(file) ?? dirname(file) });
      for (const p of reg.problems)
        this.host.log(
          en
            ? `vanthu: ${p.file}:${p.line}:${p.column}: invalid document registry${p.path ? ` at "${p.path}"` : ''}: ${p.en}`
            : `vanthu: ${p.file}:${p.line}:${p.column}: danh mục văn bản không hợp lệ${p.path ? ` tại "${p.path}"` : ''}: ${p.message}`,
        );
    }
    this.index.setRegistry(reg);
    if (previous && previous !== file) this.host.publishRegistry(previous, []);
    if (file) {
      const text = this.host.openText(file) ?? readText(file) ?? '';
      const src = new SourceText(text);
      this.host.publishRegistry(
        file,
        (reg?.problems ?? []).map((p) => {
          const line = Math.max(0, Math.min(p.line - 1, src.lineCount - 1));
          const character = Math.max(0, p.column - 1);
          const end = Math.max(character + 1, src.lineText(line).length);
          return {
            range: { start: { line, character }, end: { line, character: end } },
            severity: DiagnosticSeverity.Warning,
            source: SOURCE,
            code: 'registry',
            message: `${p.path ? `"${p.path}": ` : ''}${en ? p.en : p.message}`,
          };
        }),
      );
      this.registryProblemsFile = file;
    }
  }

  isRegistry(path: string | null): boolean {
    return !!path && (path === this.registryFile || REGISTRY_NAMES.includes(basename(path)));
  }

  // --- positions --------------------------------------------------------------------------------------------

  private dropSource(file: string): void {
    const s = this.sources.get(file);
    if (s) this.sourcesChars -= s.text.length;
    this.sources.delete(file);
  }

  private src(file: string): SourceText | null {
    const live = this.host.openText(file);
    if (live !== undefined) {
      // the open document's analysis has one already (the same string unless the buffer moved on since)
      const s = this.openSrc.get(file);
      return s && s.text === live ? s : new SourceText(live);
    }
    let s = this.sources.get(file);
    if (!s) {
      const t = readText(file);
      if (t === null) return null;
      s = new SourceText(t);
      // bounded by size (positions of a document's references may span hundreds of files)
      this.sourcesChars += t.length;
      while (this.sourcesChars > MAX_POSITION_CACHE_CHARS && this.sources.size) {
        const [k, v] = this.sources.entries().next().value!;
        this.sources.delete(k);
        this.sourcesChars -= v.text.length;
      }
      this.sources.set(file, s);
    }
    return s;
  }

  private range(file: string, span: Span | undefined, line: number | undefined): Range {
    const src = span ? this.src(file) : null;
    if (src && span) return { start: src.positionAt(span.start), end: src.positionAt(span.end) };
    const l = line ?? 0;
    return { start: { line: l, character: 0 }, end: { line: l, character: 0 } };
  }

  private location(file: string, span?: Span, line?: number): Location {
    return { uri: fileUri(file), range: this.range(file, span, line) };
  }

  private rel(file: string): string {
    const root = this.host.workspace.rootOf(file);
    return root ? relative(root, file) : basename(file);
  }

  // --- features ---------------------------------------------------------------------------------------------

  private keyAt(path: string, offset: number): { key: string | null; span: Span; short: boolean; own: boolean } | null {
    const t = this.index.targetAt(path, offset);
    if (!t) return null;
    if (t.type === 'own') return { key: t.key, span: this.index.summary(path)!.own!.span, short: false, own: true };
    return { key: t.key, span: t.ref.span, short: t.type === 'short', own: false };
  }

  /** The hover card of the citation / short form / own number at the offset (Markdown), or null. */
  hover(path: string, offset: number, lang: Lang): { value: string; span: Span; own?: boolean } | null {
    const at = this.keyAt(path, offset);
    if (!at) return null;
    const en = lang === 'en';
    if (!at.key) {
      const t = this.index.targetAt(path, offset);
      const cands = t?.type === 'short' ? t.ref.candidates : [];
      const value = cands.length
        ? `**${en ? 'Ambiguous reference' : 'Viện dẫn chưa rõ'}** — ${en ? 'may mean' : 'có thể là'} ${cands.map(mdText).join(', ')}`
        : `**${en ? 'Unresolved reference' : 'Chưa xác định văn bản'}**`;
      return { value, span: at.span };
    }
    const r = this.index.resolve({ key: at.key });
    if (!r)
      return {
        value: `**${mdText(at.key)}** — ${en ? 'unknown document' : 'chưa có thông tin về văn bản này'}`,
        span: at.span,
      };
    // on a letter's own Số line the card is about this letter: its facts and this file as the source, even when
    // another letter of the folder bears the same number (XR-02 reports that)
    const own = at.own ? this.index.summary(path)?.own : null;
    const mine: ResolutionWithOrigins = own
      ? { ...r, ...own, source: 'workspace', file: path, line: own.line, span: own.span }
      : r;
    return { value: this.card(mine, lang), span: at.span, own: at.own };
  }

  private card(r: ResolutionWithOrigins, lang: Lang): string {
    const en = lang === 'en';
    // every value from a letter or the registry is escaped (markdown.ts): it shows as written, never as a link or HTML
    const lines: string[] = [`**${mdText(`${r.kind ? `${r.kind} ` : ''}${en ? 'no.' : 'số'} ${r.number}`)}**`, ''];
    const row = (vi: string, e: string, v: string) => lines.push(`- *${en ? e : vi}:* ${v}`);
    if (r.kind) row('Loại', 'Kind', mdText(r.kind));
    row('Số, ký hiệu', 'Number', mdCode(r.number));
    row('Ngày ban hành', 'Date', r.date ? mdText(dmy(r.date)) : en ? 'unknown' : 'chưa rõ');
    row('Cơ quan ban hành', 'Issuer', r.issuer ? mdText(displayIssuer(r.issuer)) : en ? 'unknown' : 'chưa rõ');
    if (r.summary) row('Trích yếu', 'Summary', mdText(r.summary));
    let status: string;
    if (r.replacedBy) {
      const rep = this.index.resolve(r.replacedBy);
      status = `${en ? 'no longer in force, replaced by' : 'hết hiệu lực, được thay thế bởi'} ${mdText(`${rep?.kind ? rep.kind + ' ' : ''}${en ? 'no.' : 'số'} ${rep?.number ?? r.replacedBy}`)}`;
    } else if (r.status) status = en ? (r.status === 'hiệu lực' ? 'in force' : 'no longer in force') : r.status;
    else status = en ? 'unknown (not in the registry)' : 'chưa rõ (không có trong danh mục)';
    row('Hiệu lực', 'Status', status);
    const src =
      r.source === 'workspace' && r.file
        ? `${en ? 'letter' : 'văn bản'} ${mdLink(this.rel(r.file), `${fileUri(r.file)}#L${(r.line ?? 0) + 1}`)}`
        : r.source === 'registry'
          ? `${en ? 'registry' : 'danh mục văn bản'}${r.file ? ` ${mdLink(this.rel(r.file), `${fileUri(r.file)}#L${(r.line ?? 0) + 1}`)}` : ''}`
          : `${en ? 'first mention in' : 'lần viện dẫn đầu tiên trong'} ${r.file ? mdLink(this.rel(r.file), `${fileUri(r.file)}#L${(r.line ?? 0) + 1}`) : '?'}`;
    row('Nguồn', 'Source', src);
    if (r.url && /^https?:\/\//i.test(r.url)) row('Liên kết', 'Link', `<${mdUrl(r.url)}>`);
    const n = this.index.citingCount({ key: r.key });
    row('Được viện dẫn trong', 'Cited by', `${n} ${en ? (n === 1 ? 'letter' : 'letters') : 'văn bản'}`);
    for (const c of this.index.conflictsFor({ key: r.key })) {
      const what = {
        date: en ? 'Dates differ' : 'Ngày ghi khác nhau',
        issuer: en ? 'Issuers differ' : 'Cơ quan ban hành ghi khác nhau',
        number: en ? 'Number borne by several letters' : 'Nhiều văn bản cùng số',
      }[c.field];
      // grouped by value, a few places each (a large workspace may repeat one document hundreds of times)
      const byValue = new Map<string, string[]>();
      for (const site of c.sites) {
        const v = mdText(c.field === 'date' ? dmy(site.value) : c.field === 'number' ? '' : site.value);
        const where = mdText(site.file ? this.rel(site.file) : site.source);
        const l = byValue.get(v) ?? [];
        if (!l.includes(where)) l.push(where);
        byValue.set(v, l);
      }
      const parts = [...byValue]
        .slice(0, 4)
        .map(
          ([v, ws]) => `${v ? `${v} ` : ''}(${ws.slice(0, 3).join(', ')}${ws.length > 3 ? `, +${ws.length - 3}` : ''})`,
        );
      lines.push(`- ⚠ ${what}: ${parts.join('; ')}${byValue.size > 4 ? '; …' : ''}`);
    }
    return lines.join('\n');
  }

  definition(path: string, offset: number): Location | null {
    const at = this.keyAt(path, offset);
    if (!at?.key) return null;
    const r = this.index.resolve({ key: at.key });
    if (!r?.file) return null;
    return this.location(r.file, r.source === 'registry' ? undefined : r.span, r.line);
  }

  references(path: string, offset: number, includeDeclaration: boolean): Location[] | null {
    const at = this.keyAt(path, offset);
    if (!at?.key) return null;
    return this.index
      .references({ key: at.key }, { includeDefinition: includeDeclaration })
      .map((r) => this.location(r.file, r.span, r.line));
  }

  async links(path: string, src: SourceText): Promise<DocumentLink[]> {
    const s = this.index.summary(path);
    if (!s) return [];
    const template = (await this.host.settings()).citationUrlTemplate;
    // a link opens what it names: only the web, and files only in a trusted workspace (an untrusted folder's
    // settings must not make a letter open file:///etc/… or run javascript:)
    const allowed = this.host.trusted() ? /^(?:https?|file):/i : /^https?:/i;
    const out: DocumentLink[] = [];
    const linked = new Set<number>();
    const range = (sp: Span): Range => ({ start: src.positionAt(sp.start), end: src.positionAt(sp.end) });
    for (const l of this.index.links(path)) {
      linked.add(l.span.start);
      const url = l.url && /^https?:\/\//i.test(l.url) ? l.url : undefined;
      const target = url ?? (l.file ? `${fileUri(l.file)}${l.line !== undefined ? `#L${l.line + 1}` : ''}` : undefined);
      if (target) out.push({ range: range(l.span), target, tooltip: `${l.key}` });
    }
    if (template) {
      for (const c of s.citations) {
        if (linked.has(c.numberSpan.start)) continue;
        const target = template.replace(/\{number\}/g, encodeURIComponent(c.number)).trim();
        if (!allowed.test(target)) continue;
        out.push({ range: range(c.numberSpan), target, tooltip: c.number });
      }
    }
    return out;
  }

  symbols(query: string): SymbolInformation[] {
    const out: SymbolInformation[] = [];
    for (const d of this.index.documents(query, 200)) {
      if (!d.file) continue;
      out.push({
        name: `${d.kind ? `${d.kind} ` : ''}${d.number}${d.summary ? ` — ${d.summary}` : ''}`,
        kind: d.source === 'workspace' ? SymbolKind.File : SymbolKind.Constant,
        location: {
          uri: fileUri(d.file),
          range: { start: { line: d.line ?? 0, character: 0 }, end: { line: d.line ?? 0, character: 0 } },
        },
        containerName: d.issuer ?? undefined,
      });
    }
    return out;
  }

  /** Completion after "Kế hoạch số ": known documents, the matching kind first; the full first-mention form the
   * first time the letter cites the document, the number alone after that. Null when not in that context. */
  completion(path: string | null, src: SourceText, pos: Position, lang: Lang): CompletionItem[] | null {
    const before = src.lineText(pos.line).slice(0, pos.character);
    const cx = citationContextBefore(before);
    if (!cx) return null;
    const { kind, partial } = cx;
    const offset = src.offsetAt(pos);
    const from = pos.character - partial.length;
    const s = path ? this.index.summary(path) : undefined;
    const mentioned = new Set(s?.citations.filter((c) => c.span.end < offset - partial.length).map((c) => c.key));
    const fk = fold(kind);
    const docs = this.index.documents('', 1000).filter((d) => d.key !== s?.own?.key && d.key !== s?.self.key);
    docs.sort((a, b) => +(fold(a.kind ?? '') !== fk) - +(fold(b.kind ?? '') !== fk));
    const en = lang === 'en';
    return docs.map((d, i) => {
      const short = mentioned.has(d.key) || XrefIndex.exemptFromDescription(d.kind ?? kind);
      const full = [
        d.number,
        d.date ? `ngày ${dmy(d.date)}` : '',
        d.issuer ? `của ${displayIssuer(d.issuer)}` : '',
        d.summary ? summaryPhrase(d.summary) : '',
      ]
        .filter(Boolean)
        .join(' ');
      const insert = short ? d.number : full;
      return {
        label: d.number,
        kind: CompletionItemKind.Reference,
        detail:
          `${d.kind ?? ''}${d.date ? ` ${dmy(d.date)}` : ''}${short ? (en ? ' (short form)' : ' (viện dẫn lại)') : en ? ' (first mention)' : ' (lần đầu: đủ ngày, cơ quan, trích yếu)'}`.trim(),
        documentation: d.summary ?? undefined,
        sortText: String(i).padStart(4, '0'),
        filterText: d.number,
        textEdit: { range: { start: { line: pos.line, character: from }, end: pos }, newText: insert },
      };
    });
  }

  /** Code lenses over the citations (one per document, at its first citation in the letter). */
  lenses(path: string, src: SourceText, mode: LensMode, lang: Lang): CodeLens[] {
    if (mode === 'off') return [];
    const s = this.index.summary(path);
    if (!s) return [];
    const en = lang === 'en';
    const out: CodeLens[] = [];
    const lens = (sp: Span, title: string) =>
      out.push({
        range: { start: src.positionAt(sp.start), end: src.positionAt(sp.end) },
        command: { title, command: '' },
      });
    const seen = new Set<string>();
    for (const c of s.citations) {
      if (seen.has(c.key)) continue;
      seen.add(c.key);
      const r = this.index.resolve({ key: c.key }, { excludeFile: path });
      const status = this.index.resolve({ key: c.key });
      const conflict = this.index
        .conflictsFor({ key: c.key })
        .some((x) => x.field !== 'number' && x.sites.some((site) => site.file === path));
      let title: string | null = null;
      if (status?.replacedBy) {
        const rep = this.index.resolve(status.replacedBy);
        title = `⚠ ${en ? 'replaced by' : 'đã được thay thế bởi'} ${rep?.kind ? rep.kind + ' ' : ''}${en ? 'no.' : 'số'} ${rep?.number ?? status.replacedBy}`;
      } else if (status?.status === 'hết hiệu lực') title = `⚠ ${en ? 'no longer in force' : 'đã hết hiệu lực'}`;
      // a document no other letter or registry entry describes is common and needs nothing: shown only in "all"
      else if (!r && mode === 'all')
        title = en ? 'no other letter mentions this document' : 'chưa văn bản nào khác nhắc tới văn bản này';
      else if (conflict)
        title = `⚠ ${en ? 'facts differ across the workspace' : 'thông tin ngày/cơ quan ban hành không thống nhất'}`;
      if (!title && mode === 'all') {
        const n = this.index.citingCount({ key: c.key });
        title = en ? `cited in ${n} letter${n === 1 ? '' : 's'}` : `được viện dẫn trong ${n} văn bản`;
      }
      if (title) lens(c.span, title);
    }
    for (const f of s.shortForms) {
      if (f.status === 'ambiguous') lens(f.span, `⚠ ${en ? 'may mean several documents' : 'có thể chỉ nhiều văn bản'}`);
      else if (f.status === 'unresolved' && mode === 'all')
        lens(f.span, en ? 'document not identified' : 'chưa xác định văn bản');
    }
    return out.sort(
      (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
    );
  }

  /** The cross-document rules' findings of an indexed letter (none before the index is built). */
  findings(path: string, subject: CrossSubject | null, options: AnalyzeOptions): Diagnostic[] {
    if (!this.built) return [];
    const view = this.index.view(path);
    if (!view?.summary.isLetter) return [];
    const s = subject ?? this.subject(path);
    return s ? crossFindings(s, options, view, (f) => this.src(f)) : [];
  }

  /** A closed (or not yet analysed) file as the cross-document rules need it: its text's positions and disable
   * comments. */
  private subject(path: string): CrossSubject | null {
    const source = this.src(path);
    return source ? { source, directives: parseDirectives(source.text, source) } : null;
  }

  /** "Fill in the date / issuer / summary from …" on VD-01 (and CC-03) diagnostics whose facts the index knows. */
  quickFixes(
    path: string,
    uri: string,
    version: number,
    src: SourceText,
    diagnostics: LspDiagnostic[],
    lang: Lang,
    edit: (uri: string, version: number, edits: ReturnType<typeof toTextEdits>) => CodeAction['edit'],
  ): CodeAction[] {
    const s = this.index.summary(path);
    if (!s) return [];
    const byCitation = new Map<number, LspDiagnostic[]>();
    for (const l of diagnostics) {
      if (l.source !== SOURCE || (l.code !== 'VD-01' && l.code !== 'CC-03')) continue;
      const start = src.offsetAt(l.range.start);
      const end = src.offsetAt(l.range.end);
      const c = s.citations.find(
        (c) => c.firstMention && c.span.start <= start && end <= Math.max(c.span.end, c.descEnd),
      );
      if (!c) continue;
      byCitation.set(c.index, [...(byCitation.get(c.index) ?? []), l]);
    }
    const out: CodeAction[] = [];
    const en = lang === 'en';
    for (const [i, ds] of byCitation) {
      const c = s.citations.find((x) => x.index === i)!;
      const f = firstMentionFix(c, this.index, path);
      if (!f) continue;
      const r = this.index.resolve({ key: c.key }, { excludeFile: path });
      const from =
        r?.source === 'registry' ? (en ? 'the registry' : 'danh mục văn bản') : r?.file ? this.rel(r.file) : '?';
      const what = f.filled
        .map(
          (x) =>
            ({ date: en ? 'date' : 'ngày', issuer: en ? 'issuer' : 'cơ quan', summary: en ? 'summary' : 'trích yếu' })[
              x
            ],
        )
        .join('/');
      out.push({
        title: en ? `Fill in the ${what} from ${from}` : `Điền ${what} từ ${from}`,
        kind: CodeActionKind.QuickFix,
        isPreferred: true,
        diagnostics: ds,
        edit: edit(uri, version, toTextEdits(src, f.fix.edits)),
      });
    }
    return out;
  }
}
