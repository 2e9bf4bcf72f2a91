// The Party profile by the document's date (catalogue §8.5): which guidance a Party document follows on its date, and
// the severity caps of the profile. Quy định 399-QĐ/TW ngày 09/01/2026 replaced Quy định 66-QĐ/TW ngày 06/02/2017
// (types, authority); Hướng dẫn 05-HD/VPTW replaced Hướng dẫn 36-HD/VPTW ngày 03/4/2018 (format) on a day only
// practitioners' transcriptions give (27/5/2026): a setting, `party.hd05From`.
import { letterDate, type LetterDate } from './letterdate.js';
import type { Letter } from './model.js';
import { vi, type PartyOptions, type Severity, type Text } from './rule.js';

export const QD399_FROM = '2026-01-09';
export const HD05_FROM_DEFAULT = '2026-05-27';

/** The day HD 05 applies from: the setting when it is an ISO date, the default otherwise. */
export function hd05From(party: PartyOptions | undefined): string {
  return party?.hd05From && /^\d{4}-\d{2}-\d{2}$/u.test(party.hd05From) ? party.hd05From : HD05_FROM_DEFAULT;
}

export interface PartyGuidance {
  date: LetterDate;
  /** The HD 05 switch date in force (ISO). */
  hd05: string;
  /** The format guidance on the document's date; `either` for a partial date that straddles the switch. */
  hd: 'hd36' | 'hd05' | 'either';
  /** The act on types and authority on the document's date. */
  qd: 'qd66' | 'qd399' | 'either';
}

export function partyGuidance(letter: Letter, today: string, party: PartyOptions | undefined): PartyGuidance {
  const date = letterDate(letter, today);
  const hd05 = hd05From(party);
  const by = <T>(from: string, before: T, after: T, either: T): T =>
    date.to < from ? before : date.from >= from ? after : either;
  return {
    date,
    hd05,
    hd: by<PartyGuidance['hd']>(hd05, 'hd36', 'hd05', 'either'),
    qd: by<PartyGuidance['qd']>(QD399_FROM, 'qd66', 'qd399', 'either'),
  };
}

/** The format guidance's name for a message ("Hướng dẫn 36-HD/VPTW", "… hoặc …"). */
export function guidanceName(g: PartyGuidance, lang: 'vi' | 'en' = 'vi'): string {
  const or = lang === 'vi' ? 'hoặc' : 'or';
  return g.hd === 'hd36'
    ? 'Hướng dẫn 36-HD/VPTW'
    : g.hd === 'hd05'
      ? 'Hướng dẫn 05-HD/VPTW'
      : `Hướng dẫn 36-HD/VPTW ${or} 05-HD/VPTW`;
}

/**
 * The source of a known HD 36 fact for a message: HD 36 alone before the HD 05 date; from it, HD 36 and the report
 * that HD 05 keeps the fact (catalogue §8.1: "HD 05 reported unchanged unless marked").
 */
export function keptFromHd36(g: PartyGuidance): Text {
  return g.hd === 'hd36'
    ? vi('Hướng dẫn 36-HD/VPTW', 'Hướng dẫn 36-HD/VPTW')
    : vi(
        'Hướng dẫn 36-HD/VPTW; Hướng dẫn 05-HD/VPTW, áp dụng vào ngày của văn bản, được cho là giữ nguyên cách ghi này',
        'Hướng dẫn 36-HD/VPTW; Hướng dẫn 05-HD/VPTW, in force on the date of the document, reportedly keeps it',
      );
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/**
 * The severity caps of the Party profile (catalogue §8.5): no Party finding is an error (no Party text is primary
 * here); one that rests on a fact marked unverified is at most info.
 */
export function partyCap(severity: Severity, unverified = false): Severity {
  const max: Severity = unverified ? 'info' : 'warning';
  return RANK[severity] > RANK[max] ? max : severity;
}
