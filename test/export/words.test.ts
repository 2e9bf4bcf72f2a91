// Export drops no word: every word of the Markdown (markup aside) is printed in the .docx and in the HTML, in the
// order of the source (the two-column header and footer print side by side, so each paragraph is put back at the
// source offset it came from), over every whole-letter fixture — the published-style letters and the non-letters too.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderDocx, renderHtml } from '../../server/src/export/index.js';
import type { Layout } from '../../server/src/core/layout/index.js';
import {
  docxParagraphs,
  docxParts,
  firstMissing,
  htmlParagraphs,
  layoutOf,
  layoutParagraphs,
  markdownWords,
  paragraphText,
  words,
} from './helpers.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const dirs = ['letters', 'published', 'not-letters', 'bodies'];
const files = [
  join(fixtures, 'seed.md'),
  ...dirs.flatMap((d) =>
    readdirSync(join(fixtures, d))
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => join(fixtures, d, f)),
  ),
];

/** The words of a layout's runs put back in source order (each run keeps the source span it came from). */
const inSourceOrder = (layout: Layout) =>
  layoutParagraphs(layout)
    .flatMap((p) => p.lines.flat())
    .sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0))
    .flatMap((r) => words(r.text));

function assertAllWords(md: string, printed: string[], what: string) {
  const miss = firstMissing(markdownWords(md), printed);
  assert.equal(miss, null, `${what} lacks "${miss?.word}" (word ${miss?.index}: … ${miss?.context} …)`);
}

describe('export drops no word', function () {
  this.timeout(180000);

  it('covers the whole-letter fixtures', () => {
    assert.ok(files.length > 150, `${files.length} fixtures`);
  });

  for (const file of files) {
    const name = file.slice(fixtures.length + 1);
    it(name, async () => {
      const md = readFileSync(file, 'utf8');
      const layout = layoutOf(md);
      assertAllWords(md, inSourceOrder(layout), 'the layout');
      const paras = layoutParagraphs(layout).map((p) => words(paragraphText(p)));
      // the HTML and the .docx print every layout paragraph, word for word, in the same order (the rules under the
      // header lines are empty paragraphs of the .docx)
      const html = htmlParagraphs(renderHtml(layout));
      assert.deepEqual(
        html.map((p) => words(p.text)),
        paras,
        'HTML',
      );
      const docx = docxParagraphs(docxParts(await renderDocx(layout))['word/document.xml']).filter(
        (t) => words(t).length,
      );
      assert.deepEqual(
        docx.map(words),
        paras.filter((w) => w.length),
        '.docx',
      );
    });
  }

  it('a test that can fail: a dropped paragraph is found', () => {
    const md = readFileSync(join(fixtures, 'seed.md'), 'utf8');
    const layout = layoutOf(md);
    const page = layout.pages[0];
    page.blocks.splice(
      page.blocks.findIndex((b) => b.type === 'paragraph' && b.role === 'body'),
      1,
    );
    assert.notEqual(firstMissing(markdownWords(md), inSourceOrder(layout)), null);
    assert.notEqual(
      firstMissing(
        markdownWords(md),
        htmlParagraphs(renderHtml(layout)).flatMap((p) => words(p.text)),
      ),
      null,
    );
  });
});
