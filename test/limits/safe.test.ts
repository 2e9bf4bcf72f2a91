// An internal error of the analysis is never silence: `analyzeSafely` turns it into one finding (SYS-03) that says so
// with the reason — what the language server shows for the document — and the CLI says it on stderr and goes on.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, analyzeSafely } from '../../server/src/core/analyze.js';
import { AnalysisCache } from '../../server/src/lsp/documents.js';
import { Findings } from '../../server/src/lsp/findings.js';
import type { Session } from '../../server/src/lsp/session.js';
import { resolveFor } from '../../server/src/lsp/config.js';
import { tempDir } from '../helpers/tmp.js';
import { withBrokenRule } from '../helpers/broken.js';

const letter = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'letters', 'cong-van.md'), 'utf8');

describe('analyzeSafely: an internal error is one finding that says so', () => {
  it('analyze throws; analyzeSafely gives SYS-03 with the reason, in Vietnamese and English', async () => {
    await withBrokenRule('không đọc được thuộc tính x', () => {
      assert.throws(() => analyze(letter), /không đọc được thuộc tính x/);
      const a = analyzeSafely(letter);
      assert.equal(a.failure?.message, 'không đọc được thuộc tính x');
      assert.deepEqual(
        a.diagnostics.map((d) => [d.rule, d.severity, d.start.line]),
        [['SYS-03', 'error', 0]],
      );
      assert.match(a.diagnostics[0].message.vi, /lỗi nội bộ khi kiểm tra văn bản này \(không đọc được thuộc tính x\)/);
      assert.match(a.diagnostics[0].message.en, /internal error/);
      assert.equal(a.source.text, letter);
    });
  });

  it('without an error it is analyze, finding for finding', () => {
    assert.deepEqual(analyzeSafely(letter).diagnostics, analyze(letter).diagnostics);
    assert.equal(analyzeSafely(letter).failure, undefined);
  });

  it('SYS-03 follows the rule settings like any rule (off, severity)', async () => {
    await withBrokenRule('boom', () => {
      assert.deepEqual(analyzeSafely(letter, { rules: { 'SYS-03': 'off' } }).diagnostics, []);
      assert.equal(
        analyzeSafely(letter, { rules: { 'internal-error': 'warning' } }).diagnostics[0].severity,
        'warning',
      );
    });
  });

  it("the language server's analysis of a document is the safe one: SYS-03, not a failed request", async () => {
    const ws = tempDir('vanthu-safe-');
    const file = join(ws, 'a.md');
    const doc = TextDocument.create(`file://${file}`, 'markdown', 1, letter);
    await withBrokenRule('lỗi thử', async () => {
      const entry = await new AnalysisCache().analyse(doc, resolveFor(file, {}, ws));
      assert.deepEqual(
        entry.analysis.diagnostics.map((d) => d.rule),
        ['SYS-03'],
      );
    });
  });

  it("check-workspace's closed files are analysed safely too: SYS-03, not a failed command", async () => {
    const ws = tempDir('vanthu-safe-closed-');
    const file = join(ws, 'b.md');
    writeFileSync(file, letter);
    // what Findings.forClosed asks of the session: the language and the (here empty) cross-document findings
    const session = { lang: 'vi', xref: { findings: () => [] } } as unknown as Session;
    await withBrokenRule('lỗi thử đóng', () => {
      const ds = new Findings(session).forClosed(file, resolveFor(file, {}, ws), 'k1');
      assert.deepEqual(
        ds.map((d) => d.code),
        ['SYS-03'],
      );
      assert.match(String(ds[0].message), /lỗi nội bộ khi kiểm tra văn bản này \(lỗi thử đóng\)/);
    });
  });
});
