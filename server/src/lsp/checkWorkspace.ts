// "Kiểm tra toàn bộ thư mục" (vanthu.checkWorkspace): every letter of the workspace checked and published, the
// cross-document findings included — what `vanthu lint FOLDER` prints for the same folder.
import type { Findings } from './findings.js';
import type { Session } from './session.js';
import { fileUri } from './workspace.js';
import { checkDocx } from './docx.js';

export const CHECK_WORKSPACE_COMMAND = 'vanthu.checkWorkspace';

export function registerCheckWorkspace(s: Session, findings: Findings): void {
  s.commands.set(CHECK_WORKSPACE_COMMAND, async (_args, token) => {
    const progress = s.client.progress ? await s.connection.window.createWorkDoneProgress() : null;
    const all = await s.workspace.files();
    const files = await s.workspace.letters(); // those include/exclude select
    progress?.begin(s.lang === 'en' ? 'Checking letters' : 'Đang kiểm tra văn bản', 0, `0/${files.length}`, true);
    await s.xref.within(30000); // the cross-document findings need the workspace index
    let letters = 0;
    let problems = 0;
    let checked = 0;
    for (const path of files) {
      if (token.isCancellationRequested || progress?.token.isCancellationRequested) break;
      const uri = fileUri(path);
      checked++;
      if (checked % 10 === 0 || checked === files.length)
        progress?.report(Math.round((checked / files.length) * 100), `${checked}/${files.length}`);
      const open = s.documents.get(uri);
      let ds;
      if (open) {
        ds = (await findings.forDocument(open)) ?? [];
        if (s.cache.peek(uri)?.analysis.letter.isLetter) letters++;
      } else {
        const state = await findings.closedState(path);
        if (!state) continue;
        ds = findings.forClosed(path, state.r, state.core);
        if (s.xref.index.summary(path)?.isLetter) letters++;
      }
      problems += ds.length;
      // a pull client with refresh pulls open documents one by one and closed ones through workspace/diagnostic:
      // pushing them as well would show every finding twice (VS Code keeps pulled and pushed diagnostics apart)
      if (s.client.pull && (open || s.client.refresh)) continue;
      if (!open) findings.pushedClosed.add(uri);
      void s.connection.sendDiagnostics({ uri, version: open?.version, diagnostics: ds });
    }
    const word = await checkDocx(s, () => token.isCancellationRequested || !!progress?.token.isCancellationRequested);
    progress?.done();
    if (s.client.pull && s.client.refresh) void s.connection.languages.diagnostics.refresh();
    return {
      files: all.length + word.files,
      letters: letters + word.letters,
      problems: problems + word.problems,
      // over the cap: how many letters there are and how many were checked (the user was told by a message)
      ...(s.workspace.cap ? { capped: s.workspace.cap } : {}),
      ...(word.capped ? { docxCapped: word.capped } : {}),
    };
  });
}
