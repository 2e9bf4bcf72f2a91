#!/usr/bin/env node
// Generates snippets/vanthu.code-snippets (VS Code snippets for Markdown letters) from the templates below.
// The templates follow the Markdown layout of a letter (nd30-rules.md §0.5, test/fixtures/letters/cong-van.md)
// and the components required per document type (§4). test/snippets.test.ts expands every whole-letter
// skeleton and checks it with the core, and fails when the committed file differs from this script's output.
//
//   node scripts/gen-snippets.mjs          write the file
//   node scripts/gen-snippets.mjs --check  exit 1 if the committed file is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SNIPPET_PATH = join(root, 'snippets/vanthu.code-snippets');

// Month without a leading zero for 3–9 (PLI.II.4b: 01, 02 keep the zero; 3…9 have none; 10–12).
const MONTH = '${CURRENT_MONTH/^0([3-9])$/$1/}';

/** Header of every letter: agency (2 lines), Quốc hiệu–Tiêu ngữ, Số, địa danh–ngày. Tab stops 1–7. */
function header(symbol, body = 'ỦY BAN NHÂN DÂN') {
  return [
    `**\${1:${body}}  `,
    '${2:XÃ SƠN TỊNH}**',
    '',
    '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  ',
    'Độc lập - Tự do - Hạnh phúc**',
    '',
    `Số: \${3}/${symbol}`,
    '',
    `\${4:Sơn Tịnh}, ngày \${5:$CURRENT_DATE} tháng \${6:${MONTH}} năm \${7:$CURRENT_YEAR}`,
    '',
  ];
}
const noiNhan = (first, ...items) => [
  '**Nơi nhận:**',
  '',
  ...[first, ...items].filter(Boolean).map((s) => `- ${s};`),
  '- Lưu: VT, ${9:VP}.',
  '',
];
const sign = (n, stack, name = 'Nguyễn Văn A') => {
  const lines = stack.map((l, i) => `${i === 0 ? '**' : ''}\${${n + i}:${l}}${i === stack.length - 1 ? '**' : '  '}`);
  return [...lines, '', `**\${${n + stack.length}:${name}}**`];
};
const typed = (name, summary) => [`**${name}**`, '', `**\${8:${summary}}**`, ''];

