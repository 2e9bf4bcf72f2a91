// Per-document analyses: one core analysis per (document version, effective config), taken off the request path.
// An analysis runs in slices of a few milliseconds (a remark run, the recognition, one rule each — see
// `analyzeInSteps`); between slices the server answers other messages, so a request about a small document is
// never held up by a long one being analysed. A version superseded by a newer one is dropped at the next slice.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeInSteps, BlockCache, type Analysis } from '../core/analyze.js';
import type { Resolved } from './config.js';

export interface Entry {
  uri: string;
  version: number;
  key: string;
  analysis: Analysis;
  resolved: Resolved;
  ms: number; // analysis time (the slices' sum, waits between them left out)
}

/** An analysis dropped because a newer version (or the document's closing) superseded it. */
export class Cancelled extends Error {
  constructor(
    readonly uri: string,
    readonly version: number,
  ) {
    super(`analysis of ${uri}@${version} superseded`);
  }
}

export type AnalysisState = 'started' | 'cancelled' | 'done';

export interface AnalysisHooks {
  /** Milliseconds of work before the analysis lets other messages through (default 8). */
  sliceMs?: number;
  /** True when the analysis of this version is no longer wanted (checked between slices). */
  superseded?: (uri: string, version: number) => boolean;
  /** Told when an analysis starts, is dropped and ends (tests and benchmarks watch the order). */
  trace?: (uri: string, version: number, state: AnalysisState) => void;
}

interface Job {
  version: number;
  key: string;
  cancelled: boolean;
  promise: Promise<Entry>;
}

const nextTurn = () => new Promise<void>((r) => setImmediate(r));

export class AnalysisCache {
  private entries = new Map<string, Entry>();
  /** Parsed chunks of each document's last version: an edit re-parses only the chunks it touched. */
  private blocks = new Map<string, BlockCache>();
  private jobs = new Map<string, Job>();

  constructor(private hooks: AnalysisHooks = {}) {}

  /** The analysis of this exact version and config, if it is done. */
  current(doc: TextDocument, resolved: Resolved): Entry | undefined {
    const e = this.entries.get(doc.uri);
    return e && e.version === doc.version && e.key === resolved.key ? e : undefined;
  }

  /**
   * The analysis of the document's current version: done already, in progress, or started now (a previous version
   * still in progress is dropped). Rejects with `Cancelled` when it is superseded before it ends.
   */
  analyse(doc: TextDocument, resolved: Resolved): Promise<Entry> {
    const done = this.current(doc, resolved);
    if (done) return Promise.resolve(done);
    const uri = doc.uri;
    const running = this.jobs.get(uri);
    if (running && running.version === doc.version && running.key === resolved.key) return running.promise;
    if (running) running.cancelled = true;
    const job: Job = { version: doc.version, key: resolved.key, cancelled: false, promise: Promise.resolve(null!) };
    this.jobs.set(uri, job);
    job.promise = this.run(uri, doc.version, doc.getText(), resolved, job).finally(() => {
      if (this.jobs.get(uri) === job) this.jobs.delete(uri);
    });
    return job.promise;
  }

  private async run(uri: string, version: number, text: string, resolved: Resolved, job: Job): Promise<Entry> {
    const { sliceMs = 8, superseded, trace } = this.hooks;
    let blocks = this.blocks.get(uri);
    if (!blocks) this.blocks.set(uri, (blocks = new BlockCache()));
    trace?.(uri, version, 'started');
    const steps = analyzeInSteps(text, resolved.options, blocks);
    let ms = 0;
    let t0 = performance.now();
    let analysis: Analysis;
    for (;;) {
      const r = steps.next();
      if (r.done) {
        analysis = r.value;
        break;
      }
      const t = performance.now();
      if (t - t0 < sliceMs) continue;
      ms += t - t0;
      await nextTurn();
      if (job.cancelled || superseded?.(uri, version)) {
        job.cancelled = true;
        trace?.(uri, version, 'cancelled');
        throw new Cancelled(uri, version);
      }
      t0 = performance.now();
    }
    ms += performance.now() - t0;
    const entry: Entry = { uri, version, key: resolved.key, analysis, resolved, ms };
    const prev = this.entries.get(uri);
    if (!prev || prev.version <= version) this.entries.set(uri, entry);
    trace?.(uri, version, 'done');
    return entry;
  }

  /** The last analysis whatever its version (for features that tolerate a slightly stale view). */
  peek(uri: string): Entry | undefined {
    return this.entries.get(uri);
  }

  /** An analysis of this document is in progress. */
  busy(uri: string): boolean {
    return this.jobs.has(uri);
  }

  delete(uri: string): void {
    const job = this.jobs.get(uri);
    if (job) job.cancelled = true;
    this.jobs.delete(uri);
    this.entries.delete(uri);
    this.blocks.delete(uri);
  }

  clear(): void {
    for (const job of this.jobs.values()) job.cancelled = true;
    this.jobs.clear();
    this.entries.clear();
    this.blocks.clear();
  }
}
