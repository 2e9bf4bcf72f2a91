// The letter's own date as a range of days (catalogue §3.4, DD-06 input 3): a full date is one day, "ngày … tháng 5
// năm 2023" the month, "ngày … tháng … năm 2025" the year; no year at all → today, marked as assumed.
import type { Letter } from './model.js';

export interface LetterDate {
  from: string; // ISO, inclusive
  to: string; // ISO, inclusive
  /** No year written: today is assumed. */
  assumed: boolean;
  /** How the date reads in a message: "12/03/2026", "tháng 5/2023", "năm 2025". */
  label: { vi: string; en: string };
}

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (m: number, y: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function letterDate(letter: Letter, today: string): LetterDate {
  const d = letter.date;
  const y = d?.year ? +d.year : NaN;
  if (!d || !Number.isInteger(y)) {
    const [ty, tm, td] = today.split('-');
    return {
      from: today,
      to: today,
      assumed: true,
      label: {
        vi: `chưa ghi năm, lấy ngày hôm nay ${td}/${tm}/${ty}`,
        en: `no year written; today, ${td}/${tm}/${ty}, assumed`,
      },
    };
  }
  const m = d.month ? +d.month : NaN;
  const day = d.day ? +d.day : NaN;
  if (Number.isInteger(m) && m >= 1 && m <= 12) {
    if (Number.isInteger(day) && day >= 1 && day <= daysIn(m, y)) {
      const iso = `${y}-${pad(m)}-${pad(day)}`;
      const s = `${pad(day)}/${pad(m)}/${y}`;
      return { from: iso, to: iso, assumed: false, label: { vi: `ngày ${s}`, en: s } };
    }
    return {
      from: `${y}-${pad(m)}-01`,
      to: `${y}-${pad(m)}-${pad(daysIn(m, y))}`,
      assumed: false,
      label: { vi: `tháng ${m}/${y}`, en: `${pad(m)}/${y}` },
    };
  }
  return { from: `${y}-01-01`, to: `${y}-12-31`, assumed: false, label: { vi: `năm ${y}`, en: String(y) } };
}

/** "2025-07-01" → "01/07/2025" */
export const dmy = (iso: string): string => iso.split('-').reverse().join('/');
