// The workspace as the language server sees it: its folders, the one bounded listing of their Markdown files, which
// of them are letters to check (vanthu.include/vanthu.exclude over each .vanthurc), and the recipients of their
// Kính gửi. Diagnostics, check-workspace, the cross-reference index and completion all read the files from here.
import { readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { glob } from 'tinyglobby';
import { parseBlocks } from '../core/blocks.js';
import { recognise } from '../core/recognise.js';
import { SourceText } from '../core/source.js';
import { decode } from '../cli/files.js';
import { DEFAULT_EXCLUDE, inclusionFilter, type VanthuSettings } from './config.js';

/** The work is bounded: at most this many letters (the Markdown files include/exclude select, in path order) over
 * all folders are indexed and checked; above it the user is told (WorkspaceHost.capped) — README "Cross-references". */
export const MAX_FILES = 5000;
export const MAX_RECIPIENT_FILES = 200;
/** A letter's recipients are read from its first this many characters. */
const RECIPIENT_CHARS = 100_000;

export const fileUri = (path: string) => pathToFileURL(path).href;

export function readText(path: string): string | null {
  try {
    const r = decode(readFileSync(path));
    return r.ok ? r.text : null;
  } catch {
    return null;
  }
}

export interface WorkspaceHost {
  settings(uri: string): Promise<VanthuSettings>;
  /** false in an untrusted workspace: no .vanthurc is read. */
  trusted(): boolean;
  /** The cap on letters (default MAX_FILES; tests lower it). */
  maxFiles?(): number;
  /** The folders hold more letters than the cap: `found` of them, the first `max` are used (once per listing). */
  capped?(found: number, max: number): void;
}

export class LspWorkspace {
  private roots: string[] = [];
  private listing: Promise<string[]> | null = null;
  private filters: Promise<(path: string) => boolean> | null = null;
  private selected: Promise<string[]> | null = null;
  /** Set when the last listing of letters was over the cap. */
  cap: { found: number; max: number } | null = null;

  constructor(private host: WorkspaceHost) {}

  get folders(): readonly string[] {
    return this.roots;
  }

  setFolders(folders: string[]): void {
    this.roots = [...folders];
    this.changed();
  }

  /** Files were created or deleted, or a config or the settings changed: list and filter again when next asked. */
  changed(): void {
    this.listing = null;
    this.filters = null;
    this.selected = null;
  }

  /** The innermost folder holding the path. */
  rootOf(path: string | null): string | null {
    if (!path) return null;
    return (
      this.roots
        .filter((f) => path === f || path.startsWith(f.endsWith('/') ? f : f + '/'))
        .sort((a, b) => b.length - a.length)[0] ?? null
    );
  }

  rootUri(): string {
    return this.roots[0] ? fileUri(this.roots[0]) : '';
  }

  uriOf(path: string): string {
    return fileUri(path);
  }

  contains(path: string): boolean {
    return this.rootOf(path) !== null;
  }

  /** Every Markdown file of the folders (sorted, default excludes); letters() applies include/exclude and the cap. */
  files(): Promise<string[]> {
    this.listing ??= (async () => {
      const out = new Set<string>();
      for (const root of this.roots) {
        const found = await glob(['**/*.md', '**/*.markdown'], { cwd: root, ignore: DEFAULT_EXCLUDE, absolute: true });
        for (const f of found.sort()) out.add(f);
      }
      return [...out];
    })();
    return this.listing;
  }

  /** Whether a file of the folders is a letter to check (include/exclude of its folder's settings and .vanthurc). */
  inclusion(): Promise<(path: string) => boolean> {
    this.filters ??= (async () => {
      const byRoot = new Map<string, (path: string) => boolean>();
      for (const f of this.roots)
        byRoot.set(f, inclusionFilter(await this.host.settings(fileUri(f)), f, this.host.trusted()));
      // an open file outside the folders is checked by itself, as resolveFor says
      return (path: string) => {
        const root = this.rootOf(path);
        const test = root ? byRoot.get(root) : undefined;
        return test ? test(path) : true;
      };
    })();
    return this.filters;
  }

  /** The files to check: the listing, included, at most maxFiles (the user is told when there are more). */
  letters(): Promise<string[]> {
    this.selected ??= (async () => {
      const [files, included] = await Promise.all([this.files(), this.inclusion()]);
      const all = files.filter(included);
      const max = this.host.maxFiles?.() ?? MAX_FILES;
      if (all.length <= max) {
        this.cap = null;
        return all;
      }
      this.cap = { found: all.length, max };
      this.host.capped?.(all.length, max);
      return all.slice(0, max);
    })();
    return this.selected;
  }
}

const stripItem = (s: string) =>
  s
    .replace(/^[-+*][ \t]*/, '')
    .replace(/[ \t]*[;.,]+$/, '')
    .trim();

/** Recipients of the Kính gửi of other letters, cached per file by mtime. */
export class RecipientIndex {
  private byFile = new Map<string, { mtime: number; names: string[] }>();
  private files: string[] = [];
  private scannedAt = 0;
  private busy = false;
  private ready: Promise<void> | null = null;
  private settled = false;
  constructor(private workspace: LspWorkspace) {}

  /** Starts (once) the first scan in the background; resolves when it is done. */
  start(): Promise<void> {
    this.ready ??= this.refresh()
      .then(() => this.update())
      .catch(() => undefined)
      .finally(() => (this.settled = true));
    return this.ready;
  }

  /** Whether the first scan is over (completion waits for it a little, once). */
  get scanned(): boolean {
    return this.settled;
  }

  async refresh(): Promise<void> {
    this.files = (await this.workspace.letters()).slice(0, MAX_RECIPIENT_FILES);
    this.scannedAt = Date.now();
  }

  /** Names from the index; refreshes it in the background when older than 30 s. */
  names(): string[] {
    if (!this.busy && Date.now() - this.scannedAt > 30_000) void this.refresh().then(() => this.update());
    return [...new Set([...this.byFile.values()].flatMap((v) => v.names))];
  }

  /** Re-reads changed files, yielding between files so that the server stays responsive. */
  async update(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      await this.updateFiles();
    } finally {
      this.busy = false;
    }
  }

  private async updateFiles(): Promise<void> {
    for (const f of this.files) {
      await new Promise((r) => setImmediate(r));
      let mtime: number;
      try {
        mtime = statSync(f).mtimeMs;
      } catch {
        continue;
      }
      if (this.byFile.get(f)?.mtime === mtime) continue;
      const text = readText(f);
      const names: string[] = [];
      if (text) {
        // the recipients are in the header: the recognition of the letter's first part (no rules), so that one
        // long file does not hold the server up
        const head = text.length > RECIPIENT_CHARS ? text.slice(0, text.lastIndexOf('\n', RECIPIENT_CHARS) + 1) : text;
        const source = new SourceText(head);
        const letter = recognise(source, parseBlocks(source));
        const kg = letter.isLetter ? letter.kinhGui : undefined;
        if (kg) {
          if (kg.items.length) names.push(...kg.items.map((p) => stripItem(p.joined.text)));
          else if (kg.inline) names.push(stripItem(kg.inline));
        }
      }
      this.byFile.set(f, { mtime, names: names.filter(Boolean) });
    }
  }
}
