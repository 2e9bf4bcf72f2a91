// The document registry (vanban.yaml / vanban.json): documents the workspace cites but does not hold, or facts
// about them (still in force, replaced by …). Validated with zod; each entry is checked on its own so that one bad
// entry does not hide the others.
import { z } from 'zod';

const GRP = '\\p{Lu}[\\p{L}0-9&]*(?:\\.\\p{Lu}[\\p{L}0-9&]*)*';
/** state `14/KH-UBND`, legal-normative `30/2020/NĐ-CP`, Party `1753-KL/TU` (spaces tolerated, removed before use). */
export const NUMBER_FORMS = {
  legal: new RegExp(`^\\d+\\/(?:19|20)\\d{2}\\/${GRP}(?:-${GRP})*$`, 'u'),
  party: new RegExp(`^\\d+-\\p{Lu}\\p{L}*\\/\\p{Lu}[\\p{L}0-9]*$`, 'u'),
  state: new RegExp(`^\\d+[a-z]?\\/${GRP}(?:-${GRP})*$`, 'u'),
};

export function numberFamily(n: string): 'state' | 'legal' | 'party' | null {
  const s = n
    .normalize('NFC')
    .replace(/[\s\u00a0]+/g, '')
    .replace(/[–—‐]/g, '-');
  if (NUMBER_FORMS.legal.test(s)) return 'legal';
  if (NUMBER_FORMS.party.test(s)) return 'party';
  if (NUMBER_FORMS.state.test(s)) return 'state';
  return null;
}

/** "2024-02-15", "15/02/2024", "15/2/2024", "15-02-2024" → ISO; null when not a real date. */
export function parseRegistryDate(s: string): string | null {
  let y: number, m: number, d: number;
  let r = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s.trim());
  if (r) [y, m, d] = [+r[1], +r[2], +r[3]];
  else if ((r = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s.trim()))) [d, m, y] = [+r[1], +r[2], +r[3]];
  else return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const numberSchema = z
  .string()
  .min(1)
  .refine((n) => numberFamily(n) !== null, {
    message: 'Số, ký hiệu không đúng dạng (14/KH-UBND, 30/2020/NĐ-CP hoặc 1753-KL/TU)',
  });

const dateSchema = z.union([z.string(), z.date()]).transform((v, ctx) => {
  const iso = v instanceof Date ? v.toISOString().slice(0, 10) : parseRegistryDate(v);
  if (!iso) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'Ngày không hợp lệ (dùng 2024-02-15 hoặc 15/02/2024)' });
    return z.NEVER;
  }
  return iso;
});

export const RegistryStatusSchema = z.enum(['hiệu lực', 'hết hiệu lực']);

export const RegistryEntrySchema = z
  .object({
    kind: z.string().min(1).describe('Tên loại như khi viện dẫn: "Kế hoạch", "Nghị định", "Kết luận"'),
    number: numberSchema.describe('Số, ký hiệu: 14/KH-UBND, 30/2020/NĐ-CP, 1753-KL/TU'),
    date: dateSchema.optional().describe('Ngày ban hành: 2024-02-15 hoặc 15/02/2024'),
    issuer: z.string().min(1).optional().describe('Cơ quan ban hành'),
    summary: z.string().min(1).optional().describe('Trích yếu'),
    path: z
      .string()
      .min(1)
      .optional()
      .describe('Đường dẫn tới tệp văn bản trong workspace (tương đối với tệp danh mục; không ra ngoài workspace)'),
    url: z
      .string()
      .url()
      .refine((u) => /^https?:\/\//i.test(u), {
        message: 'Chỉ nhận địa chỉ http:// hoặc https:// (không nhận javascript:, file:, data: …)',
      })
      .optional()
      .describe('Địa chỉ văn bản trên mạng (http:// hoặc https://)'),
    status: RegistryStatusSchema.optional().describe('"hiệu lực" hoặc "hết hiệu lực"'),
    replacedBy: numberSchema.optional().describe('Số, ký hiệu của văn bản thay thế'),
    notes: z.string().optional(),
  })
  .strict();

export const RegistryFileSchema = z.union([
  z.array(z.unknown()),
  z
    .object({
      $schema: z.string().optional(),
      documents: z.array(z.unknown()),
    })
    .strict(),
]);

export type RegistryEntryInput = z.input<typeof RegistryEntrySchema>;
export type RegistryEntry = z.output<typeof RegistryEntrySchema>;
