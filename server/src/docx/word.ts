// word/document.xml (+ styles.xml, numbering.xml) → the paragraphs Word shows, in reading order: runs with the bold
// and italic Word resolves (direct, character style, paragraph style chain, defaults), the automatic numbering
// label Word displays, the table cell each paragraph sits in. What a letter cannot carry (footnotes, comments,
// drawings, hidden text, tracked deletions) is left out and listed in `notes`.
import { child, kids, parseXml, text as textOf, type El } from './xml.js';
import { DocxError, openPackage } from './container.js';

export interface WordRun {
  text: string; // "\n" = a line break inside the paragraph
  bold: boolean;
  italic: boolean;
  /** underlined (any w:u but "none"): a line underlined from end to end is written <u>…</u> */
  underline?: boolean;
}

export interface CellRef {
  table: number; // 1-based, top-level tables in body order
  row: number; // 1-based
  cell: number; // 1-based, row by row in reading order
}

export interface WordParagraph {
  /** 1-based, every body paragraph with visible text, table paragraphs included */
  index: number;
  runs: WordRun[];
  /** the automatic numbering label as Word displays it ("1.", "a)", "Điều 2."), "-" for a bullet */
  label?: { text: string; bold: boolean; italic: boolean; suffix: string };
  cell?: CellRef;
  /** an empty paragraph stood between this one and the one before it (a gap Word shows) */
  afterGap?: boolean;
}

export interface WordDocument {
  paragraphs: WordParagraph[];
  /** What was left out, in Vietnamese (one line each). */
  notes: string[];
}

const isW = (el: El) => /wordprocessingml\/(2006\/)?main$/.test(el.ns);
const on = (el: El | undefined): boolean | undefined => {
  if (!el) return undefined;
  const v = el.attrs.val;
  return v === undefined || !/^(0|false|off|none)$/i.test(v);
};

interface Props {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  caps?: boolean;
  hidden?: boolean;
  sup?: boolean;
}
const rPrProps = (rPr: El | undefined): Props => {
  const va = child(rPr, 'vertAlign')?.attrs.val;
  return {
    bold: on(child(rPr, 'b')),
    italic: on(child(rPr, 'i')),
    underline: on(child(rPr, 'u')),
    caps: on(child(rPr, 'caps')),
    hidden: on(child(rPr, 'vanish')),
    sup: va === undefined ? undefined : va === 'superscript',
  };
};
const merge = (base: Props, over: Props): Props => ({
  bold: over.bold ?? base.bold,
  italic: over.italic ?? base.italic,
  underline: over.underline ?? base.underline,
  caps: over.caps ?? base.caps,
  hidden: over.hidden ?? base.hidden,
  sup: over.sup ?? base.sup,
});
const SUPERSCRIPT: Record<string, string> = {
  0: '⁰',
  1: '¹',
  2: '²',
  3: '³',
  4: '⁴',
  5: '⁵',
  6: '⁶',
  7: '⁷',
  8: '⁸',
  9: '⁹',
};
/** Superscript digits as Word shows them ("m²", a template's note mark "TỔ CHỨC²"); other superscript stays. */
const raise = (s: string) => (/^\d+$/.test(s) ? [...s].map((c) => SUPERSCRIPT[c]).join('') : s);

interface Style {
  basedOn?: string;
  run: Props;
  numId?: string;
  ilvl?: number;
}

class Styles {
  private byId = new Map<string, Style>();
  defaults: Props = {};
  defaultParagraph?: string;
  constructor(root: El | undefined) {
    this.defaults = rPrProps(child(child(child(root, 'docDefaults'), 'rPrDefault'), 'rPr'));
    for (const s of kids(root).filter((k) => k.name === 'style')) {
      const id = s.attrs.styleId;
      if (!id) continue;
      const numPr = child(child(s, 'pPr'), 'numPr');
      this.byId.set(id, {
        basedOn: child(s, 'basedOn')?.attrs.val,
        run: rPrProps(child(s, 'rPr')),
        numId: child(numPr, 'numId')?.attrs.val,
        ilvl: child(numPr, 'ilvl') ? Number(child(numPr, 'ilvl')!.attrs.val) : undefined,
      });
      if (s.attrs.type === 'paragraph' && on({ ...s, attrs: { val: s.attrs.default ?? '0' } }))
        this.defaultParagraph = id;
    }
  }
  /** a style's run properties with its basedOn chain (cycles cut) */
  run(id: string | undefined): Props {
    const chain: Style[] = [];
    const seen = new Set<string>();
    for (let s = id; s && !seen.has(s) && this.byId.has(s); s = this.byId.get(s)!.basedOn) {
      seen.add(s);
      chain.unshift(this.byId.get(s)!);
    }
    return chain.reduce((p, s) => merge(p, s.run), {} as Props);
  }
  numbering(id: string | undefined): { numId?: string; ilvl?: number } {
    const seen = new Set<string>();
    for (let s = id; s && !seen.has(s) && this.byId.has(s); s = this.byId.get(s)!.basedOn) {
      seen.add(s);
      const st = this.byId.get(s)!;
      if (st.numId !== undefined) return { numId: st.numId, ilvl: st.ilvl };
    }
    return {};
  }
}

