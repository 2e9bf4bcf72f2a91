// Document symbols (outline) of a letter: its parts, with the numbered items tree under the body.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { Analysis } from '../core/analyze.js';
import type { Item } from '../core/model.js';
import type { Lang } from './diagnostics.js';
import type { Session } from './session.js';
import { itemEndOffset, letterParts } from './parts.js';

const short = (s: string, n = 60) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

const KIND: Record<string, SymbolKind> = {
  agency: SymbolKind.Namespace,
  quocHieu: SymbolKind.Constant,
  so: SymbolKind.Number,
  date: SymbolKind.Event,
  tenLoai: SymbolKind.Class,
  trichYeu: SymbolKind.String,
  kinhGui: SymbolKind.Interface,
  canCu: SymbolKind.Property,
  body: SymbolKind.Module,
  noiNhan: SymbolKind.Interface,
  signature: SymbolKind.Key,
};

export function documentSymbols(a: Analysis, lang: Lang): DocumentSymbol[] {
  if (!a.letter.isLetter) return [];
  const src = a.source;
  const item = (it: Item): DocumentSymbol => {
    const first = it.paragraph.lines[0];
    const label = it.paragraph.marker
      ? it.paragraph.joined.text.slice(it.paragraph.marker.at[1]).trim()
      : it.paragraph.joined.text;
    const selEnd = it.paragraph.lines[0]?.end ?? first.start;
    return {
      name: `${it.label} ${short(label)}`.trim(),
      kind:
        it.kind === 'dieu'
          ? SymbolKind.Class
          : it.kind === 'diem' || it.kind === 'diem-dot'
            ? SymbolKind.Field
            : SymbolKind.EnumMember,
      range: { start: src.positionAt(first.start), end: src.positionAt(itemEndOffset(it)) },
      selectionRange: { start: src.positionAt(first.start), end: src.positionAt(selEnd) },
      children: it.children.map(item),
    };
  };
  return letterParts(a.letter).map((p) => {
    const range = { start: src.positionAt(p.start), end: src.positionAt(p.end) };
    return {
      name: p.name[lang],
      detail: p.detail ? short(p.detail) : undefined,
      kind: KIND[p.key] ?? SymbolKind.Object,
      range,
      selectionRange: { start: range.start, end: src.positionAt(src.lineEnds[p.startLine]) },
      children: p.items?.length ? p.items.map(item) : [],
    };
  });
}

export function registerSymbols(s: Session): void {
  s.connection.onDocumentSymbol(async (params) => {
    const doc = s.documents.get(params.textDocument.uri);
    const e = doc && (await s.latestFor(doc));
    return e ? documentSymbols(e.analysis, s.lang) : [];
  });
}
