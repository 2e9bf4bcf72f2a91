// Layout → .docx with the `docx` package: A4, the decree's margins, Times New Roman in every run and in styles.xml,
// the header and footer as borderless tables (as Phụ lục III lays them out), page numbers centred in the top margin
// from page 2 (a different first page), numbering as the text the drafter wrote — never Word's auto-numbering.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph as DocxParagraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { Layout, LayoutBlock, Paragraph, Row } from '../core/layout/types.js';

export interface DocxOptions {
  title?: string;
}

/** Millimetres to twentieths of a point (Word's twips). */
export const twips = (mm: number): number => Math.round((mm * 1440) / 25.4);
const FONT = 'Times New Roman';
const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const LINE = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 };

export async function renderDocx(layout: Layout, options: DocxOptions = {}): Promise<Buffer> {
  const m = layout.margins;
  const textWidth = layout.paper.width - m.left - m.right;
  const sections: { blocks: LayoutBlock[] }[] = [];
  for (const page of layout.pages) {
    if (page.start !== 'flow' || !sections.length) sections.push({ blocks: [] });
    for (const b of page.blocks) sections[sections.length - 1].blocks.push(b);
  }
  const pageNumber = () =>
    new Header({
      children: [
        new DocxParagraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: layout.pageNumber.size * 2 })],
        }),
      ],
    });
  const doc = new Document({
    creator: 'Văn Thư',
    title: options.title ?? layout.fileStem ?? undefined,
    styles: {
      default: {
        document: { run: { font: FONT, size: 28 }, paragraph: { spacing: { before: 0, after: 0 } } },
      },
    },
    sections: sections.map((s, i): ISectionOptions => ({
      properties: {
        page: {
          size: { width: 11906, height: 16838 },
          margin: {
            top: twips(m.top),
            bottom: twips(m.bottom),
            left: twips(m.left),
            right: twips(m.right),
            header: twips(m.top / 2 - 2),
            footer: twips(10),
          },
          pageNumbers: i ? { start: 1 } : undefined,
        },
        titlePage: true,
      },
      headers: { default: pageNumber(), first: new Header({ children: [new DocxParagraph({ children: [] })] }) },
      children: s.blocks.flatMap((b) => block(b, textWidth)),
    })),
  });
  return Packer.toBuffer(doc);
}

function block(b: LayoutBlock, width: number): (DocxParagraph | Table)[] {
  if (b.type === 'paragraph') return paragraph(b, width);
  return [table(b, width)];
}

function table(r: Row, width: number): Table {
  const widths = r.cells.map((c) => twips(width * c.width));
  return new Table({
    width: { size: twips(width), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        cantSplit: r.role === 'header',
        children: r.cells.map(
          (c, i) =>
            new TableCell({
              width: { size: widths[i], type: WidthType.DXA },
              verticalAlign: VerticalAlignTable.TOP,
              borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
              children: c.blocks.length
                ? c.blocks.flatMap((p) => paragraph(p, width * c.width))
                : [new DocxParagraph({ children: [] })],
            }),
        ),
      }),
    ],
  });
}

function paragraph(p: Paragraph, width: number): DocxParagraph[] {
  const size = Math.round(p.size * 2);
  const children: TextRun[] = [];
  p.lines.forEach((rs, li) => {
    rs.forEach((r, ri) =>
      children.push(
        new TextRun({
          text: r.text,
          font: FONT,
          size,
          bold: r.bold,
          italics: r.italic,
          underline: r.underline ? {} : undefined,
          color: p.color,
          break: li > 0 && ri === 0 ? 1 : undefined,
        }),
      ),
    );
  });
  const framed = p.frame
    ? (() => {
        const inset = Math.max(0, (width - Math.min(width, 4 + estimate(p))) / 2);
        return {
          border: { top: LINE, bottom: LINE, left: LINE, right: LINE },
          indent: { left: twips(inset), right: twips(inset) },
        };
      })()
    : null;
  const out = [
    new DocxParagraph({
      children,
      alignment: ALIGN[p.align],
      indent: framed?.indent ?? {
        left: twips(p.indent.left),
        firstLine: p.indent.firstLine ? twips(p.indent.firstLine) : undefined,
      },
      spacing: {
        before: Math.round(p.spacing.before * 20),
        after: Math.round(p.spacing.after * 20),
        line: Math.round(240 * p.lineHeight),
        lineRule: LineRuleType.AUTO,
      },
      keepNext: p.keepWithNext || undefined,
      border: framed?.border,
    }),
  ];
  if (p.rule) {
    // the rule under the agency name, the Tiêu ngữ or the trích yếu: the bottom border of an empty, narrow paragraph
    const inset = Math.max(0, (width - p.rule.width) / 2);
    out.push(
      new DocxParagraph({
        children: [new TextRun({ text: '', font: FONT, size: 4 })],
        indent: { left: twips(inset), right: twips(inset) },
        spacing: { before: 0, after: 0, line: 40, lineRule: LineRuleType.EXACT },
        border: { bottom: LINE },
        keepNext: p.keepWithNext || undefined,
      }),
    );
  }
  return out;
}

/** Estimated width in mm of a paragraph's longest line (for the frame around a khẩn mark). */
function estimate(p: Paragraph): number {
  const longest = p.lines.reduce(
    (m, rs) =>
      Math.max(
        m,
        rs.reduce((n, r) => n + r.text.length, 0),
      ),
    -Infinity,
  );
  return longest * p.size * 0.62 * (25.4 / 72);
}
