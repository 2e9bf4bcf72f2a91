// A báo cáo "cấp dưới gửi cấp trên" (NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 9 điểm b) shows where it goes: its
// Nơi nhận starts with "Như trên;" / "Như kính gửi;", or its text says "kính báo cáo", "kính trình". KG-01 reports
// the missing Kính gửi of such a báo cáo, and NN-05 leaves its "Như trên" alone (one slip, one finding).
import { itemBody, noiNhanItems } from './footer.js';
import type { Letter } from './model.js';

const NHU_TREN_FIRST = /^Như[ \t]+(?:trên|kính[ \t]+gửi)(?![\p{L}])/iu;
const KINH_BAO_CAO = /(?<![\p{L}])kính[ \t]+(?:báo[ \t]+cáo|trình)(?![\p{L}])/iu;

export function upwardReportWithoutKinhGui(letter: Letter): boolean {
  if (letter.type !== 'bao-cao' || letter.kinhGui) return false;
  const first = noiNhanItems(letter.noiNhan)[0];
  if (first && NHU_TREN_FIRST.test(itemBody(first))) return true;
  return letter.body.some((p) => KINH_BAO_CAO.test(p.joined.key));
}
