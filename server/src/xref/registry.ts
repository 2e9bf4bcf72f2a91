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
  /** The reason, in Vietnamese. */
  message: string;
  /** The reason, in English (the language server's when its language is English). */
  en: string;
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

/** The schema's own messages (schemas/registry.ts, Vietnamese) in English. */
const SCHEMA_EN: Record<string, string> = {
  'Số, ký hiệu không đúng dạng (14/KH-UBND, 30/2020/NĐ-CP hoặc 1753-KL/TU)':
    'The number is not in a known form (14/KH-UBND, 30/2020/NĐ-CP or 1753-KL/TU)',
  'Ngày không hợp lệ (dùng 2024-02-15 hoặc 15/02/2024)': 'Invalid date (use 2024-02-15 or 15/02/2024)',
  'Chỉ nhận địa chỉ http:// hoặc https:// (không nhận javascript:, file:, data: …)':
    'Only http:// or https:// addresses are accepted (not javascript:, file:, data: …)',
};

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
    problems.push({
      file,
      path: '',
      ...at(e.pos[0]),
      message: `Cú pháp không hợp lệ: ${e.message.split('\n')[0]}`,
      en: `Invalid syntax: ${e.message.split('\n')[0]}`,
    });
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
      ...(/alias/i.test((e as Error).message)
        ? {
            message: `Không đọc được danh mục văn bản: bí danh YAML (*tên) được mở rộng quá ${MAX_REGISTRY_ALIASES} lần`,
            en: `Cannot read the document registry: YAML aliases (*name) are expanded more than ${MAX_REGISTRY_ALIASES} times`,
          }
        : {
            message: `Không đọc được danh mục văn bản: ${(e as Error).message}`,
            en: `Cannot read the document registry: ${(e as Error).message}`,
          }),
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
      en: 'The document registry must be a list, or have a "documents" key that is a list',
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
        const reason = describeIssue(issue, valueAt(raw, issue.path));
        const en = reason.en === reason.vi ? (SCHEMA_EN[reason.vi] ?? reason.en) : reason.en;
        problems.push({ file, path: p.join('.'), ...at(offsetOf(p)), message: reason.vi, en });
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
        en: `The path "${e.path}" leads outside the workspace; this entry is ignored`,
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
        en: `The document ${d.number} is already in the registry (line ${seen.get(d.key)! + 1}); this entry is ignored`,
      });
    } else seen.set(d.key, d.line);
  }
  const firstDocs = docs.filter((d) => seen.get(d.key) === d.line);
  return { file, docs: firstDocs, problems };
}
