// Cross-references in a real VS Code: go to definition across two files and find all references, through the
// editor's own commands (vscode.executeDefinitionProvider / executeReferenceProvider) on test/editor/workspace/xref.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, file, open, until } from './helpers';

const DEF = 'xref/ke-hoach-14.md';
const CITING = 'xref/cong-van-trien-khai.md';

const lineOf = (doc: vscode.TextDocument, needle: string) => {
  for (let i = 0; i < doc.lineCount; i++) if (doc.lineAt(i).text.includes(needle)) return i;
  throw new Error(`"${needle}" not in ${doc.uri.toString()}`);
};
const posOf = (doc: vscode.TextDocument, needle: string, delta = 0) => {
  const l = lineOf(doc, needle);
  return new vscode.Position(l, doc.lineAt(l).text.indexOf(needle) + delta);
};
const loc = (x: vscode.Location | vscode.LocationLink) =>
  'targetUri' in x ? { uri: x.targetUri, range: x.targetSelectionRange ?? x.targetRange } : x;

describe('Văn Thư in VS Code: cross-references', function () {
  this.timeout(60_000);
  before(api);
  afterEach(closeAll);

  it("goes to the definition of a citation in another file (the letter's Số line)", async () => {
    const { document } = await open(file(CITING));
    const defDoc = await vscode.workspace.openTextDocument(file(DEF));
    const pos = posOf(document, '14/KH-UBND', 2);
    // the index is built in the background: wait until the definition resolves
    const defs = await until(
      () =>
        vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
          'vscode.executeDefinitionProvider',
          document.uri,
          pos,
        ),
      (ds) => !!ds && ds.length > 0,
      'a definition',
    );
    const d = loc(defs[0]);
    assert.equal(d.uri.toString(), file(DEF).toString());
    assert.equal(d.range.start.line, lineOf(defDoc, 'Số: 14/KH-UBND'));
    // the short form "Kế hoạch nêu trên" goes there too
    const short = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      document.uri,
      posOf(document, 'Kế hoạch nêu trên', 3),
    );
    assert.equal(loc(short[0]).uri.toString(), file(DEF).toString());
  });

  it('finds the references of a document across the workspace, short forms included', async () => {
    const { document } = await open(file(DEF));
    const pos = posOf(document, 'Số: 14/KH-UBND', 6);
    const refs = await until(
      () => vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, pos),
      (rs) => !!rs && rs.some((r) => r.uri.toString() === file(CITING).toString()),
      'references in the citing letter',
    );
    const citing = refs.filter((r) => r.uri.toString() === file(CITING).toString());
    assert.equal(citing.length, 2, 'the citation and "Kế hoạch nêu trên"');
    const other = await vscode.workspace.openTextDocument(file(CITING));
    assert.equal(other.getText(citing[0].range), 'Kế hoạch số 14/KH-UBND');
    assert.equal(other.getText(citing[1].range), 'Kế hoạch nêu trên');
    // includeDeclaration (VS Code asks for it): the defining letter's Số line
    assert.ok(
      refs.some((r) => r.uri.toString() === file(DEF).toString() && r.range.start.line === pos.line),
      'the declaration',
    );
  });
});
