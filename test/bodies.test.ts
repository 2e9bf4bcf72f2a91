// Letter bodies as different offices write them (scheme A articles, chapters and an attached quy chế; scheme B
// sections, multi-level numbers and bullets; tables; quoted provisions; citations of every family and shape;
// abbreviations; administrative units; text pasted from PDF), inside a correct header and footer. Each has its
// golden NAME.expected.json of every finding beside it; "loi-*" letters carry deliberate mistakes (catalogue §7),
// the others must have no error or warning. Texts invented for the tests.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, fixAll } from '../server/src/core/analyze.js';
import type { Item } from '../server/src/core/model.js';
import { golden, goldenOf } from './golden.js';

const dir = join(import.meta.dirname, 'fixtures', 'bodies');
const OPTIONS = { today: '2026-11-26' };

const labels = (items: Item[]): unknown[] =>
  items.map((i) => (i.children.length ? [i.label, labels(i.children)] : i.label));

describe('letter bodies', () => {
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.md'))
    .sort()) {
    describe(f, () => {
      const text = readFileSync(join(dir, f), 'utf8');
      const a = analyze(text, OPTIONS);
      it('is read as a letter with a body and a footer', () => {
        assert.ok(a.letter.isLetter);
        assert.ok(a.letter.body.length > 0, 'has a body');
        assert.ok(a.letter.noiNhan && a.letter.signature, 'has Nơi nhận and a signature');
      });
      it('every finding as expected (golden)', () => {
        const actual = goldenOf(a.diagnostics, true);
        assert.deepEqual(actual, golden(join(dir, f.replace(/\.md$/, '.expected.json')), actual));
      });
      it('correct letters have no error or warning', function () {
        if (f.startsWith('loi-')) this.skip();
        assert.deepEqual(
          a.diagnostics
            .filter((d) => d.severity !== 'info')
            .map((d) => `${d.rule} ${d.start.line + 1}: ${d.message.vi}`),
          [],
        );
      });
      it('fix-all converges', () => {
        const once = fixAll(text, OPTIONS).text;
        assert.equal(fixAll(once, OPTIONS).text, once);
      });
    });
  }
});

// What the body model holds for a few of them: the numbering tree and the citations' data.
const read = (f: string) => analyze(readFileSync(join(dir, f), 'utf8'), OPTIONS).letter;

describe('letter bodies: extraction', () => {
  it('a quy chế after the signature is numbered on its own, Mục inside Chương, points up to k)', () => {
    const l = read('qd-ban-hanh-quy-che.md');
    assert.deepEqual(labels(l.items), ['Điều 1.', 'Điều 2.', 'Điều 3.']);
    const dieu = l.annexItems
      .flatMap(function flat(i: Item): Item[] {
        return [i, ...i.children.flatMap(flat)];
      })
      .filter((i) => i.kind === 'dieu');
    assert.deepEqual(
      dieu.map((i) => i.value),
      ['1', '2', '3', '4', '5', '6', '7', '8'],
    );
    const d5 = dieu[4];
    assert.deepEqual(labels(d5.children), [['1.', ['a)', 'b)', 'c)', 'd)', 'đ)', 'e)', 'g)', 'h)', 'i)', 'k)']], '2.']);
  });
  it('multi-level numbers and sub-points nest under their section', () => {
    const l = read('kh-nhieu-cap.md');
    const ii = l.items[1];
    assert.equal(ii.label, 'II.');
    assert.deepEqual(labels(ii.children), [
      ['1.', ['1.1.', ['1.2.', ['a)', 'b)']]]],
      ['2.', [['2.1.', ['2.1.1.', '2.1.2.', '2.1.3.']], '2.2.']],
    ]);
  });
  it('a provision quoted in a blockquote or in quotation marks is not part of the numbering', () => {
    const cv = read('cv-trich-dan-dieu.md');
    assert.deepEqual(labels(cv.items), ['1.', '2.', '3.']);
    assert.ok(cv.body.filter((p) => p.quoted).length >= 3);
    const qd = read('qd-sua-doi-trich-dan.md');
    assert.deepEqual(labels(qd.items), [['Điều 1.', ['1.', '2.', '3.']], 'Điều 2.', 'Điều 3.']);
  });
  it('a list of numbers shares the type word, and items dated in parallel share the issuer and summary after the last', () => {
    const cs = read('cv-vien-dan-nhieu-dang.md').citations;
    const c15 = cs.find((c) => c.number === '15/UBND-VP')!;
    assert.ok(c15, 'the bare number after a comma is a citation');
    assert.equal(c15.kind, 'Công văn');
    const c12 = cs.find((c) => c.number === '12/UBND-VP')!;
    assert.deepEqual(
      [c12.date, c12.issuer, c12.summary],
      ['2024-01-05', 'UBND huyện', 'về việc rà soát thủ tục hành chính'],
    );
    assert.equal(
      cs.find((c) => c.number === '30/2020/NĐ-CP')!.summary,
      'về công tác văn thư',
      'the "và" before the next citation is not in the summary',
    );
    assert.equal(
      cs.find((c) => c.number === '20/KH-UBND')!.summary,
      'về cải cách hành chính năm 2024',
      'a citation in brackets ends at the ")"',
    );
    assert.equal(cs.find((c) => c.number === '05-NQ/TU')!.date, '2021-03-10');
    assert.equal(cs.find((c) => c.number === '1234/QĐ-UBND')!.issuer, 'UBND tỉnh Quảng Ngãi');
  });
  it('"(sau đây gọi tắt là …)" and "ban hành kèm theo" bound the summary', () => {
    const kh = read('kh-dang-trien-khai.md').citations.find((c) => c.number === '27-CT/TU' && c.firstMention)!;
    assert.match(kh.summary ?? '', /tiêu cực$/u);
    const qd = read('qd-sua-doi-trich-dan.md').citations.find((c) => c.number === '15/2023/QĐ-UBND' && c.firstMention)!;
    assert.equal(qd.issuer, 'Ủy ban nhân dân tỉnh');
    assert.match(qd.summary ?? '', /^Quy định về quản lý cụm công nghiệp/u);
  });
  it('"41/NQ-HĐND" after "41/2022/NQ-HĐND" is the same document, not another first mention', () => {
    const cs = read('loi-vien-dan.md').citations;
    assert.equal(cs.filter((c) => c.number.startsWith('41/') && c.firstMention).length, 1);
  });
});

