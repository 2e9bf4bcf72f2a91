// Cross-reference index benchmark: cold index of 1,000 and 10,000 generated letters, one edit, resolve/references.
// Run: npx tsx bench/xref.ts   (add --expose-gc via `node --expose-gc --import tsx bench/xref.ts` for memory figures)
import { XrefIndex, type Workspace } from '../server/src/xref/index.js';
import { checkLetter } from '../server/src/xref/checks.js';
import { existsSync } from 'node:fs';

const AGENCIES: [string, string, string][] = [
  ['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NGÃI', 'UBND'],
  ['ỦY BAN NHÂN DÂN', 'HUYỆN SƠN TỊNH', 'UBND'],
  ['UBND TỈNH QUẢNG NGÃI', 'SỞ TÀI CHÍNH', 'STC'],
  ['UBND TỈNH QUẢNG NGÃI', 'SỞ NỘI VỤ', 'SNV'],
  ['UBND TỈNH QUẢNG NGÃI', 'SỞ Y TẾ', 'SYT'],
  ['ỦY BAN NHÂN DÂN', 'THỊ XÃ ĐỨC PHỔ', 'UBND'],
];
const TYPES: [string, string, string][] = [
  ['KẾ HOẠCH', 'Kế hoạch', 'KH'],
  ['BÁO CÁO', 'Báo cáo', 'BC'],
  ['THÔNG BÁO', 'Thông báo', 'TB'],
  ['', 'Công văn', ''],
];
const TOPICS = [
  'bảo vệ môi trường',
  'phòng, chống thiên tai',
  'chuyển đổi số',
  'cải cách hành chính',
  'xây dựng nông thôn mới',
  'phòng chống dịch bệnh',
  'an toàn giao thông',
  'quản lý đất đai',
];
const FILLER =
  'Các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ được giao chủ động xây dựng kế hoạch cụ thể, bố trí nguồn lực, phân công cán bộ theo dõi, đôn đốc và định kỳ báo cáo kết quả thực hiện về Văn phòng trước ngày 25 hằng tháng để tổng hợp, báo cáo cấp trên theo quy định.';

function rnd(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

interface Meta {
  number: string;
  kind: string;
  date: [number, number, number];
  issuer: string;
  topic: string;
}

/** `n` letters citing each other (and a few legal and Party documents), ~2–5 KB each. */
export function generateLetters(n: number, seed = 1): Map<string, string> {
  const r = rnd(seed);
  const files = new Map<string, string>();
  const metas: Meta[] = [];
  const pad = (x: number) => String(x).padStart(2, '0');
  for (let i = 0; i < n; i++) {
    const [parent, name, code] = AGENCIES[i % AGENCIES.length];
    const [title, kind, tcode] = TYPES[Math.floor(i / AGENCIES.length) % TYPES.length];
    const num = Math.floor(i / (AGENCIES.length * TYPES.length)) + 1;
    const number = tcode ? `${num}/${tcode}-${code}` : `${num}/${code}-VP${i % 7}`;
    const day = 1 + (i % 28);
    const month = 1 + (Math.floor(i / 28) % 12);
    const year = 2020 + (Math.floor(i / 336) % 5);
    const topic = TOPICS[i % TOPICS.length];
    const issuer =
      name.startsWith('HUYỆN') || name.startsWith('TỈNH') || name.startsWith('THỊ')
        ? `UBND ${name.toLocaleLowerCase('vi')}`
        : name.toLocaleLowerCase('vi');
    metas.push({ number, kind, date: [day, month, year], issuer, topic });
    const cites: string[] = [];
    const k = 3 + Math.floor(r() * 3);
    for (let c = 0; c < k && i > 0; c++) {
      const m = metas[Math.floor(r() * i)];
      const full = r() < 0.8;
      cites.push(
        full
          ? `Thực hiện ${m.kind} số ${m.number} ngày ${pad(m.date[0])}/${pad(m.date[1])}/${m.date[2]} của ${m.issuer} về ${m.topic}, đề nghị các đơn vị triển khai thực hiện nghiêm túc.`
          : `Thực hiện ${m.kind} số ${m.number}, đề nghị các đơn vị triển khai.`,
      );
    }
    cites.push(
      'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư, các đơn vị thực hiện đúng thể thức.',
    );
    if (r() < 0.3)
      cites.push(
        'Quán triệt Kết luận số 1753-KL/TU ngày 10/01/2024 của Ban Thường vụ Tỉnh ủy về công tác cán bộ; triển khai Kết luận nêu trên đến toàn thể cán bộ.',
      );
    const items: string[] = [];
    const fill = 2 + Math.floor(r() * 6);
    for (let f = 0; f < fill; f++) items.push(`${f + 1}. ${FILLER}`);
    const head = [
      `**${parent}  \n${name}**`,
      '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  \nĐộc lập - Tự do - Hạnh phúc**',
      `Số: ${number}`,
      `Quảng Ngãi, ngày ${pad(day)} tháng ${pad(month)} năm ${year}`,
      ...(title
        ? [`**${title}**`, `**Về ${topic} năm ${year}**`]
        : [`V/v ${topic} năm ${year}`, 'Kính gửi: Các cơ quan, đơn vị trực thuộc.']),
    ];
    const tail = [
      'Yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện./.',
      '**Nơi nhận:**\n\n- Như trên;\n- Lưu: VT, VP.',
      '**KT. CHỦ TỊCH  \nPHÓ CHỦ TỊCH**',
      '**Nguyễn Văn An**',
    ];
    files.set(`letters/${String(i).padStart(5, '0')}.md`, [...head, ...cites, ...items, ...tail].join('\n\n') + '\n');
  }
  return files;
}

class Mem implements Workspace {
  constructor(private m: Map<string, string>) {}
  listFiles() {
    return [...this.m.keys()];
  }
  read(f: string) {
    return this.m.get(f);
  }
}

const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};

