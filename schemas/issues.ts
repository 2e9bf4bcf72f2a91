// A zod issue as a reason a user can act on, in Vietnamese and in English (zod's own messages are English and
// terse: "Invalid input"). Shared by the .vanthurc loader and the document registry.
import type { z } from 'zod';

export interface Reason {
  vi: string;
  en: string;
}

const TYPE_VI: Record<string, string> = {
  string: 'một chuỗi ký tự',
  number: 'một số',
  boolean: 'true hoặc false',
  object: 'một đối tượng (các cặp khóa: giá trị)',
  array: 'một danh sách',
  null: 'null',
  undefined: 'không có giá trị',
  date: 'một ngày',
};
const TYPE_EN: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object (key: value pairs)',
  array: 'a list',
  null: 'null',
  undefined: 'no value',
  date: 'a date',
};

const show = (v: unknown): string => {
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? v.slice(0, 60) + '…' : v);
  if (v === undefined) return '(trống)';
  if (typeof v === 'object' && v !== null) return Array.isArray(v) ? '[…]' : '{…}';
  return String(v);
};

/** The values an issue's schema accepts, when it lists them (enums, literals, unions of those and of types). */
function accepted(issue: z.ZodIssue): { values: string[]; types: string[] } {
  const values: string[] = [];
  const types: string[] = [];
  const visit = (i: z.ZodIssue) => {
    if (i.code === 'invalid_enum_value') values.push(...i.options.map((o) => JSON.stringify(o)));
    else if (i.code === 'invalid_literal') values.push(JSON.stringify(i.expected));
    else if (i.code === 'invalid_type') types.push(i.expected);
    else if (i.code === 'invalid_union') for (const e of i.unionErrors) for (const j of e.issues) visit(j);
  };
  visit(issue);
  return { values: [...new Set(values)], types: [...new Set(types)] };
}

/** `value`: what the file holds at the issue's path (quoted in the reason). */
export function describeIssue(issue: z.ZodIssue, value: unknown): Reason {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined') return { vi: 'Thiếu giá trị bắt buộc', en: 'A required value is missing' };
      return {
        vi: `Phải là ${TYPE_VI[issue.expected] ?? issue.expected}, không phải ${show(value)}`,
        en: `Must be ${TYPE_EN[issue.expected] ?? issue.expected}, not ${show(value)}`,
      };
    case 'invalid_enum_value':
    case 'invalid_literal':
    case 'invalid_union': {
      const { values, types } = accepted(issue);
      const vi = [...values, ...types.filter((t) => t !== 'string' || !values.length).map((t) => TYPE_VI[t] ?? t)];
      const en = [...values, ...types.filter((t) => t !== 'string' || !values.length).map((t) => TYPE_EN[t] ?? t)];
      if (!vi.length) break;
      const last = (l: string[], word: string) =>
        l.length > 1 ? `${l.slice(0, -1).join(', ')} ${word} ${l.at(-1)}` : l[0];
      return {
        vi: `Giá trị ${show(value)} không hợp lệ; dùng ${last(vi, 'hoặc')}`,
        en: `Invalid value ${show(value)}; use ${last(en, 'or')}`,
      };
    }
    case 'unrecognized_keys':
      return {
        vi: `Khóa không được phép: ${issue.keys.join(', ')}`,
        en: `Key not allowed: ${issue.keys.join(', ')}`,
      };
    case 'too_small':
      if (issue.type === 'string' && Number(issue.minimum) === 1)
        return { vi: 'Không được để trống', en: 'Must not be empty' };
      if (issue.type === 'number' && issue.message && !/^Number must/.test(issue.message))
        return { vi: issue.message, en: `Must be at least ${issue.minimum}` };
      return { vi: `Phải tối thiểu ${issue.minimum}`, en: `Must be at least ${issue.minimum}` };
    case 'too_big':
      if (issue.type === 'number' && issue.message && !/^Number must/.test(issue.message))
        return { vi: issue.message, en: `Must be at most ${issue.maximum}` };
      return { vi: `Phải tối đa ${issue.maximum}`, en: `Must be at most ${issue.maximum}` };
    case 'invalid_string':
      if (issue.validation === 'url')
        return { vi: `Địa chỉ không hợp lệ: ${show(value)}`, en: `Not a valid address: ${show(value)}` };
      break;
  }
  return { vi: issue.message, en: issue.message };
}
