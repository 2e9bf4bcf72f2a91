import { signatures, up } from '../../core/footer.js';
import type { SigLine, SignaturePart } from '../../core/model.js';
import { R } from '../../core/patterns.js';
import { spanOf, vi, type Finding, type Rule } from '../../core/rule.js';

/** The heading of a party's block in a contract or agreement: ĐẠI DIỆN BÊN A, ĐẠI DIỆN CÔNG TY … */
const PARTY_HEADING = /^ĐẠI[ \t]+DIỆN(?![\p{L}])/u;

type Tok = 'TM.' | 'KT.' | 'Q.' | 'TL.' | 'TUQ.' | 'T';

const rule: Rule = {
  id: 'CK-02',
  alias: 'authority-stack',
  title: vi('Sai cách ghi thẩm quyền ký', 'Invalid signing-authority stack'),
  provision: 'NĐ 30/2020, Điều 13; Phụ lục I, Phần I, Mục II, khoản 7 điểm b',
  severity: 'error',
  description: vi(
    'Các dòng thẩm quyền ký phải theo một trong các dạng của Điều 13: [TM. tập thể] rồi chức vụ người đứng đầu, hoặc "KT. <người đứng đầu>" + chức vụ cấp phó, hoặc "Q. <người đứng đầu>"; "TL./TUQ. <người đứng đầu>" + chức vụ trưởng đơn vị (sau TL. có thể "KT."). Người được ủy quyền (TUQ.) không được ủy quyền lại (Điều 13 khoản 3). "TM." kết hợp với "TL."/"TUQ." nghị định không quy định: chỉ là thông tin.',
    'The authority lines must follow one of the Điều 13 forms: [TM. collective] then the head\'s title, or "KT. <head>" + a deputy title, or "Q. <head>"; "TL./TUQ. <head>" + the unit head\'s title (TL. may be followed by "KT."). A person signing TUQ. may not delegate further (Điều 13 khoản 3). "TM." combined with "TL."/"TUQ." is not provided for by the decree: informational only.',
  ),
  check({ letter, report }) {
    for (const sig of signatures(letter)) checkStack(sig, report);
  },
};

function checkStack(sig: SignaturePart, report: (f: Finding) => void): void {
  if (!sig.stack.length) return;
  // consecutive plain title lines are one title (a wrapped title starting with a title word)
  const toks: { tok: Tok; sl: SigLine }[] = [];
  for (const sl of sig.stack) {
    const tok: Tok = sl.prefix ?? 'T';
    if (tok === 'T' && toks.length && toks[toks.length - 1].tok === 'T') continue;
    toks.push({ tok, sl });
  }
  const bad = (i: number, vi_: string, en: string, severity?: 'info') => {
    const sl = toks[i].sl;
    report({ span: spanOf(sl.line), message: vi(vi_, en), ...(severity ? { severity } : {}) });
  };
  let i = 0;
  let tm = false;
  if (toks[i]?.tok === 'TM.') {
    tm = true;
    i++;
    // "TM. CHỦ TỊCH" alone is a person's title after "TM.": one slip, reported once by CK-04
    if (
      i >= toks.length &&
      R.TITLE_START.test(up(toks[0].sl.rest)) &&
      !/^(?:ĐOÀN|BAN|HỘI ĐỒNG|THƯỜNG TRỰC|TẬP THỂ)(?![\p{L}])/u.test(up(toks[0].sl.rest))
    )
      return;
    if (i >= toks.length)
      return bad(
        0,
        'Sau "TM. <tập thể>" phải có dòng chức vụ của người ký (ví dụ "CHỦ TỊCH").',
        '"TM. <collective>" must be followed by the signer\'s title (e.g. "CHỦ TỊCH").',
      );
  } else if (toks.length > 1 && toks[0].tok === 'T' && PARTY_HEADING.test(up(toks[0].sl.text))) {
    // a contract party's heading ("ĐẠI DIỆN BÊN A") stands where "TM." would: the stack proper follows it
    i++;
  }
  const t = toks[i];
  if (t.tok === 'TL.' || t.tok === 'TUQ.') {
    if (tm)
      bad(
        i,
        `"TM." kết hợp với "${t.tok}" là cách ký ít gặp; NĐ 30/2020 (Phụ lục I, Phần I, Mục II, khoản 7 điểm b) không quy định trường hợp này: theo quy chế làm việc của cơ quan (thực tiễn).`,
        `"TM." combined with "${t.tok}" is unusual; NĐ 30/2020 (Phụ lục I, Phần I, Mục II, khoản 7 điểm b) is silent on it: the body's working rules decide (practice).`,
        'info',
      );
    i++;
    const n = toks[i];
    if (!n)
      return bad(
        i - 1,
        `Sau "${t.tok} <người đứng đầu>" phải có chức vụ của người ký (trưởng đơn vị).`,
        `"${t.tok} <head>" must be followed by the signer's title (the unit head).`,
      );
    if (n.tok === 'KT.') {
      if (t.tok === 'TUQ.')
        return bad(
          i,
          'Người được ủy quyền (TUQ.) không được ủy quyền lại: không ghi "KT." dưới "TUQ.".',
          'A person signing by authorisation (TUQ.) may not delegate further: no "KT." under "TUQ.".',
        );
      i++;
      if (i >= toks.length) return; // CK-03 reports the missing deputy title
      i++;
    } else if (n.tok === 'T') i++;
  } else if (t.tok === 'KT.') {
    i++;
    if (i >= toks.length) return; // CK-03
    if (toks[i].tok === 'T') i++;
  } else if (t.tok === 'Q.' || t.tok === 'T') {
    i++;
  } else if (t.tok === 'TM.') {
    return bad(
      i,
      '"TM." chỉ ghi một lần, ở dòng đầu của khối thẩm quyền ký.',
      '"TM." appears once, on the first line of the authority block.',
    );
  }
  if (i < toks.length) {
    const x = toks[i];
    const why =
      x.tok === 'TM.'
        ? vi(
            '"TM." chỉ đứng ở dòng đầu của khối thẩm quyền ký.',
            '"TM." belongs on the first line of the authority block only.',
          )
        : x.tok === 'KT.' && toks.slice(0, i).some((y) => y.tok === 'KT.')
          ? vi('Khối thẩm quyền ký có hai lần "KT.".', 'The authority block has "KT." twice.')
          : vi(
              `Dòng "${x.sl.text}" không hợp lệ ở vị trí này: chức vụ người ký là dòng cuối của khối thẩm quyền ký.`,
              `"${x.sl.text}" is out of place: the signer's title is the last line of the authority block.`,
            );
    report({
      span: spanOf(x.sl.line),
      message: vi(`Sai cách ghi thẩm quyền ký (Điều 13): ${why.vi}`, `Invalid authority stack (Điều 13): ${why.en}`),
    });
  }
}
export default rule;
