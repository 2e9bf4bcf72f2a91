// The cross-reference core on an in-memory workspace: sources and precedence, references, short forms, conflicts,
// registry problems with positions, incremental updates and the checks.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze.js';
import { XrefIndex, summariseText } from '../../server/src/xref/index.js';
import { parseRegistry } from '../../server/src/xref/registry.js';
import { checkLetter } from '../../server/src/xref/checks.js';
import { docKey, fold, displayIssuer } from '../../server/src/xref/model.js';
import { summariseLetter } from '../../server/src/xref/summary.js';
import {
  CONG_VAN_HUYEN,
  CONG_VAN_SAU,
  KE_HOACH_HUYEN,
  KE_HOACH_TINH,
  MemoryWorkspace,
  REGISTRY_YAML,
  letter,
} from './letters.js';

const FILES = {
  'tinh/kh40.md': KE_HOACH_TINH,
  'huyen/cv125.md': CONG_VAN_HUYEN,
  'huyen/kh14.md': KE_HOACH_HUYEN,
  'huyen/cv-sau.md': CONG_VAN_SAU,
};

function build() {
  const ws = new MemoryWorkspace(FILES);
  const registry = parseRegistry(REGISTRY_YAML, 'vanban.yaml');
  const index = new XrefIndex({ registry }).indexAll(ws);
  return { ws, registry, index };
}

describe('xref: identity', () => {
  it('normalises spacing, dashes, leading zeros and case; keeps the year of legal numbers; Đ ≠ D', () => {
    assert.equal(docKey('014/KH-UBND'), docKey('14/KH-UBND'));
    assert.equal(docKey('1753 - KL/ TU'), docKey('1753-KL/TU'));
    assert.equal(docKey('01-CTr/TU'), docKey('1-CTr/TU'));
    assert.equal(docKey('30/2020/NĐ-CP'), docKey('30/2020/nđ-cp'));
    assert.notEqual(docKey('30/2020/NĐ-CP'), docKey('30/2021/NĐ-CP'));
    assert.notEqual(docKey('12/QĐ-UBND'), docKey('12/QD-UBND'));
    assert.equal(docKey('30/2020/N\u0110-CP'.normalize('NFD')), docKey('30/2020/NĐ-CP'));
  });
  it('keyOf accepts a number or a citation text', () => {
    const { index } = build();
    assert.equal(index.keyOf('Kết luận số 1753-KL/TU'), '1753-KL/TU');
    assert.equal(index.keyOf('Nghị định số 30/2020/NĐ-CP ngày 05/3/2020'), '30/2020/NĐ-CP');
    assert.equal(index.keyOf('014/KH-UBND'), '14/KH-UBND');
    assert.equal(index.keyOf('không phải số'), null);
  });
  it('accent-insensitive folding and display names', () => {
    assert.equal(fold('Kế hoạch  ĐÀO TẠO'), 'ke hoach dao tao');
    assert.equal(displayIssuer('ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI'), 'Ủy ban nhân dân tỉnh Quảng Ngãi');
    assert.equal(displayIssuer('SỞ TÀI CHÍNH'), 'Sở Tài chính');
  });
});

describe('xref: summary', () => {
  it('a letter with Số and date filled is a document; a draft without them is not', () => {
    const s = summariseText(KE_HOACH_HUYEN, 'kh14.md');
    assert.deepEqual(
      { n: s.own?.number, kind: s.own?.kind, date: s.own?.date, issuer: s.own?.issuer, summary: s.own?.summary },
      {
        n: '14/KH-UBND',
        kind: 'Kế hoạch',
        date: '2024-03-20',
        issuer: 'ỦY BAN NHÂN DÂN HUYỆN SƠN TỊNH',
        summary: 'Triển khai công tác bảo vệ môi trường năm 2024',
      },
    );
    assert.equal(summariseText(CONG_VAN_SAU, 'x.md').own, null);
  });
  it('the light path (recognise only) gives the same citations as analyze()', () => {
    for (const t of Object.values(FILES)) {
      assert.deepEqual(summariseText(t, 'f.md'), summariseLetter(analyze(t).letter, 'f.md'));
    }
  });
  it('Party and legal-normative letters get their own number in their family form', () => {
    const party = [
      '**TỈNH ỦY QUẢNG NGÃI**  \n\\*',
      '**ĐẢNG CỘNG SẢN VIỆT NAM**',
      'Số 1753-KL/TU',
      'Quảng Ngãi, ngày 10 tháng 01 năm 2024',
      '**KẾT LUẬN**',
      '**của Ban Thường vụ Tỉnh ủy về công tác bảo vệ môi trường**',
      'Ban Thường vụ Tỉnh ủy kết luận như sau./.',
    ].join('\n\n');
    const s = summariseText(party, 'kl.md');
    assert.equal(s.self.number, '1753-KL/TU');
    assert.equal(s.self.family, 'party');
  });
});