export interface XrefBench {
  n: number;
  avgBytes: number;
  coldMs: number;
  coldCpuMs: number;
  heapMB: number | null;
  rssMB: number;
  editMs: number;
  resolveMs: number;
  referencesMs: number; // median
  referencesMaxMs: number; // the document every letter cites
  documentsMs: number;
  conflictsMs: number;
  checkMs: number;
  citations: number;
  documents: number;
}

export function benchXref(sizes = [1000, 10000]): XrefBench[] {
  const out: XrefBench[] = [];
  for (const n of sizes) {
    const files = generateLetters(n);
    const ws = new Mem(files);
    const avgBytes = Math.round([...files.values()].reduce((a, t) => a + Buffer.byteLength(t), 0) / n);
    const h0 = heap();
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const index = new XrefIndex().indexAll(ws);
    const coldMs = performance.now() - t0;
    const cpu = process.cpuUsage(c0);
    const coldCpuMs = (cpu.user + cpu.system) / 1000; // wall time suffers when other processes share the cores
    const rssMB = Math.round(process.memoryUsage().rss / 2 ** 20);
    const h1 = heap();
    // one edit: a letter gains a citation
    const f = `letters/${String(Math.floor(n / 2)).padStart(5, '0')}.md`;
    const edited = files.get(f)!.replace('Yêu cầu các cơ quan', 'Thực hiện Kế hoạch số 1/KH-UBND. Yêu cầu các cơ quan');
    const t1 = performance.now();
    const reps = 20;
    for (let i = 0; i < reps; i++) index.update(f, i % 2 ? files.get(f)! : edited);
    const editMs = (performance.now() - t1) / reps;
    const keys = [...index.catalogue().keys()];
    const pickKeys = keys.filter((_, i) => i % Math.max(1, Math.floor(keys.length / 100)) === 0).slice(0, 100);
    pickKeys.push('30/2020/NĐ-CP'); // the most cited document
    let t = performance.now();
    for (const k of pickKeys) index.resolve(k);
    const resolveMs = (performance.now() - t) / pickKeys.length;
    const times: number[] = [];
    for (const k of pickKeys) {
      const s = performance.now();
      index.references(k);
      times.push(performance.now() - s);
    }
    const referencesMs = times.slice(0, -1).sort((a, b) => a - b)[Math.floor((times.length - 1) / 2)];
    const referencesMaxMs = times[times.length - 1]; // 30/2020/NĐ-CP, cited by every letter
    index.update(f, edited); // invalidate the caches
    t = performance.now();
    index.documents('moi truong');
    const documentsMs = performance.now() - t;
    t = performance.now();
    index.conflicts();
    const conflictsMs = performance.now() - t;
    t = performance.now();
    checkLetter(index.summary(f)!, index);
    const checkMs = performance.now() - t;
    const citations = index.files().reduce((a, x) => a + index.summary(x)!.citations.length, 0);
    out.push({
      n,
      avgBytes,
      coldMs: Math.round(coldMs),
      coldCpuMs: Math.round(coldCpuMs),
      heapMB: gc ? Math.round(((h1 - h0) / 2 ** 20) * 10) / 10 : null,
      rssMB,
      editMs: +editMs.toFixed(2),
      resolveMs: +resolveMs.toFixed(3),
      referencesMs: +referencesMs.toFixed(3),
      referencesMaxMs: +referencesMaxMs.toFixed(1),
      documentsMs: Math.round(documentsMs),
      conflictsMs: Math.round(conflictsMs),
      checkMs: +checkMs.toFixed(2),
      citations,
      documents: keys.length,
    });
  }
  return out;
}

export interface XrefParallelBench {
  n: number;
  workers: number;
  coldMs: number;
  coldCpuMs: number; // the whole process: this thread and the workers
  heapMB: number | null; // this thread's heap held by the index
  rssMB: number; // the process's resident memory after the scan (the workers' heaps still counted)
}

/** The cold index of `n` generated letters with the summaries on worker threads (the language server's and
 * `vanthu refs`'s scan); needs the bundled worker (server/dist/xref-worker.js, `npm run build`). */
export async function benchXrefParallel(n = 10000, jobs?: number): Promise<XrefParallelBench | null> {
  const { bundledWorkerOf, indexAllParallel } = await import('../server/src/node/xrefPool.js');
  const workerFile = bundledWorkerOf(new URL('../server/dist/cli.js', import.meta.url).pathname);
  if (!existsSync(workerFile)) return null;
  const ws = new Mem(generateLetters(n));
  const h0 = heap();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const { index, workers } = await indexAllParallel(new XrefIndex(), ws, { jobs, workerFile });
  const coldMs = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const rssMB = Math.round(process.memoryUsage().rss / 2 ** 20);
  const h1 = heap();
  if (index.size !== n) throw new Error(`indexed ${index.size} of ${n}`);
  return {
    n,
    workers,
    coldMs: Math.round(coldMs),
    coldCpuMs: Math.round((cpu.user + cpu.system) / 1000),
    heapMB: gc ? Math.round(((h1 - h0) / 2 ** 20) * 10) / 10 : null,
    rssMB,
  };
}

if (process.argv[1] && /bench[\\/]xref\.ts$/.test(process.argv[1])) {
  const sizes = process.argv
    .slice(2)
    .filter((a) => /^\d+$/.test(a))
    .map(Number);
  for (const r of benchXref(sizes.length ? sizes : undefined)) console.log(JSON.stringify(r));
  void benchXrefParallel(sizes.at(-1)).then((r) => console.log(JSON.stringify(r)));
}
