// An analysis is a value: once returned it never changes. The language server analyses version after version of a
// document with one BlockCache, which reuses the blocks of unchanged chunks: analysing version 2 must leave version
// 1's analysis exactly as it was (ranges, lines, paragraphs, findings), wherever the edit falls.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, BlockCache, type Analysis } from '../server/src/core/analyze.js';

const seed = readFileSync(join(import.meta.dirname, 'fixtures', 'seed.md'), 'utf8');

/** Every number, string and boolean reachable from the analysis, in a fixed order (each object once). */
function snapshot(a: Analysis): string {
  const seen = new Map<object, number>();
  const out: string[] = [];
  const walk = (v: unknown, path: string): void => {
    if (v === null || typeof v !== 'object') {
      if (typeof v !== 'function') out.push(`${path}=${JSON.stringify(v)}`);
      return;
    }
    const id = seen.get(v);
    if (id !== undefined) {
      out.push(`${path}→#${id}`);
      return;
    }
    seen.set(v, seen.size);
    if (v instanceof Map || v instanceof Set) {
      let i = 0;
      for (const e of v) walk(e, `${path}[${i++}]`);
      return;
    }
    for (const k of Object.keys(v).sort()) walk((v as Record<string, unknown>)[k], `${path}.${k}`);
  };
  walk({ letter: a.letter, diagnostics: a.diagnostics, directives: a.directives, mode: a.mode }, '');
  return out.join('\n');
}

describe('an analysis never changes (BlockCache reuse)', () => {
  const at = (s: string) => {
    const i = seed.indexOf(s);
    assert.ok(i >= 0, s);
    return i;
  };
  const edits: [string, (t: string) => string][] = [
    ['a character added in the header (every later block moves)', (t) => t.slice(0, 40) + 'X' + t.slice(40)],
    ['a paragraph added in the body', (t) => t.replace('**2. Các phòng:**', 'Thêm một đoạn mới.\n\n**2. Các phòng:**')],
    [
      'a line removed near the end',
      (t) => t.slice(0, at('Thường xuyên, nghiêm túc')) + t.slice(at('Thường xuyên, nghiêm túc') + 30),
    ],
    [
      'a quotation opened upstream (reused paragraphs become quoted)',
      (t) => t.replace('**2. Các phòng:**', 'Sửa Điều 3 như sau: “Nội dung.\n\n**2. Các phòng:**'),
    ],
    ['nothing changed', (t) => t],
  ];
  for (const [name, edit] of edits) {
    it(`analysing version 2 leaves version 1 identical: ${name}`, () => {
      const cache = new BlockCache();
      const v1 = analyze(seed, { today: '2023-05-20' }, cache);
      const before = snapshot(v1);
      const v2 = analyze(edit(seed), { today: '2023-05-20' }, cache);
      assert.equal(snapshot(v1), before);
      // and the same once more: version 3 (back to the first text) leaves both as they were
      const after2 = snapshot(v2);
      analyze(seed, { today: '2023-05-20' }, cache);
      assert.equal(snapshot(v1), before);
      assert.equal(snapshot(v2), after2);
    });
  }
});
