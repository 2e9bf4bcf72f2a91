// The language server re-parses only the chunks an edit touched: the result must equal a full analysis.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, BlockCache } from '../server/src/core/analyze.js';
import { goldenOf } from './golden.js';
import { endAt, startAt } from '../server/src/core/source.js';

const dir = join(import.meta.dirname, 'fixtures');
const seed = readFileSync(join(dir, 'seed.md'), 'utf8');

function rng(seedValue: number) {
  let x = seedValue;
  return () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe('incremental parsing (BlockCache)', () => {
  it('random edits give the same findings as a fresh analysis', () => {
    const cache = new BlockCache();
    const rand = rng(7);
    let text = seed;
    analyze(text, { today: '2023-05-20' }, cache);
    const inserts = [
      'a',
      ' ',
      '\n',
      '\n\n',
      '**',
      '1. ',
      'd) ',
      'Số: 5/UBND\n',
      'ngày 9 tháng 1',
      '- Lưu VT.\n',
      '```\n',
      '<!-- x\n',
    ];
    for (let i = 0; i < 60; i++) {
      const at = Math.floor(rand() * text.length);
      const del = rand() < 0.4 ? Math.floor(rand() * 20) : 0;
      text = text.slice(0, at) + inserts[Math.floor(rand() * inserts.length)] + text.slice(at + del);
      const inc = analyze(text, { today: '2023-05-20' }, cache);
      const full = analyze(text, { today: '2023-05-20' });
      assert.deepEqual(goldenOf(inc.diagnostics, true), goldenOf(full.diagnostics, true), `edit ${i} at ${at}`);
    }
  });
  it('a long document parsed afresh in runs of chunks (one step each) gives the blocks of one remark run', () => {
    const at = seed.indexOf('**2. Các phòng:**');
    const para = (i: number) =>
      `${i}. Phòng Tài chính - Kế hoạch chủ trì rà soát kinh phí theo Kế hoạch số ${i}/KH-UBND ngày 5/3/2024.\n\n`;
    let body = '';
    for (let i = 1; body.length < 120_000; i++)
      body += i % 40 === 0 ? '```\ncode\n\nstill code\n```\n\n' : i % 55 === 0 ? '<!-- a\n\nb -->\n\n' : para(i);
    const text = seed.slice(0, at) + body + seed.slice(at);
    const opts = { today: '2023-05-20' };
    const cache = new BlockCache();
    const inc = analyze(text, opts, cache);
    const full = analyze(text, opts);
    assert.ok(cache.parsed > 3);
    const shape = (a: typeof inc) => a.letter.blocks.map((b) => [b.index, b.kind, b.start, b.end, b.lines.length]);
    assert.deepEqual(shape(inc), shape(full));
    assert.deepEqual(goldenOf(inc.diagnostics, true), goldenOf(full.diagnostics, true));
  });
  it('a one-character edit in the body re-parses one chunk', () => {
    const cache = new BlockCache();
    analyze(seed, {}, cache);
    const at = seed.indexOf('Thường xuyên, nghiêm túc');
    analyze(seed.slice(0, at) + 'X' + seed.slice(at), {}, cache);
    assert.equal(cache.parsed, 1);
  });
  it('paragraphs and per-paragraph scans kept with reused blocks: edits before, after and around them match a fresh analysis', () => {
    // body paragraphs that the memoised scans report on (VH-01, VH-02, ND-05, CK-09, citations), and a quotation
    // whose opening an edit upstream adds and removes (the reused paragraphs' `quoted` changes)
    const at = seed.indexOf('**2. Các phòng:**');
    const extra = [
      'Thực hiện theo Khoản 2 điều 5 của Quy chế và Kế hoạch số 40/KH-UBND ngày 15/02/2024 của UBND tỉnh.',
      'Các xã thuộc Tỉnh Quảng Ngãi gửi báo cáo về C:\\Users\\vanthu\\bao-cao.docx trước ngày 20.',
      'Chủ tịch UBND thị xã Đức Phố yêu cầu các cơ quan thực hiện nghiêm Kế hoạch số 40/KH-UBND.',
      'Sửa Điều 3 như sau: 1. Nội dung thứ nhất.',
      '1. Nội dung trích dẫn thứ hai.”',
    ].join('\n\n');
    const base = seed.slice(0, at) + extra + '\n\n' + seed.slice(at);
    const opts = { today: '2023-05-20' };
    const cache = new BlockCache();
    analyze(base, opts, cache);
    const head = base.indexOf('Thực hiện Công văn số 2167');
    const quoteAt = base.indexOf('Sửa Điều 3 như sau: ') + 'Sửa Điều 3 như sau: '.length;
    const tail = base.indexOf('**Nơi nhận:**');
    const edits: [number, number, string][] = [
      [head, 0, 'XYZ '], // before the cached paragraphs: they move
      [head, 4, ''], // and back
      [quoteAt, 0, '“'], // a quotation opens: the paragraph after it is quoted
      [quoteAt, 1, ''],
      [tail, 0, 'Thêm một đoạn.\n\n'], // after them: they stay put
      [0, 0, '\n\n\n'],
      [at + 10, 0, 'Khoản 3 '], // inside one of them: that one is re-read
    ];
    let text = base;
    for (const [i, [offset, del, ins]] of edits.entries()) {
      text = text.slice(0, offset) + ins + text.slice(offset + del);
      const inc = analyze(text, opts, cache);
      const full = analyze(text, opts);
      assert.ok(full.diagnostics.length > 0);
      if (i === 2) assert.ok(full.letter.body.some((p) => p.quoted));
      assert.deepEqual(goldenOf(inc.diagnostics, true), goldenOf(full.diagnostics, true), `edit ${i}`);
      assert.deepEqual(
        inc.letter.body.map((p) => [
          p.joined.text,
          startAt(p.joined, 0),
          endAt(p.joined, p.joined.relEnds.length - 1),
          !!p.quoted,
        ]),
        full.letter.body.map((p) => [
          p.joined.text,
          startAt(p.joined, 0),
          endAt(p.joined, p.joined.relEnds.length - 1),
          !!p.quoted,
        ]),
        `edit ${i}: paragraphs`,
      );
    }
  });
  it('an edit of the chunk structure (a blank line added) still matches a fresh analysis', () => {
    const cache = new BlockCache();
    analyze(seed, {}, cache);
    const at = seed.indexOf('**Nơi nhận:**');
    const text = seed.slice(0, at) + '\n\n```\ncode\n' + seed.slice(at);
    assert.deepEqual(
      goldenOf(analyze(text, {}, cache).diagnostics, true),
      goldenOf(analyze(text, {}).diagnostics, true),
    );
  });
});