describe('xref: index', () => {
  it('resolves with precedence workspace > registry > first mention, merging fields', () => {
    const { index } = build();
    const r = index.resolve('40/KH-UBND')!;
    assert.equal(r.source, 'workspace');
    assert.equal(r.file, 'tinh/kh40.md');
    assert.equal(r.line, 6);
    assert.equal(r.date, '2024-02-15');
    assert.deepEqual(r.sources, ['workspace', 'first-mention']);
    const q = index.resolve('Quyết định số 99/QĐ-UBND')!;
    assert.equal(q.source, 'registry');
    assert.equal(q.file, 'vanban.yaml');
    assert.equal(q.summary, 'về thành lập Tổ công tác bảo vệ môi trường');
    const kl = index.resolve('1753-KL/TU')!; // the registry entry for it is invalid: only first mentions know it
    assert.equal(kl.source, 'first-mention');
    assert.equal(kl.issuer, 'Ban Thường vụ Tỉnh ủy');
    assert.equal(kl.date, '2024-01-10');
    const nd = index.resolve('110/2004/NĐ-CP')!;
    assert.equal(nd.status, 'hết hiệu lực');
    assert.equal(nd.replacedBy, '30/2020/NĐ-CP');
    assert.equal(index.resolve('30/2020/NĐ-CP')!.url, 'https://vanban.chinhphu.vn/nd30');
    assert.equal(index.resolve('999/KH-UBND'), null);
  });

  it('excludeFile leaves out what a letter says itself', () => {
    const { index } = build();
    assert.equal(index.resolve('1753-KL/TU', { excludeFile: 'huyen/kh14.md' })!.file, 'tinh/kh40.md');
  });

  it('references: every citation, short forms and the definition', () => {
    const { index } = build();
    const refs = index.references('1753-KL/TU');
    assert.deepEqual(
      refs.map((r) => [r.file, r.line, r.text, r.short]),
      [
        ['huyen/kh14.md', 16, 'Kết luận số 1753-KL/TU', false],
        ['huyen/kh14.md', 18, 'Kết luận nêu trên', true],
        ['tinh/kh40.md', 14, 'Kết luận số 1753-KL/TU', false],
        ['tinh/kh40.md', 16, 'Kết luận nêu trên', true],
      ],
    );
    const def = index.references('14/KH-UBND').filter((r) => r.definition);
    assert.equal(def.length, 1);
    assert.equal(def[0].file, 'huyen/kh14.md');
    assert.equal(index.citingCount('40/KH-UBND'), 3);
    assert.equal(index.citingCount('14/KH-UBND'), 1); // its own "Kế hoạch này" does not count
  });

  it('short forms: resolved, self, ambiguous, unresolved; "Kế hoạch trên địa bàn" is not one', () => {
    const { index } = build();
    const sf = (f: string) => index.summary(f)!.shortForms.map((x) => [x.text, x.status, x.key]);
    assert.deepEqual(sf('huyen/kh14.md'), [
      ['Kế hoạch này', 'self', '14/KH-UBND'],
      ['Kết luận nêu trên', 'resolved', '1753-KL/TU'],
    ]);
    assert.deepEqual(sf('huyen/cv-sau.md'), [
      ['Kế hoạch nêu trên', 'ambiguous', null],
      ['Quyết định nêu trên', 'unresolved', null],
    ]);
    assert.deepEqual(sf('huyen/cv125.md'), []);
  });

  it('documents(): search by number or summary words, accent-insensitive', () => {
    const { index } = build();
    assert.equal(index.documents('40/KH-UBND')[0].number, '40/KH-UBND');
    assert.equal(index.documents('040/kh-ubnd')[0].number, '40/KH-UBND');
    assert.deepEqual(
      index.documents('to cong tac').map((d) => d.number),
      ['99/QĐ-UBND'],
    );
    assert.ok(index.documents('van thu').some((d) => d.number === '30/2020/NĐ-CP'));
    const all = index.documents('');
    assert.ok(all.length >= 7);
    assert.equal(all.find((d) => d.number === '40/KH-UBND')!.citedBy, 3);
  });

  it('conflicts(): the same number with different dates, with both locations', () => {
    const { index } = build();
    const c = index.conflicts();
    assert.equal(c.length, 1);
    assert.equal(c[0].key, '14/KH-UBND');
    assert.equal(c[0].field, 'date');
    assert.deepEqual(
      c[0].sites.map((s) => [s.file, s.line, s.value, s.source]),
      [
        ['huyen/kh14.md', 6, '2024-03-20', 'workspace'],
        ['huyen/cv-sau.md', 14, '2024-03-21', 'first-mention'],
      ],
    );
  });

  it('issuer conflicts and duplicate numbers', () => {
    const ws = new MemoryWorkspace({
      'a.md': letter({
        agency: ['ỦY BAN NHÂN DÂN', 'HUYỆN BA TƠ'],
        so: '14/KH-UBND',
        place: 'Ba Tơ',
        date: ['02', '01', '2024'],
        type: 'KẾ HOẠCH',
        summary: 'Phòng chống thiên tai',
        body: ['Các xã thực hiện./.'],
      }),
      'b.md': letter({
        agency: ['ỦY BAN NHÂN DÂN', 'HUYỆN SƠN TỊNH'],
        so: '14/KH-UBND',
        place: 'Sơn Tịnh',
        date: ['02', '01', '2024'],
        type: 'KẾ HOẠCH',
        summary: 'Phòng chống dịch',
        body: ['Các xã thực hiện./.'],
      }),
      'c.md': letter({
        agency: ['ỦY BAN NHÂN DÂN', 'HUYỆN SƠN TỊNH'],
        so: '15/UBND-VP',
        place: 'Sơn Tịnh',
        date: ['05', '01', '2024'],
        summary: 'đôn đốc',
        body: [
          'Thực hiện Kế hoạch số 14/KH-UBND ngày 02/01/2024 của Sở Y tế về phòng chống dịch, đề nghị các xã thực hiện./.',
        ],
      }),
    });
    const index = new XrefIndex().indexAll(ws);
    const fields = index
      .conflicts()
      .map((c) => c.field)
      .sort();
    assert.deepEqual(fields, ['issuer', 'number']);
    const dup = checkLetter(index.summary('a.md')!, index).find((f) => f.code === 'duplicate-number')!;
    assert.equal(dup.related![0].file, 'b.md');
  });

  it('incremental update and remove change references, resolution and conflicts', () => {
    const { index, ws } = build();
    assert.equal(index.references('99/QĐ-UBND').length, 1);
    // the later letter now also cites the decision and fixes the plan's date
    const edited = CONG_VAN_SAU.replace('ngày 21/3/2024', 'ngày 20/3/2024').replace(
      'Triển khai Quyết định nêu trên.',
      'Triển khai Quyết định số 99/QĐ-UBND.',
    );
    index.update('huyen/cv-sau.md', edited);
    assert.equal(index.references('99/QĐ-UBND').length, 2);
    assert.equal(index.conflicts().length, 0);
    // the province plan is deleted: it resolves to the first mentions now
    index.remove('tinh/kh40.md');
    const r = index.resolve('40/KH-UBND')!;
    assert.equal(r.source, 'first-mention');
    assert.equal(
      index.references('1753-KL/TU').every((x) => x.file !== 'tinh/kh40.md'),
      true,
    );
    // and back
    index.update('tinh/kh40.md', ws.read('tinh/kh40.md')!);
    assert.equal(index.resolve('40/KH-UBND')!.source, 'workspace');
    assert.equal(index.size, 4);
  });

  it('targetAt and links for hover/definition/document links', () => {
    const { index } = build();
    const s = index.summary('huyen/cv125.md')!;
    const c = s.citations[0];
    const t = index.targetAt('huyen/cv125.md', c.numberSpan.start + 2)!;
    assert.equal(t.type, 'citation');
    assert.equal(t.key, '40/KH-UBND');
    const links = index.links('huyen/cv125.md');
    assert.deepEqual(
      links.map((l) => [l.key, l.file ?? l.url]),
      [
        ['40/KH-UBND', 'tinh/kh40.md'],
        ['30/2020/NĐ-CP', 'https://vanban.chinhphu.vn/nd30'],
      ],
    );
  });
});