interface Level {
  start: number;
  fmt: string;
  text: string;
  legal: boolean;
  run: Props;
  suffix: string;
}

const ROMAN: [number, string][] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];
const roman = (n: number) => {
  let s = '';
  for (const [v, r] of ROMAN)
    while (n >= v) {
      s += r;
      n -= v;
    }
  return s;
};
const letter = (n: number) => {
  const c = String.fromCharCode(97 + ((n - 1) % 26));
  return c.repeat(Math.floor((n - 1) / 26) + 1); // Word: a … z, aa … zz
};

/** One counter as Word prints it for a numFmt. */
export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'lowerLetter':
      return letter(n);
    case 'upperLetter':
      return letter(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

class Numbering {
  private abstract = new Map<string, Level[]>();
  private nums = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  private counters = new Map<string, number[]>();
  constructor(root: El | undefined) {
    for (const a of kids(root).filter((k) => k.name === 'abstractNum')) {
      const levels: Level[] = [];
      for (const l of kids(a).filter((k) => k.name === 'lvl')) {
        const suff = child(l, 'suff')?.attrs.val ?? 'tab';
        levels[Number(l.attrs.ilvl ?? 0)] = {
          start: Number(child(l, 'start')?.attrs.val ?? 1),
          fmt: child(l, 'numFmt')?.attrs.val ?? 'decimal',
          text: child(l, 'lvlText')?.attrs.val ?? '',
          legal: !!on(child(l, 'isLgl')),
          run: rPrProps(child(l, 'rPr')),
          suffix: suff === 'nothing' ? '' : ' ',
        };
      }
      this.abstract.set(a.attrs.abstractNumId ?? '', levels);
    }
    for (const n of kids(root).filter((k) => k.name === 'num')) {
      const starts = new Map<number, number>();
      for (const o of kids(n).filter((k) => k.name === 'lvlOverride')) {
        const s = child(o, 'startOverride');
        if (s) starts.set(Number(o.attrs.ilvl ?? 0), Number(s.attrs.val ?? 1));
      }
      this.nums.set(n.attrs.numId ?? '', { abstractId: child(n, 'abstractNumId')?.attrs.val ?? '', starts });
    }
  }
  /** The next label of list numId at level ilvl (counters advance), or null when it shows none. */
  next(numId: string, ilvl: number): { text: string; run: Props; suffix: string; bullet: boolean } | null {
    const num = this.nums.get(numId);
    const levels = num && this.abstract.get(num.abstractId);
    const lvl = levels?.[ilvl];
    if (!num || !levels || !lvl) return null;
    // lists that restart (startOverride) keep their own counters; the others share the abstract list's
    const key = num.starts.size ? `n${numId}` : `a${num.abstractId}`;
    let c = this.counters.get(key);
    if (!c) this.counters.set(key, (c = []));
    c[ilvl] = c[ilvl] === undefined ? (num.starts.get(ilvl) ?? lvl.start) : c[ilvl] + 1;
    for (let d = 0; d < ilvl; d++) if (c[d] === undefined) c[d] = num.starts.get(d) ?? levels[d]?.start ?? 1;
    c.length = ilvl + 1;
    if (lvl.fmt === 'bullet') return { text: '-', run: lvl.run, suffix: ' ', bullet: true };
    const label = lvl.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      return formatNumber(c![k] ?? 1, lvl.legal && k !== ilvl ? 'decimal' : (levels[k]?.fmt ?? 'decimal'));
    });
    return label.trim() ? { text: label, run: lvl.run, suffix: lvl.suffix, bullet: false } : null;
  }
}

