import { dmy, letterDate } from '../../core/letterdate.js';
import { hd05From, QD399_FROM } from '../../core/party.js';
import { spanOf, vi, type Rule } from '../../core/rule.js';

// The Party profile by the document's date (catalogue §8.5; the switch dates are in core/party.ts).

const rule: Rule = {
  id: 'DOC-01',
  alias: 'document-family',
  title: vi('Nhận diện văn bản của Đảng hay của Nhà nước', 'Identify the document family (Party or State)'),
  provision:
    'NĐ 30/2020, Điều 8; văn bản Đảng: Quy định 66-QĐ/TW, 399-QĐ/TW; Hướng dẫn 36-HD/VPTW, 05-HD/VPTW (theo ngày)',
  severity: 'info',
  families: ['state', 'party'],
  description: vi(
    'Văn bản có tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM" mà không có Quốc hiệu là văn bản của Đảng; các quy tắc thể thức của NĐ 30/2020 không áp dụng cho văn bản đó (báo một thông tin ở tiêu đề). Hướng dẫn áp dụng tùy ngày của văn bản: thể thức theo Hướng dẫn 36-HD/VPTW ngày 03/4/2018, từ ngày Hướng dẫn 05-HD/VPTW có hiệu lực (mặc định 27/5/2026, chưa đối chiếu văn bản gốc — thiết lập party.hd05From) theo Hướng dẫn 05-HD/VPTW; thể loại và thẩm quyền theo Quy định 66-QĐ/TW ngày 06/02/2017, từ 09/01/2026 theo Quy định 399-QĐ/TW. Các văn bản khác được kiểm tra theo NĐ 30/2020.',
    'A draft headed "ĐẢNG CỘNG SẢN VIỆT NAM" without the national title is a Party document, and the NĐ 30/2020 format rules are not applied to it (one info on the heading). Which Party acts apply depends on its date: format under Hướng dẫn 36-HD/VPTW (03/4/2018), from the day Hướng dẫn 05-HD/VPTW took over (default 27/5/2026, not checked against the original — setting party.hd05From) under HD 05; types and authority under Quy định 66-QĐ/TW (06/02/2017), from 09/01/2026 under Quy định 399-QĐ/TW. Every other draft is checked against NĐ 30/2020.',
  ),
  check({ letter, report, today, party }) {
    if (letter.family !== 'party') return; // a state document is the default profile: a correct letter is clean
    const at = letter.partyHead ?? letter.agency?.lines[0] ?? letter.so?.line;
    if (!at) return;
    const d = letterDate(letter, today);
    const hd05 = hd05From(party);
    // a partial date ("tháng … năm 2026") that straddles a switch names both acts
    const pick = (from: string, before: string, after: string) =>
      d.to < from ? before : d.from >= from ? after : `${before} hoặc ${after}`;
    const pickEn = (from: string, before: string, after: string) =>
      d.to < from ? before : d.from >= from ? after : `${before} or ${after}`;
    const hd = pick(hd05, 'Hướng dẫn 36-HD/VPTW', 'Hướng dẫn 05-HD/VPTW');
    const hdEn = pickEn(hd05, 'Hướng dẫn 36-HD/VPTW', 'Hướng dẫn 05-HD/VPTW');
    const qd = pick(QD399_FROM, 'Quy định 66-QĐ/TW', 'Quy định 399-QĐ/TW');
    const qdEn = pickEn(QD399_FROM, 'Quy định 66-QĐ/TW', 'Quy định 399-QĐ/TW');
    const unverified = d.to >= hd05;
    const when = d.assumed ? d.label : vi(`văn bản ${d.label.vi}`, `dated ${d.label.en}`);
    report({
      span: spanOf(at),
      message: vi(
        `Văn bản của Đảng (tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM", không có Quốc hiệu; ${when.vi}): thể thức theo ${hd}${unverified ? ` (Hướng dẫn 05-HD/VPTW áp dụng từ ${dmy(hd05)}; ngày và nội dung chưa đối chiếu văn bản gốc, xem thiết lập party.hd05From)` : ''}, thể loại và thẩm quyền theo ${qd} — không áp dụng các quy tắc thể thức của NĐ 30/2020.`,
        `Party document ("ĐẢNG CỘNG SẢN VIỆT NAM", no national title; ${when.en}): format under ${hdEn}${unverified ? ` (Hướng dẫn 05-HD/VPTW applied from ${dmy(hd05)}; its date and content are not checked against the original, see the setting party.hd05From)` : ''}, types and authority under ${qdEn} — the NĐ 30/2020 format rules are not applied.`,
      ),
    });
  },
};
export default rule;
