// Code lenses over citations (vanthu.citationLens): replaced, no longer in force, unknown; citation counts with "all".
import type { Session } from './session.js';

export function registerCodeLens(s: Session): void {
  s.connection.onCodeLens(async (params) => {
    const x = await s.indexed(params.textDocument.uri);
    if (!x) return [];
    const settings = await s.settings(x.doc.uri);
    if (settings.codeLens === false) return [];
    return s.xref.lenses(x.path, x.e.analysis.source, settings.citationLens ?? 'problems', s.lang);
  });
}
