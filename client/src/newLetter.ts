// "Văn Thư: Soạn văn bản mới": the whole-letter snippet of the chosen type (snippets/vanthu.code-snippets, the
// same skeletons as the snippet prefixes) with the header filled from the agency profile and today's date, in a
// new editor named after the type and the date, the cursor on the trích yếu.
import * as vscode from 'vscode';
import type { Profile } from '../../schemas/config';
import { fold, t } from './i18n';
import { loadLetterTemplates, type LetterTemplate } from './letters';
import { readProfile } from './profile';

/** Text put literally into a snippet body. */
const lit = (s: string) => s.replace(/[\\$}]/g, (m) => `\\${m}`);

/** "ngày 03 tháng 3 năm 2026": days 1–9 and months 1–2 keep a leading zero (NĐ 30, Phụ lục I, Mục II, khoản 4 điểm
 * b). */
export function dateWords(d: Date): { day: string; month: string; year: string } {
  const m = d.getMonth() + 1;
  return {
    day: String(d.getDate()).padStart(2, '0'),
    month: m < 3 ? `0${m}` : String(m),
    year: String(d.getFullYear()),
  };
}

/** The agency lines of the header: chủ quản above the name, or a UBND/HĐND name split after "NHÂN DÂN". */
export function agencyLines(p: Profile): string[] {
  const name = p.issuerName!.trim();
  if (p.parentName?.trim()) return [p.parentName.trim(), name];
  const m = /^((?:ỦY|UỶ) BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN)\s+(.+)$/u.exec(name.normalize('NFC'));
  return m ? [m[1], m[2]] : [name];
}

const STOP = /\$\{(\d+)(?::((?:[^{}\\]|\\.|\{[^{}]*\})*))?\}/g;

/**
 * The snippet body with the profile and the date written in: the agency block (the lines before the first blank
 * line), the place and date line, the ký hiệu codes of the Số line; the number stays blank for the văn thư. Parts
 * the profile does not give keep their placeholders.
 */
export function fillTemplate(body: string, p: Profile, today: Date): string {
  const lines = body.split('\n');
  const { day, month, year } = dateWords(today);
  const firstBlank = lines.indexOf('');
  if (p.issuerName && firstBlank > 0 && /\$\{\d+/.test(lines.slice(0, firstBlank).join('\n'))) {
    const agency = agencyLines(p);
    lines.splice(
      0,
      firstBlank,
      ...agency.map((l, i) => `${i === 0 ? '**' : ''}${lit(l)}${i === agency.length - 1 ? '**' : '  '}`),
    );
  }
  const renames = new Map<string, string>();
  let dated = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const date = dated ? null : /^(\$\{\d+:([^}]*)\}|[^,]*), ngày .* tháng .* năm .*$/u.exec(line);
    if (date) {
      dated = true;
      const place = p.place ?? date[2] ?? date[1];
      lines[i] = `${lit(place)}, ngày ${day} tháng ${month} năm ${year}`;
      continue;
    }
    if (/^Số: /.test(line)) {
      const stops = [...line.matchAll(STOP)];
      const [num, ...codes] = stops;
      if (num && num[2] === undefined) lines[i] = line.replace(num[0], '');
      const values = [p.issuerCode, p.unitCodes?.[0]];
      codes.forEach((s, k) => values[k] && renames.set(s[1], values[k]!));
    }
  }
  return lines.join('\n').replace(STOP, (m, n: string) => (renames.has(n) ? `\${${n}:${lit(renames.get(n)!)}}` : m));
}

/** "Giấy mời" on 2026-12-03 → "giay-moi-2026-12-03.md". */
export function letterFileName(typeName: string, d: Date): string {
  const slug = fold(typeName)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return `${slug || 'van-ban'}-${iso}.md`;
}

/** A quick pick of the types that matches with or without diacritics ("giay moi" finds Giấy mời). */
export async function pickTemplate(templates: LetterTemplate[]): Promise<LetterTemplate | undefined> {
  const qp = vscode.window.createQuickPick<vscode.QuickPickItem & { t: LetterTemplate }>();
  const all = templates.map((x) => ({ label: x.name, description: x.prefix, detail: x.description, t: x }));
  qp.placeholder = t('Document type of the new letter (typing without diacritics works: "giay moi")');
  qp.matchOnDescription = true;
  qp.matchOnDetail = true;
  qp.items = all;
  // VS Code's own filter does not fold diacritics: items matching the folded words are always shown
  qp.onDidChangeValue((v) => {
    const words = fold(v).split(/\s+/).filter(Boolean);
    qp.items = all.map((i) => ({
      ...i,
      alwaysShow: words.length > 0 && words.every((w) => fold(`${i.label} ${i.description} ${i.detail}`).includes(w)),
    }));
  });
  return new Promise((resolve) => {
    qp.onDidAccept(() => {
      resolve(qp.selectedItems[0]?.t);
      qp.hide();
    });
    qp.onDidHide(() => {
      resolve(undefined);
      qp.dispose();
    });
    qp.show();
  });
}

/** Opens the new letter; `type` (a snippet prefix or name) skips the picker. */
export async function newLetter(
  context: vscode.ExtensionContext,
  type?: string,
  today = new Date(),
): Promise<vscode.TextEditor | undefined> {
  const templates = loadLetterTemplates(context);
  let tpl = type
    ? templates.find((x) => x.prefix === type || x.name === type || fold(x.name) === fold(type))
    : undefined;
  tpl ??= await pickTemplate(templates);
  if (!tpl) return undefined;
  const folder =
    (vscode.window.activeTextEditor &&
      vscode.workspace.getWorkspaceFolder(vscode.window.activeTextEditor.document.uri)) ??
    vscode.workspace.workspaceFolders?.[0];
  const profile = await readProfile(folder?.uri);
  // an untitled document with a path: the tab shows the file name and Save proposes it
  const name = letterFileName(tpl.name, today);
  let uri = folder
    ? vscode.Uri.joinPath(folder.uri, name).with({ scheme: 'untitled' })
    : vscode.Uri.from({ scheme: 'untitled', path: name });
  for (
    let n = 2;
    vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()) ||
    (folder && (await exists(uri.with({ scheme: 'file' }))));
    n++
  ) {
    uri = uri.with({ path: uri.path.replace(/(?:-\d+)?\.md$/, `-${n}.md`) });
  }
  const doc = await vscode.workspace.openTextDocument(uri);
  if (doc.languageId !== 'markdown') await vscode.languages.setTextDocumentLanguage(doc, 'markdown');
  const editor = await vscode.window.showTextDocument(doc);
  await editor.insertSnippet(
    new vscode.SnippetString(fillTemplate(tpl.body, profile, today)),
    new vscode.Position(0, 0),
  );
  return editor;
}

/** Whether a file or folder is there (through VS Code's file system, so remote and virtual folders too). */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