describe('xref: registry', () => {
  it('reports invalid entries with file, line, column, path and message; keeps the valid ones', () => {
    const r = parseRegistry(REGISTRY_YAML, 'vanban.yaml');
    assert.deepEqual(
      r.docs.map((d) => d.number),
      ['30/2020/NĐ-CP', '110/2004/NĐ-CP', '99/QĐ-UBND'],
    );
    assert.equal(r.docs[1].date, '2004-04-08');
    assert.deepEqual(
      r.problems.map((p) => [p.path, p.line, p.column]),
      [
        ['documents.3.number', 23, 13],
        ['documents.3.date', 24, 11],
        ['documents.4.date', 27, 11],
        ['documents.4', 25, 5],
      ],
    );
    assert.match(r.problems[0].message, /Số, ký hiệu không đúng dạng/);
    assert.match(r.problems[3].message, /colour/);
  });
  it('every problem has its English reason too (the language server shows it when its language is English)', () => {
    const cases = [
      REGISTRY_YAML,
      'documents:\n  - kind: [',
      'foo: 1',
      '- {kind: "Kế hoạch", number: "14/KH-UBND", date: "31/02/2024", url: "file:///etc/shadow", status: "x"}',
      '- {kind: "Kế hoạch", number: "14/KH-UBND"}\n- {kind: "Kế hoạch", number: "14/KH-UBND"}',
      '- {kind: "Kế hoạch", number: "14/KH-UBND", path: "../../x.md"}',
    ];
    const problems = cases.flatMap(
      (t) => parseRegistry(t, 'vanban.yaml', (p) => (p.startsWith('..') ? null : p)).problems,
    );
    assert.ok(problems.length >= 9, String(problems.length));
    for (const p of problems) {
      assert.ok(p.en && p.en !== p.message, `${p.path}: ${p.message} / ${p.en}`);
      // English: none of the Vietnamese letters of the reasons (the quoted values may have them)
      assert.doesNotMatch(
        p.en.replace(/"[^"]*"|\([^)]*\)|\d+\/[^\s,)]+/g, ''),
        /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i,
        p.en,
      );
    }
    const by = (t: string) => parseRegistry(t, 'vanban.yaml').problems.map((p) => p.en);
    assert.deepEqual(by('- {kind: "Kế hoạch", number: "không số"}'), [
      'The number is not in a known form (14/KH-UBND, 30/2020/NĐ-CP or 1753-KL/TU)',
    ]);
    assert.match(by('foo: 1')[0], /must be a list/);
  });
  it('JSON registries (a bare list) and syntax errors', () => {
    const j = parseRegistry(
      '[\n  {"kind": "Kế hoạch", "number": "14/KH-UBND", "date": "20/03/2024", "status": "hết hạn"}\n]',
      'vanban.json',
    );
    assert.equal(j.docs.length, 0);
    assert.deepEqual(
      j.problems.map((p) => [p.path, p.line]),
      [['0.status', 2]],
    );
    const bad = parseRegistry('documents:\n  - kind: [', 'vanban.yaml');
    assert.equal(bad.docs.length, 0);
    assert.match(bad.problems[0].message, /Cú pháp/);
    assert.match(parseRegistry('foo: 1', 'vanban.yaml').problems[0].message, /danh sách/);
  });
  it('a duplicated number: the first entry wins, the second is reported', () => {
    const r = parseRegistry(
      '- {kind: Kế hoạch, number: 14/KH-UBND}\n- {kind: Kế hoạch, number: 014/KH-UBND}\n',
      'v.yaml',
    );
    assert.equal(r.docs.length, 1);
    assert.equal(r.problems[0].line, 2);
  });
});