const LETTERS = {
  'Công văn': {
    prefix: ['cv', 'congvan'],
    description: 'Công văn: V/v, Kính gửi nhiều nơi, nội dung đánh số, Nơi nhận, ký thay (KT.)',
    body: [
      ...header('${10:UBND}-${9:VP}'),
      'V/v ${8:trích yếu nội dung công văn}',
      '',
      'Kính gửi:',
      '',
      '- ${11:Các cơ quan, đơn vị thuộc UBND xã};',
      '- ${12:các thôn}.',
      '',
      'Thực hiện ${13:Kế hoạch số 40/KH-UBND ngày 15/02/2026 của UBND tỉnh Quảng Ngãi về bảo vệ môi trường năm 2026}, ${14:Chủ tịch UBND xã} yêu cầu:',
      '',
      '1. ${15:Các cơ quan, đơn vị tổ chức thực hiện nội dung thứ nhất}.',
      '',
      '2. ${16:các thôn}:',
      '',
      'a) ${17:Nội dung thứ nhất};',
      '',
      'b) ${18:Nội dung thứ hai}.',
      '',
      '${19:Yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện}./.$0',
      '',
      ...noiNhan('Như trên', '${20:Chủ tịch, các PCT UBND xã}'),
      ...sign(21, ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']),
    ],
  },
  'Quyết định': {
    prefix: ['qd', 'quyetdinh'],
    description: 'Quyết định (cá biệt): thẩm quyền ban hành, căn cứ, QUYẾT ĐỊNH:, các Điều, Nơi nhận Như Điều …',
    body: [
      ...header('QĐ-${10:UBND}'),
      ...typed('QUYẾT ĐỊNH', 'Về việc ${11:thành lập Tổ công tác rà soát thủ tục hành chính}'),
      '**${12:CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ SƠN TỊNH}**',
      '',
      '*Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;*',
      '',
      '*Căn cứ ${13:Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư};*',
      '',
      '*Theo đề nghị của ${14:Chánh Văn phòng HĐND và UBND xã}.*',
      '',
      '**QUYẾT ĐỊNH:**',
      '',
      '**Điều 1.** ${15:Thành lập Tổ công tác rà soát thủ tục hành chính của xã}.',
      '',
      '**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.',
      '',
      '**Điều 3.** ${16:Chánh Văn phòng HĐND và UBND xã, Thủ trưởng các cơ quan, đơn vị có liên quan} chịu trách nhiệm thi hành Quyết định này./.$0',
      '',
      ...noiNhan('Như Điều 3', '${17:Chủ tịch, các PCT UBND xã}'),
      ...sign(18, ['CHỦ TỊCH']),
    ],
  },
  'Tờ trình': {
    prefix: ['totrinh', 'ttr'],
    description: 'Tờ trình: Kính gửi cấp trên, căn cứ, nội dung trình, đề nghị xem xét, ký TM.',
    body: [
      ...header('TTr-${10:UBND}'),
      ...typed('TỜ TRÌNH', 'Về việc ${11:phê duyệt kế hoạch đầu tư công năm 2026}'),
      'Kính gửi: ${12:Hội đồng nhân dân xã Sơn Tịnh}',
      '',
      'Căn cứ ${13:Luật Đầu tư công ngày 13 tháng 6 năm 2019}, ${14:Ủy ban nhân dân xã} kính trình ${15:Hội đồng nhân dân xã} như sau:',
      '',
      '1. ${16:Sự cần thiết}.',
      '',
      '2. ${17:Nội dung đề nghị}.',
      '',
      '${18:Ủy ban nhân dân xã kính trình Hội đồng nhân dân xã xem xét, quyết định}./.$0',
      '',
      ...noiNhan('Như trên', '${19:Thường trực HĐND xã}'),
      ...sign(20, ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']),
    ],
  },
  'Báo cáo': {
    prefix: ['bc', 'baocao'],
    description: 'Báo cáo: kết quả, tồn tại, phương hướng; ký KT.',
    body: [
      ...header('BC-${10:UBND}'),
      ...typed('BÁO CÁO', '${11:Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2026}'),
      '${12:Thực hiện Công văn số 125/UBND-VP ngày 08/3/2026 của UBND tỉnh Quảng Ngãi về việc báo cáo kết quả thực hiện nhiệm vụ}, ${13:UBND xã} báo cáo như sau:',
      '',
      '**I. ${14:KẾT QUẢ THỰC HIỆN}**',
      '',
      '1. ${15:Kết quả đạt được}.',
      '',
      '2. ${16:Tồn tại, hạn chế}.',
      '',
      '**II. ${17:PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI}**',
      '',
      '${18:Nội dung phương hướng, nhiệm vụ}.',
      '',
      '${19:Trên đây là báo cáo kết quả thực hiện nhiệm vụ của UBND xã}./.$0',
      '',
      ...noiNhan('${20:UBND tỉnh (b/c)}', '${21:Chủ tịch, các PCT UBND xã}'),
      ...sign(22, ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']),
    ],
  },
  'Kế hoạch': {
    prefix: ['kh', 'kehoach'],
    description: 'Kế hoạch: I. Mục đích, yêu cầu; II. Nội dung; III. Tổ chức thực hiện; ký KT.',
    body: [
      ...header('KH-${10:UBND}'),
      ...typed('KẾ HOẠCH', '${11:Tổ chức Hội nghị tổng kết công tác năm 2026}'),
      '**I. MỤC ĐÍCH, YÊU CẦU**',
      '',
      '1. Mục đích: ${12:đánh giá kết quả thực hiện nhiệm vụ năm 2026}.',
      '',
      '2. Yêu cầu: ${13:tổ chức thiết thực, hiệu quả, tiết kiệm}.',
      '',
      '**II. NỘI DUNG**',
      '',
      '1. ${14:Thời gian, địa điểm}.',
      '',
      '2. ${15:Thành phần}.',
      '',
      '**III. TỔ CHỨC THỰC HIỆN**',
      '',
      '1. ${16:Văn phòng HĐND và UBND xã} chủ trì, phối hợp với các cơ quan liên quan triển khai Kế hoạch này.',
      '',
      '2. ${17:Các cơ quan, đơn vị} căn cứ Kế hoạch này tổ chức thực hiện./.$0',
      '',
      ...noiNhan('${18:Thường trực Đảng ủy xã}', '${19:Các cơ quan, đơn vị thuộc UBND xã}'),
      ...sign(20, ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']),
    ],
  },
  'Thông báo': {
    prefix: ['tb', 'thongbao'],
    description: 'Thông báo: nội dung thông báo, ký TL.',
    body: [
      ...header('TB-${10:UBND}'),
      ...typed('THÔNG BÁO', '${11:Kết luận của Chủ tịch UBND xã tại cuộc họp giao ban tháng 3 năm 2026}'),
      '${12:Ngày 08 tháng 3 năm 2026, Chủ tịch UBND xã chủ trì cuộc họp giao ban}. ${13:Văn phòng HĐND và UBND xã} thông báo như sau:',
      '',
      '1. ${14:Nội dung thứ nhất}.',
      '',
      '2. ${15:Nội dung thứ hai}.',
      '',
      '${16:Văn phòng HĐND và UBND xã thông báo để các cơ quan, đơn vị biết, thực hiện}./.$0',
      '',
      ...noiNhan('${17:Chủ tịch, các PCT UBND xã}', '${18:Các cơ quan, đơn vị thuộc UBND xã}'),
      ...sign(19, ['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG']),
    ],
  },
  'Giấy mời': {
    prefix: ['gm', 'giaymoi'],
    description: 'Giấy mời: trân trọng kính mời, thời gian, địa điểm, nội dung',
    body: [
      ...header('GM-${10:UBND}'),
      '**GIẤY MỜI**',
      '',
      '**${8:Dự Hội nghị tổng kết công tác năm 2026}**',
      '',
      '${11:Ủy ban nhân dân xã Sơn Tịnh} trân trọng kính mời: ${12:Lãnh đạo các cơ quan, đơn vị thuộc UBND xã}.',
      '',
      'Thời gian: ${13:08 giờ 00, ngày 15 tháng 12 năm 2026}.',
      '',
      'Địa điểm: ${14:Hội trường UBND xã}.',
      '',
      'Nội dung: ${15:Tổng kết công tác năm 2026, triển khai nhiệm vụ năm 2026}.',
      '',
      '${16:Rất mong các đồng chí tham dự đúng thời gian}./.$0',
      '',
      ...noiNhan('${17:Như thành phần mời}'),
      ...sign(18, ['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG']),
    ],
  },
  'Giấy giới thiệu': {
    prefix: ['ggt', 'giaygioithieu'],
    description: 'Giấy giới thiệu: trân trọng giới thiệu, được cử đến, về việc, có giá trị đến',
    body: [
      ...header('GGT-${10:UBND}'),
      '**GIẤY GIỚI THIỆU**',
      '',
      '${11:Ủy ban nhân dân xã Sơn Tịnh} trân trọng giới thiệu:',
      '',
      'Ông (bà): ${12:Nguyễn Văn B}',
      '',
      'Chức vụ: ${13:Chuyên viên Văn phòng HĐND và UBND xã}',
      '',
      'Được cử đến: ${14:Sở Nội vụ tỉnh Quảng Ngãi}',
      '',
      'Về việc: ${15:liên hệ công tác}.',
      '',
      'Đề nghị Quý cơ quan tạo điều kiện để ${16:ông (bà)} có tên trên hoàn thành nhiệm vụ.',
      '',
      'Giấy này có giá trị đến hết ngày ${17:31 tháng 12 năm 2026}./.$0',
      '',
      ...noiNhan('${18:Như trên}'),
      ...sign(19, ['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG']),
    ],
  },
  'Biên bản': {
    prefix: ['bb', 'bienban'],
    description: 'Biên bản: thời gian, địa điểm, thành phần, nội dung, kết thúc; ký THƯ KÝ và CHỦ TỌA',
    body: [
      ...header('BB-${10:UBND}'),
      ...typed('BIÊN BẢN', '${11:Cuộc họp giao ban tháng 3 năm 2026}'),
      'Thời gian: ${12:08 giờ 00, ngày 08 tháng 3 năm 2026}.',
      '',
      'Địa điểm: ${13:Phòng họp UBND xã}.',
      '',
      'Thành phần: ${14:Lãnh đạo UBND xã, Thủ trưởng các cơ quan, đơn vị thuộc UBND xã}.',
      '',
      'Chủ trì: ${15:ông Trần Minh Khoa, Phó Chủ tịch UBND xã}; thư ký: ${16:bà Lê Thị C, chuyên viên Văn phòng}.',
      '',
      'Nội dung: ${17:nội dung cuộc họp}.',
      '',
      'Cuộc họp kết thúc vào ${18:11 giờ 00} cùng ngày./.$0',
      '',
      ...noiNhan('${19:Các thành viên dự họp}'),
      ...sign(20, ['CHỦ TỌA'], 'Trần Minh Khoa'),
    ],
  },
  'Công điện': {
    prefix: ['cd', 'congdien'],
    description: 'Công điện: <cơ quan> điện, danh sách nơi nhận, nội dung khẩn',
    body: [
      ...header('CĐ-${10:UBND}'),
      ...typed('CÔNG ĐIỆN', 'Về việc ${11:chủ động ứng phó với bão số 3}'),
      '${12:CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ} điện:',
      '',
      '- ${13:Các cơ quan, đơn vị thuộc UBND xã};',
      '- ${14:các thôn}.',
      '',
      '${15:Để chủ động ứng phó với bão số 3}, ${16:Chủ tịch UBND xã} yêu cầu:',
      '',
      '1. ${17:Theo dõi chặt chẽ diễn biến của bão}.',
      '',
      '2. ${18:Tổ chức trực ban nghiêm túc}./.$0',
      '',
      ...noiNhan('Như trên', '${19:Thường trực Đảng ủy xã}'),
      ...sign(20, ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']),
    ],
  },
  'Nghị quyết': {
    prefix: ['nq', 'nghiquyet'],
    description: 'Nghị quyết (cá biệt) của HĐND: căn cứ, QUYẾT NGHỊ:, các điều, thông qua tại kỳ họp; ký TM.',
    body: [
      ...header('NQ-${10:HĐND}', 'HỘI ĐỒNG NHÂN DÂN'),
      ...typed('NGHỊ QUYẾT', 'Về việc ${11:thông qua kế hoạch đầu tư công năm 2027}'),
      '**${12:HỘI ĐỒNG NHÂN DÂN XÃ SƠN TỊNH}  ',
      '${13:KHÓA I, KỲ HỌP THỨ NĂM}**',
      '',
      '*Căn cứ ${14:Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025};*',
      '',
      '*Xét ${15:Tờ trình số 88/TTr-UBND ngày 20 tháng 11 năm 2026 của Ủy ban nhân dân xã về kế hoạch đầu tư công năm 2027}; ý kiến thảo luận của đại biểu Hội đồng nhân dân xã tại kỳ họp.*',
      '',
      '**QUYẾT NGHỊ:**',
      '',
      '**Điều 1.** ${16:Thông qua kế hoạch đầu tư công năm 2027 của xã}.',
      '',
      '**Điều 2.** Giao Ủy ban nhân dân xã tổ chức thực hiện Nghị quyết này.',
      '',
      '**Điều 3.** Nghị quyết này có hiệu lực từ ngày thông qua.',
      '',
      'Nghị quyết này đã được ${17:Hội đồng nhân dân xã Sơn Tịnh khóa I, Kỳ họp thứ năm} thông qua ngày ${18:10 tháng 12 năm 2026}./.$0',
      '',
      ...noiNhan('${19:Thường trực HĐND tỉnh}', '${20:UBND xã}'),
      ...sign(21, ['TM. HỘI ĐỒNG NHÂN DÂN', 'CHỦ TỊCH']),
    ],
  },
  'Chỉ thị': {
    prefix: ['ct', 'chithi'],
    description: 'Chỉ thị: lý do, các yêu cầu đánh số có điểm, câu kết; Chủ tịch ký',
    body: [
      ...header('CT-${10:UBND}'),
      ...typed('CHỈ THỊ', 'Về ${11:tăng cường kỷ luật, kỷ cương hành chính}'),
      '${12:Nhằm nâng cao hiệu quả giải quyết công việc cho người dân, doanh nghiệp}, ${13:Chủ tịch Ủy ban nhân dân xã} yêu cầu:',
      '',
      '1. ${14:Thủ trưởng các cơ quan, đơn vị thuộc UBND xã}:',
      '',
      'a) ${15:Nội dung thứ nhất};',
      '',
      'b) ${16:Nội dung thứ hai}.',
      '',
      '2. ${17:Văn phòng HĐND và UBND xã theo dõi, kiểm tra việc thực hiện}.',
      '',
      '${18:Chủ tịch Ủy ban nhân dân xã yêu cầu thủ trưởng các cơ quan, đơn vị nghiêm túc thực hiện Chỉ thị này}./.$0',
      '',
      ...noiNhan('${19:Thường trực Đảng ủy xã}', '${20:Các cơ quan, đơn vị thuộc UBND xã}'),
      ...sign(21, ['CHỦ TỊCH']),
    ],
  },
  'Hướng dẫn': {
    prefix: ['hd', 'huongdan'],
    description: 'Hướng dẫn: I. Mục đích, yêu cầu; II. Nội dung hướng dẫn; III. Tổ chức thực hiện; ký KT.',
    body: [
      ...header('HD-${10:UBND}'),
      ...typed('HƯỚNG DẪN', '${11:Thực hiện tiếp nhận hồ sơ thủ tục hành chính trực tuyến}'),
      '${12:Thực hiện Kế hoạch số 40/KH-UBND ngày 15/02/2026 của UBND tỉnh Quảng Ngãi về chuyển đổi số năm 2026}, ${13:UBND xã} hướng dẫn như sau:',
      '',
      '**I. ${14:MỤC ĐÍCH, YÊU CẦU}**',
      '',
      '${15:Nội dung mục đích, yêu cầu}.',
      '',
      '**II. ${16:NỘI DUNG HƯỚNG DẪN}**',
      '',
      '1. ${17:Nội dung thứ nhất}.',
      '',
      '2. ${18:Nội dung thứ hai}.',
      '',
      '**III. TỔ CHỨC THỰC HIỆN**',
      '',
      '${19:Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Văn phòng HĐND và UBND xã để được hướng dẫn}./.$0',
      '',
      ...noiNhan('${20:Các cơ quan, đơn vị thuộc UBND xã}', '${21:Các thôn}'),
      ...sign(22, ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']),
    ],
  },
  'Chương trình': {
    prefix: ['ctr', 'chuongtrinh'],
    description: 'Chương trình: I. Mục tiêu; II. Nhiệm vụ, giải pháp; III. Tổ chức thực hiện; ký TM.',
    body: [
      ...header('CTr-${10:UBND}'),
      ...typed('CHƯƠNG TRÌNH', '${11:Công tác năm 2027 của Ủy ban nhân dân xã}'),
      '**I. ${12:MỤC TIÊU}**',
      '',
      '${13:Nội dung mục tiêu}.',
      '',
      '**II. ${14:NHIỆM VỤ, GIẢI PHÁP}**',
      '',
      '1. ${15:Nhiệm vụ thứ nhất}.',
      '',
      '2. ${16:Nhiệm vụ thứ hai}.',
      '',
      '**III. TỔ CHỨC THỰC HIỆN**',
      '',
      '${17:Các cơ quan, đơn vị thuộc UBND xã căn cứ Chương trình này xây dựng kế hoạch thực hiện}./.$0',
      '',
      ...noiNhan('${18:Thường trực Đảng ủy xã}', '${19:Các cơ quan, đơn vị thuộc UBND xã}'),
      ...sign(20, ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']),
    ],
  },
  'Phương án': {
    prefix: ['pa', 'phuongan'],
    description: 'Phương án: I. Tình hình; II. Nội dung phương án; III. Tổ chức thực hiện; ký KT.',
    body: [
      ...header('PA-${10:UBND}'),
      ...typed('PHƯƠNG ÁN', '${11:Ứng phó thiên tai năm 2027 trên địa bàn xã}'),
      '**I. ${12:TÌNH HÌNH}**',
      '',
      '${13:Đặc điểm tình hình}.',
      '',
      '**II. ${14:NỘI DUNG PHƯƠNG ÁN}**',
      '',
      '1. ${15:Phương án thứ nhất}.',
      '',
      '2. ${16:Phương án thứ hai}.',
      '',
      '**III. TỔ CHỨC THỰC HIỆN**',
      '',
      '${17:Các cơ quan, đơn vị thuộc UBND xã và các thôn triển khai thực hiện Phương án này}./.$0',
      '',
      ...noiNhan('${18:Thường trực Đảng ủy xã}', '${19:Các cơ quan, đơn vị thuộc UBND xã}'),
      ...sign(20, ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']),
    ],
  },
  'Đề án': {
    prefix: ['dean'],
    description: 'Đề án: I. Sự cần thiết; II. Mục tiêu, nội dung; III. Tổ chức thực hiện; ký TM.',
    body: [
      ...header('ĐA-${10:UBND}'),
      ...typed('ĐỀ ÁN', '${11:Phát triển du lịch cộng đồng giai đoạn 2027 - 2030}'),
      '**I. ${12:SỰ CẦN THIẾT}**',
      '',
      '${13:Sự cần thiết xây dựng đề án}.',
      '',
      '**II. ${14:MỤC TIÊU, NỘI DUNG}**',
      '',
      '1. ${15:Mục tiêu}.',
      '',
      '2. ${16:Nội dung}.',
      '',
      '**III. TỔ CHỨC THỰC HIỆN**',
      '',
      '${17:Các cơ quan, đơn vị thuộc UBND xã tổ chức thực hiện Đề án này}./.$0',
      '',
      ...noiNhan('${18:Thường trực Đảng ủy xã}', '${19:Các cơ quan, đơn vị thuộc UBND xã}'),
      ...sign(20, ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']),
    ],
  },
  'Giấy ủy quyền': {
    prefix: ['guq', 'giayuyquyen'],
    description: 'Giấy ủy quyền: căn cứ, người ủy quyền, người được ủy quyền, nội dung, thời hạn',
    body: [
      ...header('GUQ-${10:UBND}'),
      ...typed('GIẤY ỦY QUYỀN', 'Về việc ${11:ký văn bản trả lời đơn thuộc lĩnh vực đất đai}'),
      'Căn cứ ${12:Quy chế làm việc của Ủy ban nhân dân xã Sơn Tịnh};',
      '',
      'Tôi, ${13:Nguyễn Văn A}, ${14:Chủ tịch Ủy ban nhân dân xã}, ủy quyền cho ${15:ông Trần Văn D, Chánh Văn phòng HĐND và UBND xã}, ${16:ký các văn bản trả lời đơn thuộc lĩnh vực đất đai}.',
      '',
      'Thời hạn ủy quyền: từ ngày ${17:01/12/2026} đến ngày ${18:31/12/2026}.',
      '',
      'Người được ủy quyền không được ủy quyền lại cho người khác./.$0',
      '',
      ...noiNhan('${19:Ông Trần Văn D}'),
      ...sign(20, ['CHỦ TỊCH']),
    ],
  },
  'Giấy nghỉ phép': {
    prefix: ['gnp', 'giaynghiphep'],
    description: 'Giấy nghỉ phép: người được nghỉ, thời gian, nơi nghỉ phép',
    body: [
      ...header('GNP-${10:UBND}'),
      '**GIẤY NGHỈ PHÉP**',
      '',
      'Xét đề nghị của ${11:ông (bà) Nguyễn Văn B}, ${12:Chủ tịch Ủy ban nhân dân xã Sơn Tịnh} cấp cho:',
      '',
      'Ông (bà): ${13:Nguyễn Văn B}, chức vụ: ${14:Công chức Văn phòng - Thống kê}.',
      '',
      'Được nghỉ phép ${15:năm 2026} trong thời gian ${16:05 ngày}, từ ngày ${17:15 tháng 12 năm 2026} đến hết ngày ${18:19 tháng 12 năm 2026}.',
      '',
      'Nơi nghỉ phép: ${19:xã Sơn Tịnh, tỉnh Quảng Ngãi}./.$0',
      '',
      ...noiNhan('${20:Ông (bà) Nguyễn Văn B}'),
      ...sign(21, ['CHỦ TỊCH']),
    ],
  },
  'Phiếu chuyển': {
    prefix: ['pc', 'phieuchuyen'],
    description: 'Phiếu chuyển: Kính gửi nơi giải quyết, chuyển đơn, thư để xem xét theo thẩm quyền',
    body: [
      ...header('PC-${10:UBND}'),
      '**PHIẾU CHUYỂN**',
      '',
      'Kính gửi: ${11:Công chức Địa chính - Xây dựng}.',
      '',
      '${12:Ủy ban nhân dân xã} chuyển ${13:đơn của ông Nguyễn Văn C, trú tại thôn 1, kiến nghị về việc sửa chữa đường giao thông}, đến ${14:công chức Địa chính - Xây dựng} để xem xét, giải quyết theo thẩm quyền./.$0',
      '',
      ...noiNhan('Như trên', '${15:Ông Nguyễn Văn C (để biết)}'),
      ...sign(16, ['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG']),
    ],
  },
};

// Clauses: inserted inside a letter.
const CLAUSES = {
  'Kính gửi một nơi': {
    prefix: ['kinhgui', 'kg'],
    description: 'Kính gửi: một nơi nhận, cùng dòng',
    body: ['Kính gửi: ${1:Sở Nội vụ tỉnh Quảng Ngãi}$0'],
  },
  'Kính gửi nhiều nơi': {
    prefix: ['kinhguinhieu', 'kgn'],
    description: 'Kính gửi: mỗi nơi một dòng, dòng cuối kết thúc bằng dấu chấm',
    body: ['Kính gửi:', '', '- ${1:Các cơ quan, đơn vị thuộc UBND xã};', '- ${2:các thôn}.$0'],
  },
  'Căn cứ': {
    prefix: ['cancu', 'cc'],
    description: 'Căn cứ ban hành (in nghiêng, mỗi căn cứ một dòng)',
    body: ['*Căn cứ ${1:Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015}${2|;,.|}*$0'],
  },
  'Nhiệm vụ có điểm': {
    prefix: ['nhiemvu', 'khoan'],
    description: 'Khoản đánh số có các điểm a), b)',
    body: ['${1:1}. ${2:các thôn}:', '', 'a) ${3:Nội dung thứ nhất};', '', 'b) ${4:Nội dung thứ hai}.$0'],
  },
  'Viện dẫn văn bản': {
    prefix: ['viendan', 'trichdan'],
    description: 'Viện dẫn văn bản lần đầu: tên loại, số, ký hiệu, ngày, cơ quan ban hành, trích yếu',
    body: [
      '${1|Kế hoạch,Quyết định,Công văn,Thông báo,Báo cáo,Chỉ thị|} số ${2:40}/${3:KH-UBND} ngày ${4:15} tháng ${5:02} năm ${6:2026} của ${7:UBND tỉnh Quảng Ngãi} về ${8:bảo vệ môi trường năm 2026}$0',
    ],
  },
  'Câu kết đề nghị': {
    prefix: ['ketthuc', 'denghi'],
    description: 'Câu kết: đề nghị thực hiện, kết thúc bằng ./.',
    body: ['${1|Đề nghị,Yêu cầu|} ${2:các cơ quan, đơn vị} ${3:nghiêm túc thực hiện}./.$0'],
  },
  'Nơi nhận': {
    prefix: ['noinhan', 'nn'],
    description: 'Nơi nhận: Như trên; …; Lưu: VT, <đơn vị>.',
    body: ['**Nơi nhận:**', '', '- ${1:Như trên};', '- ${2:Chủ tịch, các PCT UBND xã};', '- Lưu: VT, ${3:VP}.$0'],
  },
  'Ký thay mặt (TM.)': {
    prefix: ['tm', 'thaymat'],
    description: 'Người đứng đầu ký thay mặt tập thể',
    body: sign(1, ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']).concat('$0'),
  },
  'Ký thay (KT.)': {
    prefix: ['kt', 'kythay'],
    description: 'Cấp phó ký thay người đứng đầu',
    body: sign(1, ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']).concat('$0'),
  },
  'Ký thay mặt, ký thay (TM. KT.)': {
    prefix: ['tmkt'],
    description: 'Cấp phó ký thay người đứng đầu của tập thể',
    body: sign(1, ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']).concat('$0'),
  },
  'Quyền (Q.)': {
    prefix: ['q', 'quyen'],
    description: 'Cấp phó được giao quyền người đứng đầu',
    body: sign(1, ['Q. GIÁM ĐỐC']).concat('$0'),
  },
  'Thừa lệnh (TL.)': {
    prefix: ['tl', 'thualenh'],
    description: 'Người đứng đầu đơn vị ký thừa lệnh',
    body: sign(1, ['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG']).concat('$0'),
  },
  'Thừa ủy quyền (TUQ.)': {
    prefix: ['tuq', 'thuauyquyen'],
    description: 'Người đứng đầu đơn vị được ủy quyền ký',
    body: sign(1, ['TUQ. GIÁM ĐỐC', 'TRƯỞNG PHÒNG TỔ CHỨC CÁN BỘ']).concat('$0'),
  },
};

export function buildSnippets() {
  const out = {};
  for (const [name, s] of Object.entries(LETTERS))
    out[name] = { prefix: s.prefix, description: s.description, isFileTemplate: true, body: s.body };
  for (const [name, s] of Object.entries(CLAUSES))
    out[name] = { prefix: s.prefix, description: s.description, body: s.body };
  return JSON.stringify(out, null, 2) + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = buildSnippets();
  if (process.argv.includes('--check')) {
    let old = '';
    try {
      old = readFileSync(SNIPPET_PATH, 'utf8');
    } catch {}
    if (old !== text) {
      console.error('snippets/vanthu.code-snippets is out of date: run node scripts/gen-snippets.mjs');
      process.exit(1);
    }
  } else {
    writeFileSync(SNIPPET_PATH, text);
    console.log(`wrote ${SNIPPET_PATH}`);
  }
}
