import { memoByJoined, spanOf, spanOfJoined, vi, type Rule } from '../../core/rule.js';
import type { Joined, Span } from '../../core/source.js';
import { foldTones } from '../../core/source.js';

const LEVEL = "(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*)*";
const BODY = '(?:UBND|Ủy ban nhân dân)';
const VERB = '(?:yêu cầu|đề nghị|chỉ đạo|giao|quyết định)(?![\\p{L}])';
const HEAD_VOICE = new RegExp(`(?:^|[,.;:][ \\t]*)(Chủ tịch[ \\t]+${BODY}[ \\t]+${LEVEL})[ \\t]+${VERB}`, 'u');
const BODY_VOICE = new RegExp(`(?:^|[,.;:][ \\t]*)(${BODY}[ \\t]+${LEVEL})[ \\t]+${VERB}`, 'u');

/** Where a paragraph has the Chairman act, and where the People's Committee (clean-text ranges of the subject). */
function voicesIn(j: Joined): [[number, number] | null, [number, number] | null] {
  const k = j.key.replace(/"[^"]*"|“[^”]*”/gu, (q) => ' '.repeat(q.length)); // a quotation in the line speaks for another
  const at = (m: RegExpExecArray | null): [number, number] | null => {
    if (!m) return null;
    const a = m.index + m[0].indexOf(m[1]);
    return [a, a + m[1].length];
  };
  return [at(HEAD_VOICE.exec(k)), at(BODY_VOICE.exec(k))];
}

const rule: Rule = {
  id: 'CK-09',
  alias: 'authority-voice',
  title: vi('Thẩm quyền ký không nhất quán với nội dung', 'Signing authority inconsistent with the text'),
  provision: 'NĐ 30/2020, Điều 13',
  severity: 'info',
  description: vi(
    'Khi nội dung viết tập thể (UBND) quyết định, yêu cầu thì văn bản thường ký "TM. ỦY BAN NHÂN DÂN"; khi nội dung viết Chủ tịch yêu cầu thì ký với chức vụ Chủ tịch (không có "TM."). Chỉ báo khi hai bên mâu thuẫn rõ ràng.',
    'When the text has the collective (UBND) decide or request, the document is usually signed "TM. ỦY BAN NHÂN DÂN"; when the Chairman requests, it is signed in the Chairman\'s title (no "TM."). Reported only on a clear contradiction.',
  ),
  check({ letter, profile, report }) {
    const sig = letter.signature;
    if (!sig || !sig.stack.length) return;
    const tm = sig.stack.find((s) => s.prefix === 'TM.');
    const sigLine = (tm ?? sig.stack[0]).line;
    const related = [{ span: spanOf(sigLine), message: vi('Thẩm quyền ký', 'Signing authority') }];
    // the agency's configured convention (profile.signing) is explicit: a contradiction is a warning
    const delegated = sig.stack.some((s) => s.prefix === 'TL.' || s.prefix === 'TUQ.');
    if (profile.signing === 'tap-the' && !tm && !delegated) {
      report({
        span: spanOf(sigLine),
        severity: 'warning',
        message: vi(
          'Cơ quan làm việc theo chế độ tập thể (cấu hình "signing": "tap-the"): người đứng đầu ký "TM." tập thể, cấp phó ký "TM." rồi "KT.".',
          'The body works collectively (configuration "signing": "tap-the"): the head signs "TM." for the collective, a deputy "TM." then "KT.".',
        ),
      });
      return;
    }
    if (profile.signing === 'thu-truong' && tm) {
      report({
        span: spanOf(tm.line),
        severity: 'warning',
        message: vi(
          'Cơ quan làm việc theo chế độ thủ trưởng (cấu hình "signing": "thu-truong"): không ký "TM."; người đứng đầu ký trực tiếp, cấp phó ký "KT.".',
          'The body is run by its head (configuration "signing": "thu-truong"): no "TM."; the head signs in person, a deputy "KT.".',
        ),
      });
      return;
    }
    // the authority line of a quyết định names who decides
    const auth = letter.authorityLine;
    if (auth) {
      const k = foldTones(auth.key.toLocaleUpperCase('vi'));
      const head = /^(?:CHỦ TỊCH|GIÁM ĐỐC|BỘ TRƯỞNG|TRƯỞNG|CHÁNH|TỔNG)/u.test(k);
      // an HĐND's nghị quyết is signed by its Chủ tịch without "TM." in common practice: only an UBND is expected to
      const body = /^(?:ỦY BAN NHÂN DÂN|UBND)/u.test(k);
      if (head && tm) {
        report({
          span: spanOf(auth),
          related,
          message: vi(
            `Văn bản ban hành theo thẩm quyền của cá nhân ("${auth.text}") nhưng ký "TM."; ký với chức vụ của người có thẩm quyền (không có "TM.").`,
            `The document is issued in a person's authority ("${auth.text}") but signed "TM."; sign in that person's title (no "TM.").`,
          ),
        });
        return;
      }
      if (body && !tm) {
        report({
          span: spanOf(auth),
          related,
          message: vi(
            `Văn bản ban hành theo thẩm quyền của tập thể ("${auth.text}") nhưng không ký "TM."; ký "TM. ${auth.text.replace(/[ \t]+(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)(?![\p{L}]).*$/u, '')}".`,
            `The document is issued in a collective's authority ("${auth.text}") but not signed "TM.".`,
          ),
        });
        return;
      }
    }
    let headHit: Span | undefined;
    let bodyHit: Span | undefined;
    for (const p of letter.body) {
      if (p.quoted) continue; // a quoted provision speaks for another document
      const [h, hb] = memoByJoined('CK-09 voice', p.joined, voicesIn);
      if (h && !headHit) headHit = spanOfJoined(p.joined, h[0], h[1]);
      if (hb && !bodyHit) bodyHit = spanOfJoined(p.joined, hb[0], hb[1]);
    }
    if (headHit && !bodyHit && tm) {
      report({
        span: headHit,
        related,
        message: vi(
          'Nội dung viết Chủ tịch yêu cầu, chỉ đạo nhưng văn bản ký "TM." tập thể; kiểm tra lại thẩm quyền ký (Chủ tịch ký hoặc KT. CHỦ TỊCH).',
          'The text has the Chairman act, but the document is signed "TM." for the collective; check the signing authority.',
        ),
      });
    } else if (
      bodyHit &&
      !headHit &&
      !tm &&
      !sig.stack.some((s) => s.prefix === 'KT.') &&
      /CHỦ TỊCH/u.test(sig.stack.map((s) => s.text.toLocaleUpperCase('vi')).join(' '))
    ) {
      // the Chairman signing in person while the text has the People's Committee act; a deputy's "KT. CHỦ TỊCH"
      // under "UBND … đề nghị" is everyday practice and not reported
      report({
        span: bodyHit,
        related,
        message: vi(
          'Nội dung viết UBND (tập thể) yêu cầu, quyết định nhưng văn bản không ký "TM. ỦY BAN NHÂN DÂN"; kiểm tra lại thẩm quyền ký.',
          'The text has the People\'s Committee (collective) act, but the document is not signed "TM. ỦY BAN NHÂN DÂN"; check the signing authority.',
        ),
      });
    }
  },
};
export default rule;
