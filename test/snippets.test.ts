// Every whole-letter snippet expands to a letter the core accepts (mode draft: no errors), for a date in
// March (month without a leading zero) and in January (with one); clause snippets parse and expand.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { analyze } from '../server/src/core/analyze.js';
import { dateVariables, expandSnippet, parseSnippet } from './helpers/snippet.js';

const root = join(import.meta.dirname, '..');
const file = join(root, 'snippets/vanthu.code-snippets');
const snippets = JSON.parse(readFileSync(file, 'utf8')) as Record<
  string,
  { prefix: string | string[]; body: string | string[]; description: string; isFileTemplate?: boolean }
>;
const letters = Object.entries(snippets).filter(([, s]) => s.isFileTemplate);
const clauses = Object.entries(snippets).filter(([, s]) => !s.isFileTemplate);

const fmt = (d: ReturnType<typeof analyze>['diagnostics'][number]) =>
  `${d.start.line + 1}:${d.start.character + 1} ${d.rule} ${d.severity}: ${d.message.vi}`;

describe('snippets', () => {
  it('the committed snippet file is what scripts/gen-snippets.mjs generates', () => {
    execFileSync(process.execPath, [join(root, 'scripts/gen-snippets.mjs'), '--check'], { stdio: 'pipe' });
  });

  it('has the whole-letter skeletons of the brief', () => {
    for (const name of [
      'Công văn',
      'Quyết định',
      'Tờ trình',
      'Báo cáo',
      'Kế hoạch',
      'Thông báo',
      'Giấy mời',
      'Giấy giới thiệu',
      'Biên bản',
      'Công điện',
      'Nghị quyết',
      'Chỉ thị',
      'Hướng dẫn',
      'Chương trình',
      'Phương án',
      'Đề án',
      'Giấy ủy quyền',
      'Giấy nghỉ phép',
      'Phiếu chuyển',
      // the other ten types of Điều 7 (issue 9)
      'Quy chế',
      'Quy định',
      'Thông cáo',
      'Dự án',
      'Hợp đồng',
      'Bản ghi nhớ',
      'Bản thỏa thuận',
      'Phiếu gửi',
      'Phiếu báo',
      'Thư công',
    ]) {
      assert.ok(snippets[name]?.isFileTemplate, name);
    }
  });

  it('covers the 29 types of Điều 7, each recognised as its type', () => {
    const types = new Set<string>();
    for (const [name, s] of letters) {
      const a = analyze(expandSnippet(s.body, dateVariables('2026-03-08')), { mode: 'draft', today: '2026-03-08' });
      assert.ok(a.letter.type, `${name}: a type`);
      types.add(a.letter.type!);
    }
    assert.equal(types.size, 29, [...types].join(', '));
  });

  it('the two-tier government: no district-level office, no thị trấn, in any skeleton', () => {
    for (const [name, s] of Object.entries(snippets)) {
      const body = ([] as string[]).concat(s.body).join('\n');
      assert.doesNotMatch(
        body,
        /(?<!\p{L})(?:HUYỆN|QUẬN|THỊ XÃ|THỊ TRẤN|[Hh]uyện|[Qq]uận|[Tt]hị xã|[Tt]hị trấn)(?!\p{L})/u,
        name,
      );
    }
  });

  it('a Party example: the công văn of a Đảng ủy xã under the Đảng bộ tỉnh, numbered …-CV/ĐU', () => {
    const text = expandSnippet(snippets['Công văn của Đảng ủy xã'].body, dateVariables('2026-12-04'));
    assert.match(text, /^\*\*ĐẢNG BỘ TỈNH [\p{Lu} ]+ {2}\nĐẢNG ỦY XÃ [\p{Lu} ]+\*\*/u);
    assert.match(text, /^Số -CV\/ĐU$/m);
    const a = analyze(text, { mode: 'draft', today: '2026-12-04' });
    assert.equal(a.letter.family, 'party');
  });

  it('prefixes are unique and ASCII', () => {
    const seen = new Map<string, string>();
    for (const [name, s] of Object.entries(snippets)) {
      for (const p of ([] as string[]).concat(s.prefix)) {
        assert.match(p, /^[a-z]+$/, `${name}: prefix ${p}`);
        assert.ok(!seen.has(p), `prefix ${p} of ${name} is also used by ${seen.get(p)}`);
        seen.set(p, name);
      }
      assert.ok(s.description, `${name} has a description`);
    }
  });

  for (const [date, expected] of [
    ['2024-03-08', 'ngày 08 tháng 3 năm 2024'],
    ['2025-01-05', 'ngày 05 tháng 01 năm 2025'],
    ['2024-11-20', 'ngày 20 tháng 11 năm 2024'],
    // after 01/07/2025 (two-tier government) and after 30/04/2026 (Đồng Nai a city)
    ['2025-07-01', 'ngày 01 tháng 7 năm 2025'],
    ['2026-12-04', 'ngày 04 tháng 12 năm 2026'],
  ] as const) {
    describe(`whole letters dated ${date}`, () => {
      for (const [name, s] of letters) {
        it(`${name} (${([] as string[]).concat(s.prefix)[0]}) has no errors in draft mode`, () => {
          const text = expandSnippet(s.body, dateVariables(date));
          assert.ok(text.includes(expected), `date line "${expected}" in:\n${text}`);
          assert.ok(!text.includes('$'), 'no unresolved snippet syntax');
          const a = analyze(text, { mode: 'draft', today: date });
          assert.ok(a.letter.isLetter, `${name} is recognised as a letter`);
          const errors = a.diagnostics.filter((d) => d.severity === 'error');
          assert.deepEqual(errors.map(fmt), [], `${name}:\n${text}`);
          // the map on that date: the skeleton's own units and place exist (DD-04, DD-06 say nothing)
          const places = a.diagnostics.filter((d) => d.rule === 'DD-04' || d.rule === 'DD-06');
          assert.deepEqual(places.map(fmt), [], `${name}:\n${text}`);
        });
      }
    });
  }

  it('a filled-in công văn (number, date typed by the user) still has no errors in final mode', () => {
    const text = expandSnippet(snippets['Công văn'].body, dateVariables('2024-03-08'), { 3: '125' });
    assert.match(text, /^Số: 125\/UBND-VP$/m);
    assert.match(text, /^- Lưu: VT, VP\.$/m, 'the unit code is mirrored into the Lưu line');
    const errors = analyze(text, { mode: 'final', today: '2024-03-08' }).diagnostics.filter(
      (d) => d.severity === 'error',
    );
    assert.deepEqual(errors.map(fmt), []);
  });

  describe('clauses', () => {
    for (const [name, s] of clauses) {
      it(`${name} parses and expands`, () => {
        assert.doesNotThrow(() => parseSnippet(([] as string[]).concat(s.body).join('\n')));
        const text = expandSnippet(s.body, dateVariables('2024-03-08'));
        assert.ok(text.trim().length > 0);
        assert.ok(!text.includes('$'), text);
      });
    }
    it('expand to the expected shapes', () => {
      const x = (n: string) => expandSnippet(snippets[n].body, dateVariables('2024-03-08'));
      assert.match(x('Kính gửi một nơi'), /^Kính gửi: \S/);
      assert.match(x('Kính gửi nhiều nơi'), /^Kính gửi:\n\n- .+;\n- .+\.$/);
      assert.match(x('Căn cứ'), /^\*Căn cứ .+;\*$/);
      assert.match(x('Nơi nhận'), /^\*\*Nơi nhận:\*\*\n\n- Như trên;\n- .+;\n- Lưu: VT, VP\.$/);
      assert.match(x('Câu kết đề nghị'), /\.\/\.$/);
      assert.match(x('Viện dẫn văn bản'), /^Kế hoạch số 40\/KH-UBND ngày 15 tháng 02 năm 2026 của .+ về .+$/);
      for (const [n, first] of [
        ['Ký thay mặt (TM.)', 'TM. '],
        ['Ký thay (KT.)', 'KT. '],
        ['Quyền (Q.)', 'Q. '],
        ['Thừa lệnh (TL.)', 'TL. '],
        ['Thừa ủy quyền (TUQ.)', 'TUQ. '],
        ['Ký thay mặt, ký thay (TM. KT.)', 'TM. '],
      ]) {
        assert.ok(x(n).startsWith(`**${first}`), n);
      }
    });
    it('each clause inserted into a letter keeps it free of errors', () => {
      // the signature stacks replace the công văn's own signature block
      const base = expandSnippet(snippets['Công văn'].body, dateVariables('2024-03-08'));
      for (const n of ['Ký thay mặt (TM.)', 'Ký thay (KT.)', 'Ký thay mặt, ký thay (TM. KT.)', 'Thừa lệnh (TL.)']) {
        const sig = expandSnippet(snippets[n].body, dateVariables('2024-03-08'));
        const text = base.replace(/\*\*KT\. CHỦ TỊCH[\s\S]*$/, sig + '\n');
        const errors = analyze(text, { mode: 'draft', today: '2024-03-08' }).diagnostics.filter(
          (d) => d.severity === 'error',
        );
        assert.deepEqual(errors.map(fmt), [], n);
      }
    });
  });

  describe('resolver', () => {
    it('handles placeholders, mirrors, choices, transforms and escapes', () => {
      assert.equal(expandSnippet('${1:a} $1 ${2|x,y|} \\$5 \\}', {}), 'a a x $5 }');
      assert.equal(expandSnippet('${CURRENT_MONTH/^0([3-9])$/$1/}', { CURRENT_MONTH: '03' }), '3');
      assert.equal(expandSnippet('${CURRENT_MONTH/^0([3-9])$/$1/}', { CURRENT_MONTH: '01' }), '01');
      assert.equal(expandSnippet('${CURRENT_MONTH/^0([3-9])$/$1/}', { CURRENT_MONTH: '12' }), '12');
      assert.equal(expandSnippet('${1:x ${2:y}} $2', {}, { 2: 'z' }), 'x z z');
      assert.throws(() => parseSnippet('${1:open'));
    });
  });
});
