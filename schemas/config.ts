// Configuration (.vanthurc.json / .vanthurc.yaml) and the agency profile, validated with zod.
// The JSON Schema for VS Code is generated from this file into schemas/vanthurc.schema.json.
import { z } from 'zod';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export const RuleSettingSchema = z
  .union([z.enum(['off', 'error', 'warning', 'info']), z.boolean()])
  .describe('"off", a severity, or true/false to turn the rule on with its default severity / off');

export const ProfileSchema = z
  .object({
    parentName: z
      .string()
      .min(1)
      .optional()
      .describe('Tên cơ quan chủ quản trực tiếp (dòng trên tên cơ quan), e.g. "UBND TỈNH QUẢNG NGÃI"'),
    issuerName: z.string().min(1).optional().describe('Tên cơ quan ban hành, e.g. "ỦY BAN NHÂN DÂN PHƯỜNG ĐỨC PHỔ"'),
    issuerCode: z.string().min(1).optional().describe('Chữ viết tắt tên cơ quan trong ký hiệu, e.g. "UBND"'),
    unitCodes: z
      .array(z.string().min(1))
      .optional()
      .describe('Chữ viết tắt các đơn vị soạn thảo / lĩnh vực, e.g. ["VP", "KTTH"]'),
    place: z.string().min(1).optional().describe('Địa danh ghi trên văn bản, e.g. "Đức Phổ"'),
    province: z
      .string()
      .min(1)
      .optional()
      .describe(
        'Tỉnh, thành phố nơi cơ quan đóng trụ sở, e.g. "Quảng Ngãi" (DD-04, DD-06 khi tên cơ quan không ghi tỉnh)',
      ),
    signing: z.enum(['thu-truong', 'tap-the']).optional().describe('Chế độ thủ trưởng (KT.) hay chế độ tập thể (TM.)'),
    abbreviations: z.array(z.string().min(1)).optional().describe('Chữ viết tắt được chấp nhận không cần giải thích'),
    titles: z.array(z.string().min(1)).optional().describe('Chức vụ bổ sung được nhận là chức danh người ký'),
    allowHonorifics: z
      .boolean()
      .optional()
      .describe('Cho phép học hàm, học vị trước họ tên (lực lượng vũ trang, giáo dục, y tế, khoa học)'),
    recipients: z.array(z.string().min(1)).optional().describe('Nơi nhận thường dùng, gợi ý khi soạn "Kính gửi:"'),
  })
  .strict();

// The Party profile by date (catalogue §8.5): the day Hướng dẫn 05-HD/VPTW replaced HD 36 is unverified, so a setting.
export const PartySchema = z
  .object({
    hd05From: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/u, 'Ngày dạng YYYY-MM-DD')
      .optional()
      .describe(
        'Ngày Hướng dẫn 05-HD/VPTW thay Hướng dẫn 36-HD/VPTW (YYYY-MM-DD; mặc định 2026-05-27, chưa đối chiếu văn bản gốc)',
      ),
  })
  .strict();

// NĐ 30 Phụ lục I: "Cách mép trên và mép dưới 20 - 25 mm, cách mép trái 30 - 35 mm, cách mép phải 15 - 20 mm."
const margin = (lo: number, hi: number, side: string) =>
  z
    .number()
    .min(lo, `Lề ${side} từ ${lo} đến ${hi} mm (Phụ lục I Nghị định 30/2020/NĐ-CP)`)
    .max(hi, `Lề ${side} từ ${lo} đến ${hi} mm (Phụ lục I Nghị định 30/2020/NĐ-CP)`)
    .optional()
    .describe(`Lề ${side} (mm), ${lo}–${hi}`);

export const ExportSchema = z
  .object({
    format: z
      .enum(['docx', 'pdf', 'html'])
      .optional()
      .describe('Định dạng xuất mặc định của "vanthu export" (docx nếu không ghi)'),
    margins: z
      .object({
        top: margin(20, 25, 'trên'),
        bottom: margin(20, 25, 'dưới'),
        left: margin(30, 35, 'trái'),
        right: margin(15, 20, 'phải'),
      })
      .strict()
      .optional()
      .describe(
        'Lề trang in (mm), trong giới hạn của Phụ lục I: trên, dưới 20–25; trái 30–35; phải 15–20. Mặc định 20, 20, 30, 15',
      ),
    bodySize: z
      .union([z.literal(13), z.literal(14)])
      .optional()
      .describe('Cỡ chữ phần nội dung: 13 hoặc 14 (mặc định 14)'),
  })
  .strict();

export const ConfigSchema = z
  .object({
    $schema: z.string().optional(),
    mode: z
      .enum(['draft', 'final'])
      .optional()
      .describe('draft (mặc định): số, ngày, họ tên để trống là thông tin; final: là lỗi'),
    rules: z
      .record(z.string(), RuleSettingSchema)
      .optional()
      .describe('Bật/tắt hoặc đổi mức độ của từng quy tắc (theo mã hoặc tên)'),
    profile: ProfileSchema.optional(),
    party: PartySchema.optional().describe('Văn bản của Đảng: hướng dẫn thể thức theo ngày ban hành'),
    include: z.array(z.string()).optional().describe('Glob các tệp được kiểm tra'),
    exclude: z.array(z.string()).optional().describe('Glob các tệp bỏ qua'),
    export: ExportSchema.optional().describe('Trang in khi xuất .docx, PDF, HTML và xem trước'),
  })
  .strict();

export type Config = z.infer<typeof ConfigSchema>;
export type Profile = z.infer<typeof ProfileSchema>;
export type ExportConfig = z.infer<typeof ExportSchema>;
