// Output formats of `vanthu lint`: stylish (people), json and SARIF 2.1.0 (machines; a stable contract).
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { formatMessage, type Diagnostic } from '../core/analyze.js';
import type { Rule } from '../core/rule.js';
import type { Position } from '../core/source.js';
import type { Origin } from '../docx/index.js';

export interface FileReport {
  file: string;
  mode: string;
  type: string;
  diagnostics: Diagnostic[];
  error?: string; // unreadable file
  /** a Word file: where each diagnostic sits among its paragraphs (parallel to `diagnostics`) */
  origins?: (Origin | null)[];
}

const wordPlace = (o: Origin) => `đoạn ${o.paragraph}${o.cell ? ` (bảng ${o.cell.table}, ô ${o.cell.cell})` : ''}`;
const wordFields = (o: Origin | null | undefined) =>
  o
    ? { paragraph: o.paragraph, ...(o.cell ? { table: o.cell.table, cell: o.cell.cell } : {}), excerpt: o.excerpt }
    : {};

export function toJson(reports: FileReport[]) {
  return reports.map((r) => ({
    file: r.file,
    mode: r.mode,
    type: r.type,
    ...(r.error ? { error: r.error } : {}),
    diagnostics: r.diagnostics.map((d, k) => ({
      rule: d.rule,
      alias: d.alias,
      severity: d.severity,
      message: formatMessage(d),
      line: d.start.line + 1,
      column: d.start.character + 1,
      endLine: d.end.line + 1,
      endColumn: d.end.character + 1,
      fixable: !r.origins && !!d.fix,
      ...wordFields(r.origins?.[k]),
      ...(d.related?.length
        ? {
            related: d.related.map((x) => ({
              file: x.file ?? r.file,
              line: x.start.line + 1,
              column: x.start.character + 1,
              endLine: x.end.line + 1,
              endColumn: x.end.character + 1,
              message: x.message.vi,
            })),
          }
        : {}),
    })),
  }));
}

const color = (on: boolean) => (code: number, s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);

export function toStylish(reports: FileReport[], useColor: boolean): string {
  const c = color(useColor);
  const out: string[] = [];
  const count = { error: 0, warning: 0, info: 0 };
  let fixable = 0;
  for (const r of reports) {
    if (r.error) {
      out.push(c(4, r.file), `  ${c(31, 'lỗi')}  ${r.error}`, '');
      continue;
    }
    if (!r.diagnostics.length) continue;
    out.push(c(4, r.file));
    r.diagnostics.forEach((d, k) => {
      count[d.severity]++;
      if (d.fix && !r.origins) fixable++;
      const sev =
        d.severity === 'error' ? c(31, 'error  ') : d.severity === 'warning' ? c(33, 'warning') : c(36, 'info   ');
      const o = r.origins?.[k];
      const at = o ? wordPlace(o) : `${d.start.line + 1}:${d.start.character + 1}`;
      out.push(`  ${at.padEnd(8)} ${sev}  ${formatMessage(d)}  ${c(2, d.rule)}`);
      if (o) out.push(`           ${c(2, `«${o.excerpt}»`)}`);
    });
    out.push('');
  }
  const total = count.error + count.warning + count.info;
  if (total) {
    out.push(
      c(
        count.error ? 31 : 33,
        `✖ ${total} vấn đề (${count.error} lỗi, ${count.warning} cảnh báo, ${count.info} thông tin)`,
      ) + (fixable ? `\n  ${fixable} vấn đề sửa được tự động với --fix` : ''),
    );
  } else if (!reports.some((r) => r.error)) out.push(`✔ Không phát hiện vấn đề nào (${reports.length} tệp).`);
  return out.join('\n');
}

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

const regionOf = (d: { start: Position; end: Position }) => ({
  startLine: d.start.line + 1,
  startColumn: d.start.character + 1,
  endLine: d.end.line + 1,
  endColumn: d.end.character + 1,
});

export function toSarif(reports: FileReport[], rules: readonly Rule[], version: string, cwdUri: string): Log {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const descriptors: ReportingDescriptor[] = rules.map((r) => ({
    id: r.id,
    name: r.alias,
    shortDescription: { text: r.title.vi },
    fullDescription: { text: r.description.vi },
    help: {
      text: `${r.description.vi} Căn cứ: ${r.provision}.`,
      markdown: `${r.description.vi}\n\n**Căn cứ:** ${r.provision}`,
    },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { provision: r.provision, titleEn: r.title.en },
  }));
  const results: Result[] = [];
  for (const rep of reports) {
    rep.diagnostics.forEach((d, k) => {
      const o = rep.origins?.[k];
      // a Word file has no lines: the region is the paragraph, shown by its snippet
      const region = o
        ? { startLine: o.paragraph, snippet: { text: o.excerpt }, properties: wordFields(o) }
        : regionOf(d);
      results.push({
        ruleId: d.rule,
        ruleIndex: index.get(d.rule),
        level: LEVEL[d.severity],
        message: { text: o ? `${wordPlace(o)}: ${formatMessage(d)}` : formatMessage(d) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: rep.file, uriBaseId: 'SRCROOT' },
              region,
            },
          },
        ],
        ...(d.related?.length && !o
          ? {
              relatedLocations: d.related.map((x, id) => ({
                id,
                physicalLocation: {
                  artifactLocation: { uri: x.file ?? rep.file, uriBaseId: 'SRCROOT' },
                  region: regionOf(x),
                },
                message: { text: x.message.vi },
              })),
            }
          : {}),
        ...(d.fix && !o
          ? {
              fixes: [
                {
                  description: { text: d.fix.title.vi },
                  artifactChanges: [
                    {
                      artifactLocation: { uri: rep.file, uriBaseId: 'SRCROOT' },
                      replacements: d.fix.edits.map((e) => ({
                        deletedRegion: { charOffset: e.offset, charLength: e.length },
                        insertedContent: { text: e.newText },
                      })),
                    },
                  ],
                },
              ],
            }
          : {}),
      });
    });
  }
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'vanthu',
            informationUri: 'https://github.com/vanthu/vanthu',
            semanticVersion: version,
            rules: descriptors,
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: cwdUri } },
        columnKind: 'utf16CodeUnits',
        results,
        invocations: [
          {
            executionSuccessful: !reports.some((r) => r.error),
            toolExecutionNotifications: reports
              .filter((r) => r.error)
              .map((r) => ({ level: 'error' as const, message: { text: `${r.file}: ${r.error}` } })),
          },
        ],
      },
    ],
  };
}