describe('xref: checks', () => {
  it('first mention incomplete: the fix fills date, issuer and summary from the index', () => {
    const { index } = build();
    const f = checkLetter(index.summary('huyen/cv125.md')!, index);
    assert.deepEqual(
      f.map((x) => x.code),
      ['first-mention-incomplete'],
    );
    const edits = f[0].fix!.edits;
    assert.equal(edits.length, 1);
    assert.equal(
      edits[0].newText,
      ' ngày 15/02/2024 của Ủy ban nhân dân tỉnh Quảng Ngãi về bảo vệ môi trường năm 2024',
    );
    const text = CONG_VAN_HUYEN.slice(0, edits[0].offset) + edits[0].newText + CONG_VAN_HUYEN.slice(edits[0].offset);
    assert.match(
      text,
      /Thực hiện Kế hoạch số 40\/KH-UBND ngày 15\/02\/2024 của Ủy ban nhân dân tỉnh Quảng Ngãi về bảo vệ môi trường năm 2024, Chủ tịch/,
    );
    // once fixed, the letter is clean
    index.update('huyen/cv125.md', text);
    assert.deepEqual(checkLetter(index.summary('huyen/cv125.md')!, index), []);
  });

  it('only the missing parts are inserted, after the number and after the issuer', () => {
    const t = CONG_VAN_HUYEN.replace('Kế hoạch số 40/KH-UBND,', 'Kế hoạch số 40/KH-UBND của UBND tỉnh,');
    const { index } = build();
    index.update('huyen/cv125.md', t);
    const f = checkLetter(index.summary('huyen/cv125.md')!, index).find((x) => x.code === 'first-mention-incomplete')!;
    const e = f.fix!.edits;
    let out = t;
    for (const ed of [...e].sort((a, b) => b.offset - a.offset))
      out = out.slice(0, ed.offset) + ed.newText + out.slice(ed.offset + ed.length);
    assert.match(out, /Kế hoạch số 40\/KH-UBND ngày 15\/02\/2024 của UBND tỉnh về bảo vệ môi trường năm 2024,/);
  });

  it('date conflicts name the other location; short forms; obsolete documents name the replacement', () => {
    const { index } = build();
    const f = checkLetter(index.summary('huyen/cv-sau.md')!, index);
    assert.deepEqual(
      f.map((x) => x.code),
      ['cross-date-conflict', 'short-form-ambiguous', 'short-form-unresolved', 'cited-obsolete'],
    );
    assert.equal(f[0].related![0].file, 'huyen/kh14.md');
    assert.match(f[0].message.vi, /21\/03\/2024.*20\/03\/2024/);
    assert.match(f[3].message.vi, /thay thế bởi Nghị định số 30\/2020\/NĐ-CP ngày 05\/03\/2020/);
    assert.equal(f[1].related!.length, 2);
  });

  it('a cited document dated after the letter itself', () => {
    const { index } = build();
    const f = checkLetter(index.summary('huyen/kh14.md')!, index);
    assert.deepEqual(
      f.map((x) => [x.code, x.key]),
      [['cited-after-letter', '99/QĐ-UBND']],
    );
  });

  it('laws are cited by name: no incomplete first mention', () => {
    const t = letter({
      agency: ['ỦY BAN NHÂN DÂN', 'XÃ A'],
      so: '3/UBND',
      place: 'A',
      date: ['05', '01', '2024'],
      summary: 'x',
      body: ['Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13, các thôn thực hiện./.'],
    });
    const index = new XrefIndex();
    index.update('l.md', t);
    assert.deepEqual(
      checkLetter(index.summary('l.md')!, index).filter((f) => f.code === 'first-mention-incomplete'),
      [],
    );
  });

  it('a proposal needs no summary (as VD-01): neither a finding nor a summary filled in by the fix', () => {
    const cv = letter({
      agency: ['ỦY BAN NHÂN DÂN', 'TỈNH BÌNH AN'],
      so: '1234/STC-QLNS',
      place: 'Bình An',
      date: ['10', '01', '2026'],
      summary: 'đề nghị rà soát thủ tục hành chính',
      body: ['Sở Tài chính đề nghị rà soát./.'],
    });
    const body = (s: string) =>
      letter({
        agency: ['ỦY BAN NHÂN DÂN', 'TỈNH BÌNH AN'],
        so: '9/UBND-KT',
        place: 'Bình An',
        date: ['20', '01', '2026'],
        summary: 'rà soát',
        body: [s],
      });
    const index = new XrefIndex();
    index.update('cv.md', cv);
    index.update(
      'de-nghi.md',
      body(
        'Xét đề nghị của Giám đốc Sở Tài chính tại Công văn số 1234/STC-QLNS, Ủy ban nhân dân tỉnh giao các sở rà soát./.',
      ),
    );
    index.update(
      'thuc-hien.md',
      body(
        'Thực hiện Công văn số 1234/STC-QLNS ngày 10/01/2026 của Sở Tài chính, Ủy ban nhân dân tỉnh giao các sở rà soát./.',
      ),
    );
    const proposal = checkLetter(index.summary('de-nghi.md')!, index).find(
      (f) => f.code === 'first-mention-incomplete',
    )!;
    assert.match(proposal.message.vi, /thiếu ngày ban hành$/, 'the date only: ' + proposal.message.vi);
    assert.ok(
      proposal.fix!.edits.every((e) => !/rà soát thủ tục/.test(e.newText)),
      JSON.stringify(proposal.fix),
    );
    const plain = checkLetter(index.summary('thuc-hien.md')!, index).find(
      (f) => f.code === 'first-mention-incomplete',
    )!;
    assert.match(plain.message.vi, /thiếu trích yếu$/);
    assert.deepEqual(
      analyze(
        body(
          'Xét đề nghị của Giám đốc Sở Tài chính tại Công văn số 1234/STC-QLNS, Ủy ban nhân dân tỉnh giao các sở rà soát./.',
        ),
      ).diagnostics.filter((d) => d.rule === 'VD-01').length,
      1,
    );
  });
});
