// Whole-letter skeletons offered by "Văn Thư: New Letter", read from the contributed snippet file.
import * as vscode from 'vscode';
import { readFileSync } from 'node:fs';

export interface SnippetDef {
  prefix: string | string[];
  body: string | string[];
  description?: string;
  isFileTemplate?: boolean;
}

export const SNIPPET_FILE = 'snippets/vanthu.code-snippets';

export interface LetterTemplate {
  name: string; // snippet name, e.g. "Công văn"
  prefix: string;
  description: string;
  body: string;
}

export function loadLetterTemplates(context: vscode.ExtensionContext): LetterTemplate[] {
  const raw = JSON.parse(readFileSync(context.asAbsolutePath(SNIPPET_FILE), 'utf8')) as Record<string, SnippetDef>;
  const out: LetterTemplate[] = [];
  for (const [name, s] of Object.entries(raw)) {
    if (!s.isFileTemplate) continue;
    out.push({
      name,
      prefix: Array.isArray(s.prefix) ? s.prefix[0] : s.prefix,
      description: s.description ?? '',
      body: Array.isArray(s.body) ? s.body.join('\n') : s.body,
    });
  }
  return out;
}
