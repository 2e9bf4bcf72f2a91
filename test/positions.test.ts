// Positions are UTF-16 columns of the ORIGINAL text, whatever form it arrives in: NFD, CRLF, a BOM, emoji.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, fixAll } from '../server/src/core/analyze.js';
import { inspectLetter } from '../server/src/core/inspect.js';

const base = readFileSync(join(import.meta.dirname, 'fixtures', 'letters', 'cong-van.md'), 'utf8')
  .replace('ngày 08 tháng 3 năm 2024', 'ngày 8 tháng 3 năm 2024')
  .replace(
    'Thực hiện Kế hoạch số 40/KH-UBND ngày 15/02/2024 của UBND tỉnh Quảng Ngãi về bảo vệ môi trường năm 2024,',
    '📌 Thực hiện Kế hoạch số 40/KH-UBND,',
  );

/** Expected 0-based line and UTF-16 column of the first occurrence of `needle` (after `after`) in `text`. */
function where(text: string, needle: string, after = '') {
  const offset = text.indexOf(needle, after ? text.indexOf(after) : 0);
  assert.ok(offset >= 0, needle);
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length - 1;
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  return { line, character: offset - lineStart };
}

const variants: Record<string, string> = {
  NFC: base,
  NFD: base.normalize('NFD'),
  CRLF: base.replace(/\n/g, '\r\n'),
  BOM: '\ufeff' + base,
  'NFD+CRLF+BOM': '\ufeff' + base.normalize('NFD').replace(/\n/g, '\r\n'),
};

describe('positions across encodings', () => {
  const reference = inspectLetter(analyze(base).letter, 'x');
  for (const [name, text] of Object.entries(variants)) {
    describe(name, () => {
      const a = analyze(text, { today: '2026-11-26' });
      it('recognises the same letter', () => {
        const m = inspectLetter(a.letter, 'x');
        assert.deepEqual(
          { ...m, citations: m.citations?.length },
          { ...reference, citations: reference.citations?.length },
        );
      });
      it('DD-02 points at the day "8" in the original text', () => {
        const d = a.diagnostics.find((x) => x.rule === 'DD-02');
        assert.ok(d, 'DD-02 reported');
        assert.deepEqual(
          d.start,
          where(
            text,
            '8 tháng'.normalize(name.includes('NFD') ? 'NFD' : 'NFC'),
            'Sơn Tịnh,'.normalize(name.includes('NFD') ? 'NFD' : 'NFC'),
          ),
        );
        assert.equal(text.slice(d.span.start, d.span.end), '8');
      });
      it('a finding after an emoji is at its UTF-16 column', () => {
        const d = a.diagnostics.find((x) => x.rule === 'VD-01');
        assert.ok(d, 'VD-01 reported on the citation after the emoji');
        const k = 'Kế hoạch số 40/KH-UBND'.normalize(name.includes('NFD') ? 'NFD' : 'NFC');
        assert.deepEqual(d.start, where(text, k));
        assert.equal(text.slice(d.span.start, d.span.end).normalize('NFC'), 'Kế hoạch số 40/KH-UBND');
      });
      it('fixes edit only their own range and keep the line endings, BOM and normalisation form', () => {
        const fixed = fixAll(text, { today: '2026-11-26' }, new Set(['DD-02'])).text;
        const expected = text.replace(
          'ngày 8 tháng'.normalize(name.includes('NFD') ? 'NFD' : 'NFC'),
          'ngày 08 tháng'.normalize(name.includes('NFD') ? 'NFD' : 'NFC'),
        );
        assert.equal(fixed, expected);
      });
    });
  }
});

describe('a header drawn as a Markdown table', () => {
  const table = readFileSync(join(import.meta.dirname, 'fixtures', 'letters', 'cong-van-bang.md'), 'utf8');
  it('reads the cells row by row as the flattened layout', () => {
    const m = inspectLetter(analyze(table).letter, 'x');
    assert.equal(m.issuer?.name, 'ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN');
    assert.equal(m.soKyHieu?.text, '77/UBND-VP');
    assert.equal(m.date?.iso, '2024-04-09');
    assert.equal(m.title?.summary, 'tổ chức ngày hội đọc sách');
    assert.deepEqual(m.noiNhan, ['Như trên', 'Lưu: VT, VP']);
    assert.equal(m.signature?.name, 'Lê Văn An');
  });
  it('fixes inside a cell edit the cell only', () => {
    const broken = table.replace('ngày 09 tháng 4', 'ngày 9 tháng 4');
    const d = analyze(broken, { today: '2026-11-26' }).diagnostics.find((x) => x.rule === 'DD-02');
    assert.ok(d?.fix);
    assert.equal(fixAll(broken, { today: '2026-11-26' }).text, table);
  });
});
