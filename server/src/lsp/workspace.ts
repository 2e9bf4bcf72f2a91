// Workspace folders: the bounded scan of *.md files (check-workspace, workspace diagnostics, recipients).
import { statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { glob } from 'tinyglobby';
import { analyze } from '../core/analyze.js';
import { decode } from '../cli/files.js';
import { readFileSync } from 'node:fs';
import { DEFAULT_EXCLUDE } from './config.js';

export const MAX_FILES = 2000;
export const MAX_RECIPIENT_FILES = 200;

export async function markdownFiles(root: string, max = MAX_FILES): Promise<string[]> {
  const found = await glob(['**/*.md', '**/*.markdown'], { cwd: root, ignore: DEFAULT_EXCLUDE, absolute: true });
  return found.sort().slice(0, max);
}

export const fileUri = (path: string) => pathToFileURL(path).href;

export function readText(path: string): string | null {
  try {
    const r = decode(readFileSync(path));
    return r.ok ? r.text : null;
  } catch {
    return null;
  }
}

const stripItem = (s: string) => s.replace(/^[-+*][ \t]*/, '').replace(/[ \t]*[;.,]+$/, '').trim();

/** Recipients of the Kính gửi of other letters, cached per file by mtime. */
export class RecipientIndex {
  private byFile = new Map<string, { mtime: number; names: string[] }>();
  private files: string[] = [];
  private scanned = 0;
  constructor(private roots: () => string[]) {}

  async refresh(): Promise<void> {
    const files: string[] = [];
    for (const r of this.roots()) files.push(...(await markdownFiles(r, MAX_RECIPIENT_FILES)));
    this.files = files.slice(0, MAX_RECIPIENT_FILES);
    this.scanned = Date.now();
  }

  /** Names from the index; refreshes it in the background when older than 30 s. */
  names(): string[] {
    if (!this.busy && Date.now() - this.scanned > 30_000) void this.refresh().then(() => this.update());
    return [...new Set([...this.byFile.values()].flatMap(v => v.names))];
  }

  private busy = false;

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
      await new Promise(r => setImmediate(r));
      let mtime = 0;
      try {
        mtime = statSync(f).mtimeMs;
      } catch {
        continue;
      }
      if (this.byFile.get(f)?.mtime === mtime) continue;
      const text = readText(f);
      const names: string[] = [];
      if (text && text.length < 1_000_000) {
        const { letter } = analyze(text);
        const kg = letter.isLetter ? letter.kinhGui : undefined;
        if (kg) {
          if (kg.items.length) names.push(...kg.items.map(p => stripItem(p.joined.text)));
          else if (kg.inline) names.push(stripItem(kg.inline));
        }
      }
      this.byFile.set(f, { mtime, names: names.filter(Boolean) });
    }
  }
}
