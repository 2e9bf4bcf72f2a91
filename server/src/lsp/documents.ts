// Per-document analysis cache: one core analysis per (document version, effective config).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeSafely, BlockCache, type Analysis } from '../core/analyze.js';
import type { Resolved } from './config.js';

export interface Entry {
  uri: string;
  version: number;
  key: string;
  analysis: Analysis;
  resolved: Resolved;
  ms: number; // analysis time
}

export class AnalysisCache {
  private entries = new Map<string, Entry>();
  /** Parsed chunks of each document's last version: an edit re-parses only the chunks it touched. */
  private blocks = new Map<string, BlockCache>();

  /** Cached analysis of this exact version and config, or a fresh one. */
  get(doc: TextDocument, resolved: Resolved): Entry {
    const e = this.entries.get(doc.uri);
    if (e && e.version === doc.version && e.key === resolved.key) return e;
    const t0 = performance.now();
    let blocks = this.blocks.get(doc.uri);
    if (!blocks) this.blocks.set(doc.uri, (blocks = new BlockCache()));
    // an internal error is one diagnostic (SYS-03) saying so, never a document without diagnostics or a failed request
    const analysis = analyzeSafely(doc.getText(), resolved.options, blocks);
    const entry: Entry = {
      uri: doc.uri,
      version: doc.version,
      key: resolved.key,
      analysis,
      resolved,
      ms: performance.now() - t0,
    };
    this.entries.set(doc.uri, entry);
    return entry;
  }

  /** The last analysis whatever its version (for features that tolerate a slightly stale view). */
  peek(uri: string): Entry | undefined {
    return this.entries.get(uri);
  }

  delete(uri: string): void {
    this.entries.delete(uri);
    this.blocks.delete(uri);
  }

  clear(): void {
    this.entries.clear();
    this.blocks.clear();
  }
}