/** Where the package keeps its main document and the parts it relates to. */
function locate(names: Set<string>, rels: (part: string) => El | undefined) {
  const target = (from: string, type: string): string | undefined => {
    const dir = from.includes('/') ? from.slice(0, from.lastIndexOf('/') + 1) : '';
    const relsPart = `${dir}_rels/${from.slice(dir.length)}.rels`.replace(/^\/_rels/, '_rels');
    const rel = kids(rels(from === '' ? '_rels/.rels' : relsPart)).find((r) =>
      (r.attrs.Type ?? '').endsWith(`/${type}`),
    );
    if (!rel?.attrs.Target) return undefined;
    const t = rel.attrs.Target;
    return t.startsWith('/') ? t.slice(1) : (dir + t).replace(/[^/]+\/\.\.\//g, '');
  };
  const main = target('', 'officeDocument') ?? 'word/document.xml';
  const find = (type: string, fallback: string) => {
    const t = target(main, type);
    return t && names.has(t) ? t : names.has(fallback) ? fallback : undefined;
  };
  return { main, styles: find('styles', 'word/styles.xml'), numbering: find('numbering', 'word/numbering.xml') };
}

export function readWord(bytes: Uint8Array): WordDocument {
  const pkg = openPackage(
    bytes,
    (n) =>
      n.endsWith('.rels') ||
      /^word\/(document|styles|numbering)\d*\.xml$/.test(n) ||
      /(document|styles|numbering)\.xml$/.test(n),
  );
  const names = new Set(pkg.names);
  const parsed = new Map<string, El | undefined>();
  const part = (name: string | undefined): El | undefined => {
    if (!name) return undefined;
    if (!parsed.has(name)) {
      const t = pkg.parts.get(name);
      parsed.set(name, t === undefined ? undefined : parseXml(t, name));
    }
    return parsed.get(name);
  };
  const where = locate(names, (p) => (pkg.parts.has(p) ? part(p) : undefined));
  if (!pkg.parts.has(where.main)) {
    throw new DocxError(
      'not-docx',
      names.has('content.xml')
        ? 'tệp OpenDocument (.odt), không phải .docx: hãy lưu lại dưới dạng .docx'
        : 'tệp nén zip nhưng không phải tài liệu Word (.docx): không có word/document.xml',
      names.has('content.xml')
        ? 'an OpenDocument (.odt) file, not .docx: save it as .docx'
        : 'a zip file but not a Word document: no word/document.xml',
    );
  }
  const doc = part(where.main)!;
  const styles = new Styles(part(where.styles));
  const numbering = new Numbering(part(where.numbering));
  const notes = new Set<string>();
  if ([...names].some((n) => /word\/comments\d*\.xml$/.test(n)))
    notes.add('Các nhận xét (comment) của Word đã bỏ qua.');

  const paragraphs: WordParagraph[] = [];
  let tables = 0;
  let gap = false;

  const readParagraph = (p: El, cell: CellRef | undefined) => {
    const pPr = child(p, 'pPr');
    const pStyle = child(pPr, 'pStyle')?.attrs.val ?? styles.defaultParagraph;
    const base = merge(styles.defaults, styles.run(pStyle));
    const runs: WordRun[] = [];
    const walk = (el: El) => {
      for (const k of kids(el)) {
        if (!isW(k)) {
          if (k.name === 'AlternateContent') walk(child(k, 'Fallback') ?? child(k, 'Choice') ?? k);
          continue;
        }
        switch (k.name) {
          case 'r':
            readRun(k);
            break;
          case 'hyperlink':
          case 'ins':
          case 'moveTo':
          case 'smartTag':
          case 'customXml':
          case 'fldSimple':
          case 'bdo':
          case 'dir':
            walk(k);
            break;
          case 'sdt':
            walk(child(k, 'sdtContent') ?? k);
            break;
          case 'del':
          case 'moveFrom':
            notes.add('Phần bị xóa khi theo dõi thay đổi (track changes) đã bỏ qua.');
            break;
        }
      }
    };
    const readRun = (r: El) => {
      const rPr = child(r, 'rPr');
      const props = merge(merge(base, styles.run(child(rPr, 'rStyle')?.attrs.val)), rPrProps(rPr));
      if (props.hidden) {
        if (kids(r).some((k) => k.name === 't' && textOf(k).trim())) notes.add('Chữ ẩn (hidden text) đã bỏ qua.');
        return;
      }
      let s = '';
      for (const k of kids(r)) {
        if (!isW(k)) {
          if (k.name === 'AlternateContent') notes.add('Hình vẽ và khung văn bản (text box) đã bỏ qua.');
          continue;
        }
        switch (k.name) {
          case 't':
            s += textOf(k);
            break;
          case 'tab':
          case 'ptab':
            s += '\t';
            break;
          case 'br':
            if (!k.attrs.type || k.attrs.type === 'textWrapping') s += '\n';
            break;
          case 'cr':
            s += '\n';
            break;
          case 'noBreakHyphen':
            s += '-';
            break;
          case 'footnoteReference':
          case 'endnoteReference':
            notes.add('Chú thích (footnote/endnote) đã bỏ qua.');
            break;
          case 'commentReference':
            notes.add('Các nhận xét (comment) của Word đã bỏ qua.');
            break;
          case 'drawing':
          case 'pict':
          case 'object':
            notes.add('Hình vẽ và khung văn bản (text box) đã bỏ qua.');
            break;
        }
      }
      if (props.sup) s = raise(s);
      if (s)
        runs.push({
          text: props.caps ? s.toUpperCase() : s,
          bold: !!props.bold,
          italic: !!props.italic,
          ...(props.underline ? { underline: true } : {}),
        });
    };
    walk(p);
    let label: WordParagraph['label'];
    const numPr = child(pPr, 'numPr');
    const fromStyle = styles.numbering(pStyle);
    const numId = child(numPr, 'numId')?.attrs.val ?? fromStyle.numId;
    const ilvl = Number(child(numPr, 'ilvl')?.attrs.val ?? fromStyle.ilvl ?? 0);
    if (numId && numId !== '0') {
      const l = numbering.next(numId, ilvl);
      if (l) {
        // the label wears the paragraph mark's formatting unless its level sets its own
        const mark = merge(base, rPrProps(child(pPr, 'rPr')));
        const lp = merge(mark, l.run);
        label = {
          text: lp.caps ? l.text.toUpperCase() : l.text,
          bold: !!lp.bold,
          italic: !!lp.italic,
          suffix: l.suffix,
        };
      }
    }
    // an empty paragraph is not counted (as Word's statistics do), but its number still advances the list
    if (!runs.some((r) => r.text.trim()) && (!label || label.text === '-')) {
      gap = true;
      return;
    }
    paragraphs.push({
      index: paragraphs.length + 1,
      runs,
      ...(label ? { label } : {}),
      ...(cell ? { cell } : {}),
      ...(gap ? { afterGap: true } : {}),
    });
    gap = false;
  };

  const readBlocks = (el: El, cell: CellRef | undefined) => {
    for (const k of kids(el)) {
      if (!isW(k)) {
        if (k.name === 'AlternateContent') readBlocks(child(k, 'Fallback') ?? k, cell);
        continue;
      }
      if (k.name === 'p') readParagraph(k, cell);
      else if (k.name === 'tbl') readTable(k, cell);
      else if (k.name === 'sdt') readBlocks(child(k, 'sdtContent') ?? k, cell);
      else if (k.name === 'customXml' || k.name === 'ins' || k.name === 'moveTo') readBlocks(k, cell);
    }
  };
  const readTable = (tbl: El, outer: CellRef | undefined) => {
    // a nested table's paragraphs belong to the outer cell a person sees them in
    const table = outer ? outer.table : ++tables;
    let n = 0;
    let row = 0;
    for (const tr of kids(tbl).filter((k) => k.name === 'tr' && isW(k))) {
      row++;
      for (const tc of kids(tr).filter((k) => k.name === 'tc' && isW(k))) {
        n++;
        readBlocks(tc, outer ?? { table, row, cell: n });
      }
    }
  };
  const body = child(doc, 'body');
  if (!body)
    throw new DocxError(
      'bad-xml',
      `tệp .docx bị hỏng: ${where.main} không có phần thân (w:body)`,
      `the .docx file is corrupt: ${where.main} has no w:body`,
    );
  readBlocks(body, undefined);
  return { paragraphs, notes: [...notes] };
}
