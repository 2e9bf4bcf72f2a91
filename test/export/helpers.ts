// Reading what the exporters wrote: the parts of a .docx, the text of a .docx and of the HTML, the words of Markdown.
import { unzipSync, strFromU8 } from 'fflate';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root, RootContent } from 'mdast';
import { readFileSync } from 'node:fs';
import { analyze } from '../../server/src/core/analyze.js';
import { layoutLetter } from '../../server/src/core/layout/index.js';
import type { Layout, LayoutOptions, Paragraph } from '../../server/src/core/layout/index.js';

export function layoutOf(text: string, options?: LayoutOptions): Layout {
  return layoutLetter(analyze(text).letter, options);
}

export function layoutFile(file: string, options?: LayoutOptions): Layout {
  return layoutOf(readFileSync(file, 'utf8'), options);
}

/** Every part of a .docx (a zip) by name, as text. */
export function docxParts(buf: Buffer): Record<string, string> {
  const files = unzipSync(new Uint8Array(buf));
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]));
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(+n))
    .replace(/&amp;/g, '&');

/** The paragraphs of a WordprocessingML part, in order: their text (w:t runs joined, w:br as a space). */
export function docxParagraphs(xml: string): string[] {
  const out: string[] = [];
  for (const p of xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []) {
    let t = '';
    for (const m of p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>/g))
      t += m[1] !== undefined ? decode(m[1]) : ' ';
    out.push(t);
  }
  return out;
}

/** The paragraphs of the HTML (`<p data-start>`), in document order: text and source offset. */
export function htmlParagraphs(html: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  for (const m of html.matchAll(/<p [^>]*data-start="(\d+)"[^>]*>([\s\S]*?)<\/p>/g))
    out.push({ start: +m[1], text: decode(m[2].replace(/<br>/g, ' ').replace(/<[^>]+>/g, '')) });
  return out;
}

/** A layout's paragraphs in the order they print (a row's cells left to right). */
export function layoutParagraphs(layout: Layout): Paragraph[] {
  return layout.pages
    .flatMap((p) => p.blocks)
    .flatMap((b) => (b.type === 'row' ? b.cells.flatMap((c) => c.blocks) : [b]));
}

export const paragraphText = (p: Paragraph): string => p.lines.map((rs) => rs.map((r) => r.text).join('')).join(' ');

/** The visible text of the HTML body (tags dropped, <br> and block ends as spaces). */
export function htmlText(html: string): string {
  const body = html.slice(html.indexOf('<body>'));
  return decode(
    body
      .replace(/<div class="pno">.*?<\/div>/g, ' ')
      .replace(/<br>|<\/p>|<\/td>/g, ' ')
      .replace(/<[^>]+>/g, ''),
  );
}

export const words = (s: string): string[] => s.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];

const parser = unified().use(remarkParse);

/** The words of a Markdown text, markup aside: text, code and link labels; HTML (comments, tags) left out. */
export function markdownWords(md: string): string[] {
  const tree = parser.parse(md) as Root;
  const out: string[] = [];
  const walk = (nodes: RootContent[]) => {
    for (const n of nodes) {
      if (n.type === 'text' || n.type === 'inlineCode' || n.type === 'code') out.push(...words(n.value));
      else if (n.type === 'html') out.push(...words(n.value.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<[^>]*>/g, ' ')));
      if ('children' in n && Array.isArray(n.children)) walk(n.children as RootContent[]);
    }
  };
  walk(tree.children);
  return out;
}

/** The first word of `want` that is not found, in order, in `have` (null: all found). */
export function firstMissing(want: string[], have: string[]): { word: string; index: number; context: string } | null {
  let j = 0;
  for (let i = 0; i < want.length; i++) {
    while (j < have.length && have[j] !== want[i]) j++;
    if (j >= have.length) return { word: want[i], index: i, context: want.slice(Math.max(0, i - 5), i + 5).join(' ') };
    j++;
  }
  return null;
}
