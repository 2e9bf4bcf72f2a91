// Parsing the document registry (vanban.yaml / vanban.json) with positions: invalid entries are reported with
// file/line/column/path/message, valid ones are kept. Pure: the caller reads the file.
import { isNode, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import {
  numberFamily,
  RegistryEntrySchema,
  RegistryFileSchema,
  type RegistryEntry,
} from '../../../schemas/registry.js';
import { describeIssue } from '../../../schemas/issues.js';
import { docKey, normaliseNumber } from './model.js';
import type { CitationFamily } from '../core/model.js';

export const REGISTRY_NAMES = ['vanban.yaml', 'vanban.yml', 'vanban.json'];

export interface RegistryProblem {
  file: string;
  path: string; // "documents.2.date"
  line: number; // 1-based
  column: number; // 1-based
  message: string;
}

export interface RegistryDoc extends RegistryEntry {
  key: string;
  family: CitationFamily;
  line: number; // 0-based line of the entry in the registry file
  /** `path` resolved by the loader (absolute or workspace-relative), when given. */
  resolvedPath?: string;
}

export interface Registry {
  file: string;
  docs: RegistryDoc[];
  problems: RegistryProblem[];
}

/** Aliases a registry may expand (a "billion laughs" file stops here). */
export const MAX_REGISTRY_ALIASES = 100;

/** `resolvePath`: an entry's `path` as the loader resolves it, or null when it leads outside the workspace (the
 * entry is then rejected and reported). */
const valueAt = (v: unknown, path: (string | number)[]): unknown =>
  path.reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), v);

export function parseRegistry(
  text: string,
  file: string,
  resolvePath: (p: string) => string | null = (p) => p,
): Registry {
  const lc = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  const problems: RegistryProblem[] = [];
  const at = (offset: number) => {
    const p = lc.linePos(offset);
    return { line: p.line, column: p.col };
  };
  for (const e of doc.errors)
    problems.push({ file, path: '', ...at(e.pos[0]), message: `Cú pháp không hợp lệ: ${e.message.split('\n')[0]}` });
  if (problems.length) return { file, docs: [], problems };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_REGISTRY_ALIASES }) ?? [];
  } catch (e) {
    problems.push({
      file,
      path: '',
      line: 1,
      column: 1,
      message: /alias/i.test((e as Error).message)
        ? `Không đọc được danh mục văn bản: bí danh YAML (*tên) được mở rộng quá ${MAX_REGISTRY_ALIASES} lần`
        : `Không đọc được danh mục văn bản: ${(e as Error).message}`,
    });
    return { file, docs: [], problems };
  }
  const top = RegistryFileSchema.safeParse(data);
  if (!top.success) {
    problems.push({
      file,
      path: '',
      line: 1,
      column: 1,
      message: 'Danh mục văn bản phải là một danh sách, hoặc có khóa "documents" là một danh sách',
    });
    return { file, docs: [], problems };
  }
  const prefix: (string | number)[] = Array.isArray(data) ? [] : ['documents'];
  const list = (Array.isArray(data) ? data : (data as { documents: unknown[] }).documents) as unknown[];
  const offsetOf = (path: (string | number)[]): number => {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return node.range[0];
    }
    return 0;
  };
  const seq = prefix.length ? doc.getIn(prefix, true) : doc.contents;
  const docs: RegistryDoc[] = [];
  list.forEach((raw, i) => {
    const base = [...prefix, i];
    const r = RegistryEntrySchema.safeParse(raw);
    if (!r.success) {
      for (const issue of r.error.issues) {
        const p = [...base, ...issue.path];
        const message = describeIssue(issue, valueAt(raw, issue.path)).vi;
        problems.push({ file, path: p.join('.'), ...at(offsetOf(p)), message });
      }
      return;
    }
    const e = r.data;
    const resolvedPath = e.path ? resolvePath(e.path) : undefined;
    if (resolvedPath === null) {
      const p = [...base, 'path'];
      problems.push({
        file,
        path: p.join('.'),
        ...at(offsetOf(p)),
        message: `Đường dẫn "${e.path}" ra ngoài thư mục làm việc; mục này bị bỏ qua`,
      });
      return;
    }
    const number = normaliseNumber(e.number);
    const off =
      isSeq(seq) && isNode(seq.items[i])
        ? ((seq.items[i] as { range?: [number, number, number] }).range?.[0] ?? 0)
        : offsetOf(base);
    docs.push({
      ...e,
      number,
      replacedBy: e.replacedBy ? normaliseNumber(e.replacedBy) : undefined,
      key: docKey(number),
      family: numberFamily(number)!,
      line: at(off).line - 1,
      resolvedPath,
    });
  });
  // the same number twice: the later entry is reported, the first is used
  const seen = new Map<string, number>();
  for (const d of docs) {
    if (seen.has(d.key)) {
      problems.push({
        file,
        path: '',
        line: d.line + 1,
        column: 1,
        message: `Văn bản ${d.number} đã có trong danh mục (dòng ${seen.get(d.key)! + 1}); mục này bị bỏ qua`,
      });
    } else seen.set(d.key, d.line);
  }
  const firstDocs = docs.filter((d) => seen.get(d.key) === d.line);
  return { file, docs: firstDocs, problems };
}
