// Layout → one self-contained HTML file: on screen, A4 sheets as the layout estimates them; in print (a browser, or
// the PDF export through headless Chromium), A4 with the decree's margins and the page number centred in the top
// margin from page 2. No script, no remote content.
import type { Layout, LayoutBlock, Paragraph, Run } from '../core/layout/types.js';

export interface HtmlOptions {
  title?: string;
  lang?: 'vi' | 'en';
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const mm = (n: number) => `${Math.round(n * 100) / 100}mm`;

export function renderHtml(layout: Layout, options: HtmlOptions = {}): string {
  const m = layout.margins;
  const fonts = [layout.font.family, ...layout.font.fallbacks].map((f) => (f === 'serif' ? f : `"${f}"`)).join(', ');
  const css = `
@page { size: A4 portrait; margin: ${mm(m.top)} ${mm(m.right)} ${mm(m.bottom)} ${mm(m.left)};
  @top-center { content: counter(page); font-family: ${fonts}; font-size: ${layout.pageNumber.size}pt; vertical-align: middle; } }
@page :first { @top-center { content: none; } }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: ${fonts}; color: #000; }
.page { box-sizing: border-box; position: relative; }
p { margin: 0; white-space: pre-wrap; overflow-wrap: break-word; }
table.row { width: 100%; border-collapse: collapse; table-layout: fixed; border: none; }
table.row td { vertical-align: top; padding: 0; border: none; }
.rule { border-top: 0.75pt solid #000; height: 0; margin: 1.5pt auto 0; }
.frame { display: inline-block; border: 0.75pt solid currentColor; padding: 0 2mm; }
.pno { display: none; }
@media screen {
  body { background: #e6e6e6; padding: 8mm 0; }
  .page { width: ${mm(layout.paper.width)}; height: ${mm(layout.paper.height)}; margin: 0 auto 8mm; background: #fff;
    padding: ${mm(m.top)} ${mm(m.right)} ${mm(m.bottom)} ${mm(m.left)}; box-shadow: 0 1px 4px rgba(0,0,0,.3); overflow: hidden; }
  .pno { display: block; position: absolute; top: 0; left: 0; right: 0; height: ${mm(m.top)}; line-height: ${mm(m.top)}; text-align: center; font-size: ${layout.pageNumber.size}pt; }
}
@media print {
  .page + .page.section { break-before: page; }
}`;
  const pages = layout.pages
    .map((p) => {
      const cls = p.start === 'section' ? 'page section' : 'page';
      const pno = p.number !== null ? `<div class="pno">${p.number}</div>` : '';
      return `<section class="${cls}">${pno}${p.blocks.map(block).join('\n')}</section>`;
    })
    .join('\n');
  const lang = options.lang ?? 'vi';
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(options.title ?? layout.fileStem ?? 'Văn bản')}</title>
<style>${css}
</style>
</head>
<body>
${pages}
</body>
</html>
`;
}

function block(b: LayoutBlock): string {
  if (b.type === 'paragraph') return para(b);
  const cols = b.cells.map((c) => `<col style="width:${(c.width * 100).toFixed(1)}%">`).join('');
  const cells = b.cells.map((c) => `<td>${c.blocks.map(para).join('')}</td>`).join('');
  return `<table class="row ${b.role}" data-start="${b.span.start}" data-end="${b.span.end}"><colgroup>${cols}</colgroup><tr>${cells}</tr></table>`;
}

function para(p: Paragraph): string {
  const style = [
    `font-size:${p.size}pt`,
    `text-align:${p.align}`,
    `line-height:${(1.15 * p.lineHeight).toFixed(3)}`,
    p.indent.left ? `margin-left:${mm(p.indent.left)}` : '',
    p.indent.firstLine ? `text-indent:${mm(p.indent.firstLine)}` : '',
    p.spacing.before ? `padding-top:${p.spacing.before}pt` : '',
    p.spacing.after ? `padding-bottom:${p.spacing.after}pt` : '',
    p.color ? `color:#${p.color}` : '',
    p.keepWithNext ? 'break-after:avoid' : '',
  ]
    .filter(Boolean)
    .join(';');
  const lines = p.lines.map((rs) => rs.map(run).join('')).join('<br>');
  const inner = p.frame ? `<span class="frame">${lines}</span>` : lines;
  const rule = p.rule ? `<div class="rule" style="width:${mm(p.rule.width)}"></div>` : '';
  return `<p class="${p.role}" style="${style}" data-start="${p.span.start}" data-end="${p.span.end}">${inner}</p>${rule}`;
}

function run(r: Run): string {
  let s = esc(r.text);
  if (r.underline) s = `<u>${s}</u>`;
  if (r.italic) s = `<i>${s}</i>`;
  if (r.bold) s = `<b>${s}</b>`;
  return s;
}
