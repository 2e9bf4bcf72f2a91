// Letter-shaped inputs for the benchmarks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/** A long letter: the header and footer of a real letter around `kb` kilobytes of numbered body paragraphs. */
export function bigLetter(kb: number): string {
  const base = readFileSync(join(root, 'test', 'fixtures', 'letters', 'cong-van.md'), 'utf8');
  const [head, tail] = base.split('Yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện./.');
  const para = (i: number) =>
    `${i}. Phòng Tài chính - Kế hoạch chủ trì, phối hợp với các cơ quan liên quan rà soát nhu cầu kinh phí năm ${2024 + (i % 3)}, báo cáo Chủ tịch UBND huyện theo Kế hoạch số ${10 + (i % 50)}/KH-UBND trước ngày ${String(1 + (i % 28)).padStart(2, '0')}/${1 + (i % 12)}/2024.\n\n`;
  let body = '';
  for (let i = 4; Buffer.byteLength(head + body + tail) < kb * 1024; i++) body += para(i);
  return head.replace(/\n3\. [^\n]*\n/, '\n') + body + 'Yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện./.' + tail;
}
