// PDF: the HTML printed by a headless Chromium (Debian `chromium`) when one is installed, else the .docx converted by
// LibreOffice (`soffice --headless --convert-to pdf`). Both run as child processes with a private profile in a
// temporary folder, a time limit, and no network.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export type PdfEngine = { kind: 'chromium' | 'soffice'; path: string };

const CHROMIUM = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const SOFFICE = ['soffice', 'libreoffice'];
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const TIMEOUT_MS = 120_000;

/** The first executable of `names` on PATH. */
export function which(names: string[], path = process.env.PATH ?? ''): string | null {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    for (const n of names) {
      const f = join(dir, n);
      if (existsSync(f)) return f;
    }
  }
  return null;
}

export function findChromium(): string | null {
  return process.env.VANTHU_CHROMIUM || which(CHROMIUM);
}

export function findSoffice(): string | null {
  return process.env.VANTHU_SOFFICE || which(SOFFICE);
}

/** Chromium first (it prints the HTML the preview shows), LibreOffice second; null when neither is installed. */
export function findPdfEngine(): PdfEngine | null {
  const c = findChromium();
  if (c) return { kind: 'chromium', path: c };
  const s = findSoffice();
  return s ? { kind: 'soffice', path: s } : null;
}

export const NO_PDF_ENGINE = {
  vi: 'Không tìm thấy Chromium hoặc LibreOffice để tạo PDF. Cài một trong hai (Debian/Ubuntu: "apt-get install chromium" hoặc "apt-get install libreoffice-writer-nogui"), hoặc xuất .docx/.html rồi in ra PDF.',
  en: 'Neither Chromium nor LibreOffice was found to make the PDF. Install one of them (Debian/Ubuntu: "apt-get install chromium" or "apt-get install libreoffice-writer-nogui"), or export .docx/.html and print that to PDF.',
};

function run(cmd: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      cmd,
      args,
      { cwd, timeout: TIMEOUT_MS, maxBuffer: 4 << 20, env: { ...process.env, HOME: cwd } },
      (err, _out, stderr) => {
        if (err)
          reject(
            new Error(
              `${cmd}: ${(err as NodeJS.ErrnoException).code === 'ETIMEDOUT' || err.killed ? `quá ${TIMEOUT_MS / 1000} giây` : String(stderr).trim().split('\n').slice(-3).join(' ') || err.message}`,
            ),
          );
        else resolve();
      },
    );
  });
}

/** Print an HTML document to PDF with headless Chromium. */
export async function htmlToPdf(html: string, chromium: string): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'vanthu-pdf-'));
  try {
    const input = join(dir, 'letter.html');
    const output = join(dir, 'letter.pdf');
    writeFileSync(input, html);
    await run(
      chromium,
      [
        ...CHROMIUM_FLAGS,
        `--user-data-dir=${join(dir, 'profile')}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${output}`,
        pathToFileURL(input).href,
      ],
      dir,
    );
    if (!existsSync(output)) throw new Error(`${chromium}: không tạo được tệp PDF`);
    return readFileSync(output);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Convert a .docx to PDF with LibreOffice. */
export async function docxToPdf(docx: Buffer, soffice: string): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'vanthu-pdf-'));
  try {
    const input = join(dir, 'letter.docx');
    writeFileSync(input, docx);
    await run(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        input,
      ],
      dir,
    );
    const output = join(dir, 'letter.pdf');
    if (!existsSync(output)) throw new Error(`${soffice}: không tạo được tệp PDF`);
    return readFileSync(output);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Is Times New Roman installed (fontconfig)? When not, the PDF uses the metric-compatible Liberation Serif. */
export function hasTimesNewRoman(): Promise<boolean> {
  return new Promise((resolve) => {
    execFile('fc-match', ['-f', '%{family}', 'Times New Roman'], { timeout: 5000 }, (err, out) =>
      resolve(!err && /Times New Roman/i.test(String(out))),
    );
  });
}
