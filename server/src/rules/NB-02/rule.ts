import type { Item, Paragraph } from '../../core/model.js';
import { spanOfJoined, vi, type Edit, type Finding, type Rule } from '../../core/rule.js';

const KHOAN = new Set(['khoan', 'khoan-par']);

const rule: Rule = {
  id: 'NB-02',
  alias: 'khoan-sequence',
  title: vi('Số khoản không liên tục hoặc sai ký hiệu', 'Clause numbers not consecutive or badly marked'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 6 điểm đ',
  severity: 'warning',
  fixable: true,
  description: vi(
    'Khoản được đánh số bằng chữ số Ả Rập, sau số là dấu chấm và một khoảng trắng ("1. "), bắt đầu lại từ 1 trong mỗi điều, mục và liên tục. Không viết "1)", "1 -" hay "1.Nội dung".',
    'Clauses are numbered in Arabic numerals followed by a full stop and a space ("1. "), restarting at 1 under each article or section and consecutive. Not "1)", "1 -" or "1.Text".',
  ),
  check({ letter, report }) {
    const run = (paras: Paragraph[], roots: Item[]) => {
      const index = new Map(paras.map((p, i) => [p, i]));
      const lastOf = (it: Item): number => Math.max(index.get(it.paragraph) ?? 0, ...it.children.map(lastOf));
      const gapBetween = (a: Item, b: Item) => {
        for (let i = lastOf(a) + 1; i < (index.get(b.paragraph) ?? 0); i++) if (!paras[i].marker) return true;
        return false;
      };
      const visit = (items: Item[], parent: Item | null) => {
        let prev: Item | null = null;
        let prevMl: Item | null = null;
        for (const it of items) {
          const p = it.paragraph;
          const mk = p.marker!;
          if (KHOAN.has(it.kind)) {
            format(p, report);
            const n = Number(it.value);
            const expected = prev ? Number(prev.value) + 1 : 1;
            if (n !== expected && !(n === 1 && prev && gapBetween(prev, it))) {
              report({
                span: spanOfJoined(p.joined, mk.at[0], mk.at[1]),
                message:
                  n < expected
                    ? vi(
                        `Khoản "${mk.label}" trùng hoặc lùi số: sau ${prev ? `khoản ${prev.value}` : 'đầu điều, mục'} phải là khoản ${expected}.`,
                        `Clause "${mk.label}" repeats or goes back: clause ${expected} was expected.`,
                      )
                    : vi(
                        `Số khoản bị nhảy: sau ${prev ? `khoản ${prev.value}` : 'đầu điều, mục'} phải là khoản ${expected}, thấy "${mk.label}".`,
                        `Clause numbers skip: clause ${expected} was expected, found "${mk.label}".`,
                      ),
              });
            }
            prev = it;
          } else if (it.kind === 'khoan-ml') {
            const parts = it.value.split('.');
            const head = parts.slice(0, -1).join('.');
            const n = Number(parts[parts.length - 1]);
            const sameLevel =
              prevMl &&
              prevMl.value.split('.').length === parts.length &&
              prevMl.value.split('.').slice(0, -1).join('.') === head;
            const expected = sameLevel ? Number(prevMl!.value.split('.').pop()) + 1 : 1;
            const parentOk = !parent || parent.kind !== 'khoan' || parent.value === parts[0] || parts.length !== 2;
            if (!parentOk) {
              report({
                span: spanOfJoined(p.joined, mk.at[0], mk.at[1]),
                message: vi(
                  `"${mk.label}" nằm dưới khoản ${parent!.value}: số phải bắt đầu bằng "${parent!.value}.".`,
                  `"${mk.label}" sits under clause ${parent!.value}: it should start with "${parent!.value}.".`,
                ),
              });
            } else if (n !== expected && !(n === 1 && prevMl && gapBetween(prevMl, it))) {
              report({
                span: spanOfJoined(p.joined, mk.at[0], mk.at[1]),
                message: vi(
                  `Số thứ tự "${mk.label}" không liên tục: phải là "${head}.${expected}.".`,
                  `"${mk.label}" is out of sequence: "${head}.${expected}." was expected.`,
                ),
              });
            }
            prevMl = it;
          }
          visit(it.children, it);
        }
      };
      visit(roots, null);
    };
    run(letter.body, letter.items);
    run(letter.annex, letter.annexItems);
  },
};

function format(p: Paragraph, report: (f: Finding) => void): void {
  const mk = p.marker!;
  const j = p.joined;
  const span = spanOfJoined(j, mk.at[0], mk.at[1]);
  let edits: Edit[] | null = null;
  let msg;
  if (mk.kind === 'khoan-par') {
    const s = spanOfJoined(j, mk.at[1] - 1, mk.at[1]);
    edits = [{ offset: s.start, length: s.end - s.start, newText: '.' }];
    msg = vi(
      `Khoản đánh số "${mk.label}": dùng chữ số và dấu chấm "${mk.value}." (ký hiệu "a)" dành cho điểm).`,
      `Clause numbered "${mk.label}": write "${mk.value}." (the ")" form is for points).`,
    );
  } else if (mk.malformed === 'no-space') {
    edits = [{ offset: span.end, length: 0, newText: ' ' }];
    msg = vi(
      `Sau số khoản "${mk.label}" phải có một khoảng trắng: "${mk.label} ${j.text.slice(mk.at[1], mk.at[1] + 12)}…".`,
      `A space must follow the clause number "${mk.label}".`,
    );
  } else if (mk.malformed === 'dash') {
    edits = [{ offset: span.start, length: span.end - span.start, newText: `${mk.value}.` }];
    msg = vi(
      `Khoản đánh số "${mk.label}": dùng chữ số và dấu chấm "${mk.value}.", không dùng gạch ngang.`,
      `Clause numbered "${mk.label}": write "${mk.value}.", not a dash.`,
    );
  }
  if (!edits || !msg) return;
  report({ span, message: msg, fix: { title: vi(`Viết "${mk.value}. "`, `Write "${mk.value}. "`), edits } });
}
export default rule;
