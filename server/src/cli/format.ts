// Output formats of `vanthu lint`: stylish (people), json and SARIF 2.1.0 (machines; a stable contract).
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { formatMessage, type Diagnostic } from '../core/analyze.js';
import type { Rule } from '../core/rule.js';
import type { Position } from '../core/source.js';

export interface FileReport {
  file: string;
  mode: string;
  type: string;
  diagnostics: Diagnostic[];
  error?: string; // unreadable file
}

export function toJson(reports: FileReport[]) {
  return reports.map(rep => ({
    file: rep.file,
    mode: rep.mode,
    type: rep.type,
    ...(rep.error ? { error: rep.error } : {}),
    diagnostics: rep.diagnostics.map(d => ({
      rule: d.rule,
      alias: d.alias,
      severity: d.severity,
      message: formatMessage(d),
      line: d.start.line + 1,
      column: d.start.character + 1,
      endLine: d.end.line + 1,
      endColumn: d.end.character + 1,
      fixable: !!d.fix,
      ...(d.related?.length
        ? {
            related: d.related.map(r => ({
              file: r.file ?? rep.file,
              line: r.start.line + 1,
              column: r.start.character + 1,
              endLine: r.end.line + 1,
              endColumn: r.end.character + 1,
              message: r.message.vi,
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
    for (const d of r.diagnostics) {
      count[d.severity]++;
      if (d.fix) fixable++;
      const sev = d.severity === 'error' ? c(31, 'error  ') : d.severity === 'warning' ? c(33, 'warning') : c(36, 'info   ');
      out.push(`  ${`${d.start.line + 1}:${d.start.character + 1}`.padEnd(8)} ${sev}  ${formatMessage(d)}  ${c(2, d.rule)}`);
    }
    out.push('');
  }
  const total = count.error + count.warning + count.info;
  if (total) {
    out.push(
      c(count.error ? 31 : 33, `✖ ${total} vấn đề (${count.error} lỗi, ${count.warning} cảnh báo, ${count.info} thông tin)`) +
        (fixable ? `\n  ${fixable} vấn đề sửa được tự động với --fix` : ''),
    );
  } else if (!reports.some(r => r.error)) out.push(`✔ Không phát hiện vấn đề nào (${reports.length} tệp).`);
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
  const descriptors: ReportingDescriptor[] = rules.map(r => ({
    id: r.id,
    name: r.alias,
    shortDescription: { text: r.title.vi },
    fullDescription: { text: r.description.vi },
    help: { text: `${r.description.vi} Căn cứ: ${r.provision}.`, markdown: `${r.description.vi}\n\n**Căn cứ:** ${r.provision}` },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { provision: r.provision, titleEn: r.title.en },
  }));
  const results: Result[] = [];
  for (const rep of reports) {
    for (const d of rep.diagnostics) {
      results.push({
        ruleId: d.rule,
        ruleIndex: index.get(d.rule),
        level: LEVEL[d.severity],
        message: { text: formatMessage(d) },
        locations: [{ physicalLocation: { artifactLocation: { uri: rep.file, uriBaseId: 'SRCROOT' }, region: regionOf(d) } }],
        ...(d.related?.length
          ? {
              relatedLocations: d.related.map((r, id) => ({
                id,
                physicalLocation: { artifactLocation: { uri: r.file ?? rep.file, uriBaseId: 'SRCROOT' }, region: regionOf(r) },
                message: { text: r.message.vi },
              })),
            }
          : {}),
        ...(d.fix
          ? {
              fixes: [
                {
                  description: { text: d.fix.title.vi },
                  artifactChanges: [
                    {
                      artifactLocation: { uri: rep.file, uriBaseId: 'SRCROOT' },
                      replacements: d.fix.edits.map(e => ({ deletedRegion: { charOffset: e.offset, charLength: e.length }, insertedContent: { text: e.newText } })),
                    },
                  ],
                },
              ],
            }
          : {}),
      });
    }
  }
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: { driver: { name: 'vanthu', informationUri: 'https://github.com/vanthu/vanthu', semanticVersion: version, rules: descriptors } },
        originalUriBaseIds: { SRCROOT: { uri: cwdUri } },
        columnKind: 'utf16CodeUnits',
        results,
        invocations: [{ executionSuccessful: !reports.some(r => r.error), toolExecutionNotifications: reports.filter(r => r.error).map(r => ({ level: 'error' as const, message: { text: `${r.file}: ${r.error}` } })) }],
      },
    ],
  };
}
