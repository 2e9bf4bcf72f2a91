// Cross-references: go to definition, find references, document links and workspace symbols, from the index.
import type { Session } from './session.js';

export function registerNavigation(s: Session): void {
  const { connection, xref } = s;
  connection.onDefinition(async (params) => {
    const x = await s.indexed(params.textDocument.uri);
    return x ? xref.definition(x.path, x.e.analysis.source.offsetAt(params.position)) : null;
  });

  connection.onReferences(async (params) => {
    const x = await s.indexed(params.textDocument.uri);
    return x
      ? xref.references(x.path, x.e.analysis.source.offsetAt(params.position), !!params.context?.includeDeclaration)
      : null;
  });

  connection.onDocumentLinks(async (params) => {
    const x = await s.indexed(params.textDocument.uri);
    return x ? xref.links(x.path, x.e.analysis.source) : [];
  });

  connection.onWorkspaceSymbol(async (params) => {
    await xref.within(5000);
    return xref.symbols(params.query);
  });
}
