// A mini-corpus of published-style letters (test/fixtures/published, and test/fixtures/offices: letters of offices the
// tuning never saw, with slips of issue 14; NAME.md + NAME.expect.json in the format of the real corpus's sidecars).
// In-process version of corpus-score: the `inspect` facts must match the sidecar, every expected problem's catalogue
// rule must fire within ±1 line, and a clean letter must draw no error.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../server/src/core/analyze.js';
import { inspectLetter } from '../server/src/core/inspect.js';

const dirs = ['published', 'offices'].map((d) => join(import.meta.dirname, 'fixtures', d));
const OPTIONS = { today: '2026-11-26' };

interface Expect {
  type: string;
  so_ky_hieu: string | null;
  date: string | null;
  recipients: string[];
  citations: { number: string; date: string | null }[];
  signature: { authority: string | null; name: string } | null;
  expected_problems: { rule: string; line: number; catalogue_rule: string | null; anachronistic?: boolean }[];
  regime: string;
  partial?: boolean;
  header_published?: boolean;
}

// label id → catalogue ids that count as finding it (as in corpus-score)
const MAP: Record<string, string[]> = {
  'quoc-hieu-format': ['QH-01'],
  'tieu-ngu-dash': ['QH-02'],
  'tieu-ngu-case': ['QH-02'],
  'so-ky-hieu-format': ['SKH-01', 'SKH-02'],
  'ky-hieu-type-mismatch': ['SKH-04'],
  'date-leading-zero': ['DD-02'],
  'date-invalid': ['DD-03'],
  'date-format': ['DD-01'],
  'trich-yeu-format': ['TL-02', 'TL-03', 'TL-04'],
  'kinh-gui-missing': ['KG-01', 'DOC-03'],
  'kinh-gui-format': ['KG-02', 'KG-03'],
  'can-cu-punctuation': ['CC-01'],
  'citation-first-mention': ['VD-01'],
  'citation-inconsistent': ['VD-02', 'VD-03', 'VD-06'],
  'numbering-sequence': ['NB-01', 'NB-02', 'NB-04'],
  'subitem-sequence': ['NB-03'],
  'numbering-format': ['NB-02', 'NB-05', 'NB-07'],
  'noi-nhan-missing': ['NN-01', 'DOC-03'],
  'noi-nhan-luu': ['NN-03'],
  'noi-nhan-format': ['NN-01', 'NN-02'],
  'signature-authority': ['CK-01', 'CK-02', 'CK-03', 'CK-04'],
  'stray-content': ['ND-05', 'ND-04'],
  'encoding-legacy': ['TXT-02'],
  'unicode-nfd': ['TXT-01'],
  'viet-hoa-vien-dan': ['VH-01'],
};

const key = (s: string | null | undefined) =>
  (s ?? '')
    .normalize('NFC')
    .replace(/\s+/g, '')
    .replace(/\(sic\)$/i, '')
    .replace(/[;.]+$/, '');

describe('published-style letters (test/fixtures/published, test/fixtures/offices)', () => {
  const files = dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => ({ dir, f })),
  );
  it('holds at least 25 letters', () => assert.ok(files.length >= 25, `${files.length} letters`));
  for (const { dir, f } of files) {
    const name = f.replace(/\.md$/, '');
    describe(name, () => {
      const text = readFileSync(join(dir, f), 'utf8');
      const exp = JSON.parse(readFileSync(join(dir, `${name}.expect.json`), 'utf8')) as Expect;
      const a = analyze(text, OPTIONS);
      const m = inspectLetter(a.letter, f) as ReturnType<typeof inspectLetter> & Record<string, any>;

      it('inspect: type / family, number, date, recipients', () => {
        if (exp.regime === 'party') assert.equal(m.family, 'party');
        else assert.equal(m.type, exp.type);
        if (exp.so_ky_hieu) assert.equal(key(m.soKyHieu?.text), key(exp.so_ky_hieu));
        if (exp.date) assert.equal(m.date?.iso, exp.date);
        if (exp.recipients.length) assert.deepEqual((m.recipients ?? []).map(key), exp.recipients.map(key));
      });

      it('inspect: citations (number + date of the first mention)', () => {
        const cites: { number: string; date: string | null }[] = m.citations ?? [];
        for (const c of exp.citations) {
          const same = cites.filter((x) => key(x.number) === key(c.number));
          assert.ok(same.length, `citation ${c.number} not found`);
          if (c.date)
            assert.ok(
              same.some((x) => x.date === c.date),
              `citation ${c.number}: date ${c.date}, found ${same.map((x) => x.date).join(', ')}`,
            );
        }
      });

      if (exp.signature?.name) {
        it('inspect: signer name and authority', () => {
          assert.equal(key(m.signature?.name), key(exp.signature!.name));
          assert.equal(m.signature?.authority ?? null, exp.signature!.authority ?? null);
        });
      }

      const labels = exp.expected_problems.filter((p) => !p.anachronistic);
      if (labels.length) {
        it(`finds ${labels.map((p) => `${p.rule}@${p.line}`).join(', ')}`, () => {
          for (const p of labels) {
            const ids = [...(MAP[p.rule] ?? []), ...(p.catalogue_rule ? [p.catalogue_rule] : [])];
            const any = /-missing$/.test(p.rule);
            const hit = a.diagnostics.some(
              (d) => ids.includes(d.rule) && (any || (d.start.line <= p.line && p.line <= d.end.line + 2)),
            );
            assert.ok(hit, `${p.rule} (${ids.join('/')}) at line ${p.line} not reported`);
          }
        });
      }

      if (!exp.expected_problems.length && ['nd30', 'qppl', 'party'].includes(exp.regime)) {
        it('a clean letter draws no error', () => {
          const partial = exp.partial || exp.header_published === false;
          const ignore = partial ? /^(DOC-03|DOC-04|NN-|CK-|ND-01|KG-01|CC-02)/ : /^$/;
          const noHeader = exp.header_published === false ? /^(QH|CQ|SKH|DD|TL|KG)-/ : /^$/;
          const errors = a.diagnostics.filter(
            (d) => d.severity === 'error' && !ignore.test(d.rule) && !noHeader.test(d.rule),
          );
          assert.deepEqual(
            errors.map((d) => `${d.start.line + 1}:${d.rule}`),
            [],
          );
        });
      }
    });
  }
});
