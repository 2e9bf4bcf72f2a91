// Regex library of the rule catalogue (§1), matched against clean lines (`Line.key`: NFC, emphasis stripped,
// tone placement folded). JavaScript `\b` is ASCII-only, so word edges use `(?![\p{L}])` look-arounds.

// Type abbreviations of Phụ lục III (administrative documents). Order does not matter because every use
// is anchored and followed by "-".
export const TYPE = 'NQ|QĐ|CT|QC|QyĐ|TC|TB|HD|CTr|KH|PA|ĐA|DA|BC|BB|TTr|HĐ|CĐ|BGN|BTT|GUQ|GM|GGT|GNP|PG|PC|PB';
export const GRP = '[\\p{Lu}][\\p{L}0-9&]*'; // one abbreviation group: UBND, KTTH, TTg, BGDĐT, HĐND&UBND
// Type words of citations. `either` lets the first letter be upper or lower case ("công văn số …" is common in
// running text; VH-03 reports it). `kết luận` and `thông tri` are in the state list too, so that a Party document
// cited in the state form (`Kết luận số 1753/KL-TU`) is captured and VD-03 can report it; so are `nghị định`, `thông
// tư`
// cited without their year (`Nghị định số 30/NĐ-CP`), for VD-06.
export const LOAI_STATE =
  'nghị quyết|quyết định|chỉ thị|quy chế|quy định|thông cáo|thông báo|hướng dẫn|chương trình|kế hoạch|phương án|đề án|dự án|báo cáo|biên bản|tờ trình|hợp đồng|công văn|công điện|giấy mời|văn bản|kết luận|thông tri|nghị định|thông tư liên tịch|thông tư';
export const LOAI_PARTY =
  'nghị quyết|quyết định|chỉ thị|kết luận|quy chế|quy định|thông tri|hướng dẫn|thông báo|thông cáo|báo cáo|kế hoạch|quy hoạch|chương trình|đề án|phương án|dự án|tờ trình|công văn'; // Quy định 399-QĐ/TW (2026) adds dự án
// Citation words match in any case: an upper-cased trích yếu still cites ("KẾ HOẠCH SỐ 119-KH/TU NGÀY …").
export const ci = (s: string): string =>
  [...s]
    .map((c) => {
      const u = c.toLocaleUpperCase('vi');
      return u !== c ? `[${c}${u}]` : c;
    })
    .join('');