describe('letter bodies: extraction (round 2)', () => {
  it('a kế hoạch with sections I–VI, khoản 1.–10. and all 23 point letters a)…y)', () => {
    const l = read('kh-phong-chong-thien-tai.md');
    assert.deepEqual(
      l.items.map((i) => i.label),
      ['I.', 'II.', 'III.', 'IV.', 'V.', 'VI.'],
    );
    const iii = l.items[2];
    assert.deepEqual(
      iii.children.map((i) => i.label),
      ['1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.', '9.', '10.'],
    );
    assert.equal(iii.children[2].children.map((i) => i.label.replace(')', '')).join(''), 'abcdđeghiklmnopqrstuvxy');
    const c = l.citations.find((x) => x.number === '27/QĐ-BCĐ')!;
    assert.deepEqual(
      [c.issuer, c.summary],
      ['Ban Chỉ đạo quốc gia về phòng, chống thiên tai', 'ban hành kế hoạch công tác năm 2026'],
    );
  });
  it('a quyết định sửa đổi: the quoted khoản and điểm are not numbered with Điều 1', () => {
    const l = read('qd-sua-doi-quy-che.md');
    assert.deepEqual(labels(l.items), [['Điều 1.', ['1.', '2.', '3.', '4.']], 'Điều 2.', 'Điều 3.']);
  });
  it('summaries end at a lower-case main clause, at "(được sửa đổi, bổ sung bởi …)"; a citation over a hard break', () => {
    const cs = read('cv-thuc-hien-phu-cap.md').citations;
    assert.match(cs.find((c) => c.number === '73/2024/NĐ-CP')!.summary ?? '', /viên chức và lực lượng vũ trang$/u);
    assert.equal(
      cs.find((c) => c.number === '1560/STC-QLNS')!.summary,
      'về việc hướng dẫn kinh phí thực hiện cải cách tiền lương',
    );
    const tb = read('tb-lien-he-tuyen-dung.md').citations;
    assert.equal(
      tb.find((c) => c.number === '115/2020/NĐ-CP' && c.firstMention)!.summary,
      'quy định về tuyển dụng, sử dụng và quản lý viên chức',
    );
    assert.equal(tb.find((c) => c.number === '85/2023/NĐ-CP')!.summary, 'sửa đổi, bổ sung');
    const br = read('cv-vien-dan-xuong-dong.md').citations.find((c) => c.number === '1125/QĐ-UBND' && c.firstMention)!;
    assert.deepEqual([br.date, br.issuer], ['2025-06-20', 'Ủy ban nhân dân tỉnh']);
    assert.match(br.summary ?? '', /^về việc phân bổ kinh phí hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo năm 2025$/u);
  });
  it('Party citations: issuer with "khóa XII", Bộ Chính trị, Ban Bí thư', () => {
    const cs = read('cv-mat-tran-doan-the.md').citations;
    assert.deepEqual(
      cs.map((c) => [c.number, c.family, c.issuer]),
      [
        ['18-NQ/TW', 'party', 'Ban Chấp hành Trung ương Đảng khóa XII'],
        ['120-KL/TW', 'party', 'Bộ Chính trị'],
        ['45-CT/TW', 'party', 'Ban Bí thư'],
      ],
    );
  });
});
