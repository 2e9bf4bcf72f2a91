// The Party profile by date (catalogue §8.5): the severity caps (no Party finding is an error; an unverified fact at
// most info) and the switch dates (09/01/2026 for 399-QĐ/TW, the HD 05 date, a setting, default 27/05/2026).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, type Diagnostic } from '../server/src/core/analyze.js';
import { hd05From, partyCap, partyGuidance } from '../server/src/core/party.js';
import type { AnalyzeOptions } from '../server/src/core/rule.js';
import { RULES } from '../server/src/rules/index.js';

const RULES_DIR = join(import.meta.dirname, '..', 'server', 'src', 'rules');
const LETTERS = join(import.meta.dirname, 'fixtures', 'letters');
const TODAY = '2026-11-26';

/** Every Party document among the rule fixtures and the whole letters. */
function partyTexts(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  const add = (dir: string, f: string, name: string) => {
    if (!f.endsWith('.md') || f.endsWith('.fixed.md')) return;
    const text = readFileSync(join(dir, f), 'utf8');
    if (analyze(text, { today: TODAY }).letter.family === 'party') out.push({ name, text });
  };
  for (const id of readdirSync(RULES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()))
    for (const f of readdirSync(join(RULES_DIR, id.name))) add(join(RULES_DIR, id.name), f, `${id.name}/${f}`);
  for (const f of readdirSync(LETTERS)) add(LETTERS, f, `letters/${f}`);
  return out;
}

const errors = (ds: Diagnostic[]) => ds.filter((d) => d.severity === 'error').map((d) => `${d.rule}: ${d.message.vi}`);

const party = (date: string, { so = 'Số 05-CV/ĐU', end = './.', canCu = '' } = {}) =>
  [
    '**ĐẢNG BỘ TỈNH QUẢNG NGÃI  \nĐẢNG ỦY XÃ TỊNH KHÊ**  \n\\*',
    '**ĐẢNG CỘNG SẢN VIỆT NAM**',
    so,
    `*Tịnh Khê, ${date}*`,
    '*về việc chuẩn bị hội nghị sơ kết*',
    'Kính gửi: Các chi bộ trực thuộc.',
    ...(canCu ? [canCu] : []),
    `Ban Thường vụ Đảng ủy đề nghị các chi bộ báo cáo kết quả, gửi về Văn phòng Đảng ủy trước ngày 30 của tháng${end}`,
    '<u>**Nơi nhận:**</u>\n\n- Như trên;\n- Lưu Văn phòng Đảng ủy.',
    '**T/M BAN THƯỜNG VỤ  \nPHÓ BÍ THƯ**',
    '**Trương Văn Tài**',
  ].join('\n\n') + '\n';

describe('Party profile (catalogue §8.5)', () => {
  const texts = partyTexts();

  it('finds the Party fixtures', () => {
    assert.ok(texts.length >= 20, `only ${texts.length} Party documents found`);
  });

  it('no Party finding is an error: final mode, every rule raised to error by the settings', () => {
    const all: AnalyzeOptions['rules'] = Object.fromEntries(RULES.map((r) => [r.id, 'error' as const]));
    for (const { name, text } of texts) {
      for (const options of [
        { today: TODAY, mode: 'final' as const },
        { today: TODAY, mode: 'final' as const, rules: all },
      ]) {
        const a = analyze(text, options);
        assert.ok(a.diagnostics.length > 0, `${name}: at least DOC-01`);
        assert.deepEqual(errors(a.diagnostics), [], name);
      }
    }
  });

  it('a blank Party number in final mode is a warning, not an error (SKH-03 under the cap)', () => {
    const a = analyze(party('ngày 16 tháng 11 năm 2026', { so: 'Số      -CV/ĐU', end: '.' }), {
      today: TODAY,
      mode: 'final',
    });
    const skh03 = a.diagnostics.filter((d) => d.rule === 'SKH-03');
    assert.equal(skh03.length, 1);
    assert.equal(skh03[0].severity, 'warning');
  });

  it('a state letter keeps its errors (the cap is the Party profile only)', () => {
    const state = readFileSync(join(RULES_DIR, 'CK-01', 'invalid.md'), 'utf8');
    assert.ok(errors(analyze(state, { today: TODAY }).diagnostics).length > 0);
  });

  it('facts marked unverified give at most info (ND-01, CC-01, SKH-02, low type codes)', () => {
    const unverified = new Set(['ND-01', 'CC-01', 'SKH-02', 'DOC-01']);
    for (const { name, text } of texts) {
      for (const d of analyze(text, { today: TODAY }).diagnostics)
        if (unverified.has(d.rule)) assert.equal(d.severity, 'info', `${name}: ${d.rule} ${d.message.vi}`);
    }
  });

  it('partyCap: error → warning; unverified → info', () => {
    assert.equal(partyCap('error'), 'warning');
    assert.equal(partyCap('warning'), 'warning');
    assert.equal(partyCap('info'), 'info');
    assert.equal(partyCap('error', true), 'info');
    assert.equal(partyCap('warning', true), 'info');
  });

  describe('switch dates', () => {
    const guidance = (date: string, options: AnalyzeOptions = {}) =>
      partyGuidance(analyze(party(date), { today: TODAY, ...options }).letter, TODAY, options.party);

    it('399-QĐ/TW from 09/01/2026', () => {
      assert.equal(guidance('ngày 08 tháng 01 năm 2026').qd, 'qd66');
      assert.equal(guidance('ngày 09 tháng 01 năm 2026').qd, 'qd399');
      assert.equal(guidance('ngày … tháng 01 năm 2026').qd, 'either');
    });

    it('HD 05 from the setting party.hd05From (default 27/05/2026)', () => {
      assert.equal(hd05From(undefined), '2026-05-27');
      assert.equal(hd05From({ hd05From: 'soon' }), '2026-05-27');
      assert.equal(guidance('ngày 26 tháng 5 năm 2026').hd, 'hd36');
      assert.equal(guidance('ngày 27 tháng 5 năm 2026').hd, 'hd05');
      assert.equal(guidance('ngày … tháng 5 năm 2026').hd, 'either');
      assert.equal(guidance('ngày 26 tháng 5 năm 2026', { party: { hd05From: '2026-01-12' } }).hd, 'hd05');
    });

    it('ND-01 and CC-01 speak only under HD 05, as info', () => {
      const canCu = 'Căn cứ Điều lệ Đảng Cộng sản Việt Nam;\n\nCăn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ xã,';
      const rules = (date: string, options: AnalyzeOptions = {}) =>
        analyze(party(date, { canCu }), { today: TODAY, ...options })
          .diagnostics.filter((d) => d.rule === 'ND-01' || d.rule === 'CC-01')
          .map((d) => `${d.rule} ${d.severity}`);
      assert.deepEqual(rules('ngày 26 tháng 5 năm 2026'), []);
      assert.deepEqual(rules('ngày 27 tháng 5 năm 2026').sort(), ['CC-01 info', 'ND-01 info']);
      assert.deepEqual(rules('ngày 26 tháng 5 năm 2026', { party: { hd05From: '2026-05-01' } }).sort(), [
        'CC-01 info',
        'ND-01 info',
      ]);
    });
  });
});