const either = (s: string): string => s.split('|').map(ci).join('|');
// A Vietnamese vowel with any (or no) diacritic, for matching misspelt fixed phrases.
const V = {
  a: '[aàáảãạăằắẳẵặâầấẩẫậ]',
  e: '[eèéẻẽẹêềếểễệ]',
  i: '[iìíỉĩịyỳýỷỹỵ]',
  o: '[oòóỏõọôồốổỗộơờớởỡợ]',
  u: '[uùúủũụưừứửữự]',
};
export const CGRP = '\\p{Lu}[\\p{L}0-9&]*(?:\\.\\p{Lu}[\\p{L}0-9&]*)*'; // a cited group; a dot occurs in issued codes (BC-VP.HĐND)
export const R: Record<string, RegExp> = {
  QH: /^CỘNG H(?:ÒA|OÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM$/u,
  // recognise a misspelt one: any vowel may carry a wrong or missing diacritic ("NGHỈA", "XÃ HÔI")
  QH_LOOSE: new RegExp(
    `^c${V.o}ng[ \\t]*h${V.o}${V.a}[ \\t]*(?:x${V.a}[ \\t]*h${V.o}${V.i}[ \\t]*ch${V.u}[ \\t]*ngh${V.i}${V.a}|xhcn)[ \\t]*v${V.i}${V.e}t[ \\t]*n${V.a}m`,
    'iu',
  ),
  TN: /^Độc lập - Tự do - Hạnh phúc$/u,
  TN_LOOSE: /^độc[ \t]*lập[ \t]*[-–—][ \t]*tự[ \t]*do[ \t]*[-–—][ \t]*hạnh[ \t]*phúc$/iu,
  SO: new RegExp(`^Số:[ \\t]*(?<so>\\d+|[ \\t.…_]*)[ \\t]*\\/(?<kh>${GRP}(?:-${GRP})*)$`, 'u'),
  SO_QPPL: new RegExp(`^Số:[ \\t]*(?<so>\\d+|[ \\t.…_]*)[ \\t]*\\/(?<nam>\\d{4})\\/(?<kh>${GRP}(?:-${GRP})*)$`, 'u'),
  // v2: a dot inside a group after the first "-" ("Số: 26/TB-VP.UBND", "Số: /GM-VPĐK.CT-TĐĐ"): SKH-01 warning
  SO_DOT: new RegExp(`^Số:[ \\t]*(?<so>\\d+|[ \\t.…_]*)[ \\t]*\\/(?<kh>${GRP}(?:-${CGRP})+)$`, 'u'),
  SO_LOOSE: /^Số(?!\p{L})[ \t]*[:.]?[ \t]*(?<rest>[\d\/.…_].*)?$/u, // malformed "Số" lines, not "Số lượng …"
  KH_TENLOAI: new RegExp(`^(?<loai>${TYPE})-(?<cq>${GRP}(?:-${GRP})*)$`, 'u'),
  KH_CONGVAN: new RegExp(`^(?!(?:${TYPE})-)(?<cq>${GRP})-(?<dv>${GRP}(?:-${GRP})*)$`, 'u'),
  DATE: /^(?<place>[^,\n]+),[ \t]+ngày(?:[ \t]+(?<d>\d{1,2}))?[ \t.…_]*[ \t]tháng(?:[ \t]+(?<m>\d{1,2}))?[ \t.…_]*[ \t]năm[ \t]+(?<y>\d{4})$/u,
  DATE_LOOSE:
    /^(?![Nn]gày(?![\p{L}]))(?<place>\p{Lu}[^,\n]{0,40}?)[ \t]*,?[ \t]+(?:[Nn]gày(?![\p{L}])|\d{1,2}[\/.-]\d{1,2}[\/.-]\d{4})/u, // malformed date line (DD-01)
  // v2: a word may continue after an apostrophe with a capital (Ea H'Leo, B'Lao, M'Drắk); digits (Hà Giang 2); a
  // hyphen with or without spaces (Văn Miếu - Quốc Tử Giám, Bà Rịa-Vũng Tàu)
  PLACE:
    /^(?:(?:Thành phố|Thị xã|Thị trấn|Quận|Huyện|Phường|Xã|Đặc khu)[ \t]+)?(?:\p{Lu}\p{Ll}*(?:['’]\p{L}\p{Ll}*)*|\d+)(?:(?:[ \t]+|[ \t]*-[ \t]*)(?:\p{Lu}\p{Ll}*(?:['’]\p{L}\p{Ll}*)*|\d+))*$/u,
  VV: /^V\/v[ \t]+\S/u,
  VV_LOOSE: /^(?:V[ \t]*[\/.][ \t]*[Vv]|v[ \t]*\/[ \t]*v|Về việc)(?=[ \t:])/u, // also "V/v:" (TL-04 warning)
  TENLOAI:
    /^(NGHỊ QUYẾT|QUYẾT ĐỊNH|CHỈ THỊ|QUY CHẾ|QUY ĐỊNH|THÔNG CÁO|THÔNG BÁO|HƯỚNG DẪN|CHƯƠNG TRÌNH|KẾ HOẠCH|PHƯƠNG ÁN|ĐỀ ÁN|DỰ ÁN|BÁO CÁO|BIÊN BẢN|TỜ TRÌNH|HỢP ĐỒNG|CÔNG ĐIỆN|BẢN GHI NHỚ|BẢN THỎA THUẬN|GIẤY ỦY QUYỀN|GIẤY MỜI|GIẤY GIỚI THIỆU|GIẤY NGHỈ PHÉP|PHIẾU GỬI|PHIẾU CHUYỂN|PHIẾU BÁO|THƯ CÔNG)$/u, // after §0.4 normalisation
  KINHGUI: /^Kính gửi:(?<inline>[ \t]+\S.*)?$/u,
  KINHGUI_LOOSE: /^k[ií]nh[ \t]*g[ửởưu]i(?![\p{L}])/iu, // "Kính gửi :", no colon, "KÍNH GỬI", "Kính gởi"
  ITEM: /^-[ \t]+(?<text>\S.*?)(?<end>[;.,])?$/u,
  CANCU: /^Căn cứ[ \t]+\S/u,
  DIEU: /^Điều[ \t]+(?<n>\d+)\.[ \t]*(?<title>.*)$/u,
  DIEU_COLON: /^Điều[ \t]+(?<n>\d+)[ \t]*:[ \t]*(?<title>.*)$/u, // "Điều 1: …" — an article with the wrong mark (NB-01)
  KHOAN: /^(?<n>\d{1,3})\.[ \t]+\S/u,
  KHOAN_ML: /^(?<n>\d{1,3}(?:\.\d{1,3})+)\.?[ \t]+\S/u, // multi-level "2.1.", "16.2." (practice)
  DIEM: /^(?<l>[a-zđ])\)[ \t]+\S/u,
  DIEM_OK: /^[a-dđeghik-vxy]$/u, // the 23 valid point letters
  DIEM_DOT: /^(?<l>[a-zđ])\.[ \t]+\S/u, // "a." — wrong point marker
  KHOAN_PAR: /^(?<n>\d{1,3})\)[ \t]+\S/u, // "1)" — wrong clause marker
  MUC: /^(?=[IVXLC])(?<r>C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))\.[ \t]+\S/u,
  PHAN: /^Phần[ \t]+(?<r>[IVXLC]+|thứ[ \t]+\p{Ll}+)$/u,
  CHUONG: /^Chương[ \t]+(?<r>[IVXLC]+)$/u,
  MUC_QP: /^(?:Mục|Tiểu mục)[ \t]+(?<n>\d+)$/u,
  END: /\.\/\.$/u,
  NOINHAN: /^Nơi nhận:$/u,
  NOINHAN_LOOSE: /^n[ơo]i[ \t]*nh[ậa]n[ \t]*:?[ \t]*(?:$|[-–+][ \t])/iu, // "Nơi nhận :", "NƠI NHẬN:", heading + first item
  LUU: /^-?[ \t]*Lưu:[ \t]*VT(?:,[ ](?![ \t])[^,;]+?)*\.(?:[ \t]+\S.*|\d[\p{L}\d()]*)?$/u, // ", " between units; drafter code / copies after the "." allowed
  LUU_LOOSE: /^-?[ \t]*Lưu(?![\p{L}])/iu, // the archive item, well-formed or not
  AUTH: /^(?<pre>TM\.|KT\.|Q\.|TL\.|TUQ\.)[ \t]+(?<rest>\p{Lu}.*)$/u,
  AUTH_BAD:
    /^(?:T\/M|K\/T|T\/L|T\/UQ|TU\.|K\.T\.?|Kt\.|Tm\.|Tl\.|(?:TM|KT|TL|TUQ|Q)(?=[ \t])|(?:TM|KT|TL|TUQ|Q)\.(?=\S))/u, // also "KT.CHỦ TỊCH"
  TITLE_START:
    /^(?:(?:PHÓ|P\.)[ \t]*)?(?:CHỦ TỊCH|CHỦ NHIỆM|CHỦ TỌA|(?:TỔNG[ \t]+)?GIÁM ĐỐC|CHÁNH|THỦ TƯỚNG|THỐNG ĐỐC|TỔNG THANH TRA|BÍ THƯ|ỦY VIÊN|THƯ KÝ|ĐẠI DIỆN[ \t]+BÊN|NGƯỜI[ \t]+(?:ĐƯỢC[ \t]+)?ỦY[ \t]+QUYỀN|(?:\p{Lu}+[ \t]+){0,2}TRƯỞNG)(?![\p{L}])/iu, // a person's title starts here, any case (extend by config)
  SIGNED: /^(?:[(\[](?:đã ký|ký|chữ ký)[^)\]]*[)\]]|đã ký)$/iu, // "(Đã ký)", "[đã ký]", "(Chữ ký, dấu)"
  HONORIFIC:
    /^(?:GS|PGS|TS|ThS|TSKH|KS|BSCKII|BSCKI|BS|CN|DS|LS|NGƯT|NGND|Đ\/c|Ông|Bà)\.?(?:[ \t]|\p{Lu}{2,}\.?[ \t])/u,
  PARTY_HEAD: /^ĐẢNG CỘNG SẢN VIỆT NAM$/u,
  PARTY_SO: /^Số[ \t]*:?[ \t]*(?<so>\d+|[ \t.…_]*)-(?<kh>\p{Lu}\p{L}*)\/(?<cq>\p{Lu}[\p{L}0-9]*)$/u, // pages often print "Số:"
  // citations inside running text (global). Spaces around "/" and "-" and an en dash between capital groups are
  // tolerated (`15/ UBND-VX`, `205- CV/ HU`, `88/KH – BCĐ`); remove them (en dash → "-") from the captured number
  // before comparing. "số" may be missing (`Quyết định 1234/QĐ-UBND`); a number may carry a letter (`1249a/…`).
  CITE_STATE: new RegExp(
    `(?<![\\p{L}])(?<loai>${either(LOAI_STATE)})[ \\t]+(?:${ci('số')}[ \\t]+|${ci('sô')}[ \\t]+)?(?<so>\\d+[a-z]?)[ \\t]*\\/[ \\t]*(?<kh>${CGRP}(?:(?:-|[ \\t]*[-–][ \\t]*(?=\\p{Lu}[\\p{Lu}0-9&]*(?![\\p{L}0-9])))${CGRP})*)`,
    'gu',
  ),
  // also 80/2015/QH13, 12/2010/TT-BGD&ĐT; a stray space or en dash inside (`15/2018/NĐ- CP`) is read as in CITE_STATE
  CITE_QPPL:
    /(?<so>\d+)[ \t]*\/[ \t]*(?<nam>(?:19|20)\d{2})[ \t]*\/[ \t]*(?<kh>\p{Lu}[\p{L}0-9&]*(?:(?:-|[ \t]*[-–][ \t]*(?=\p{Lu}[\p{Lu}0-9&]*(?![\p{L}0-9])))\p{Lu}[\p{L}0-9&]*)*)/gu,
  CITE_PARTY: new RegExp(
    `(?<![\\p{L}])(?<loai>${either(LOAI_PARTY)})(?:[ \\t]+${ci('hành động')})?[ \\t]+(?:${ci('số')}[ \\t]+)?(?<so>\\d+)[ \\t]*-[ \\t]*(?<kh>\\p{Lu}\\p{L}*)[ \\t]*\\/[ \\t]*(?<cq>\\p{Lu}[\\p{L}0-9]*(?:-\\p{Lu}[\\p{L}0-9]*)?)`,
    'gu',
  ), // also two codes: 03-KH/BTGTU-VP
  DATE_TXT: new RegExp(
    `${ci('ngày')}[ \\t]+(?<d>\\d{1,2})[\\/.-](?<m>\\d{1,2})[\\/.-](?<y>\\d{4})|${ci('ngày')}[ \\t]+(?<d2>\\d{1,2})[ \\t]+${ci('tháng')}[ \\t]+(?<m2>\\d{1,2})[ \\t]+${ci('năm')}[ \\t]+(?<y2>\\d{4})`,
    'gu',
  ),
};
// Vietnamese point-letter order and successor:
export const DIEM_ORDER = [...'abcdđeghiklmnopqrstuvxy']; // no f, j, w, z; đ comes after d
// d→đ, đ→e, e→g, i→k, v→x, x→y
export const nextDiem = (c: string): string | undefined => DIEM_ORDER[DIEM_ORDER.indexOf(c) + 1];
// Title-case a place taken from an upper-case agency line: "ĐỨC PHỔ" → "Đức Phổ"
export const titleCase = (s: string): string =>
  s
    .toLocaleLowerCase('vi')
    .split(/\s+/)
    .map((w) => w[0].toLocaleUpperCase('vi') + w.slice(1))
    .join(' ');
