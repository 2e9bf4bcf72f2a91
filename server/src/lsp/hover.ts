// Hover: the rule behind a diagnostic (or named in a disable comment), else the part of the letter under the cursor.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { RULE_BY_NAME, type Analysis } from '../core/analyze.js';
import type { Rule } from '../core/rule.js';
import { ruleDocUrl, type Lang } from './diagnostics.js';
import { letterParts } from './parts.js';
import { uriToPath } from './config.js';
import type { Session } from './session.js';
import { placeHover, withPlaceCard } from './places.js';

/** How a hover links to a rule's page: a client command (VS Code opens the bundled README's preview), else its URL. */
export type RuleLink = (id: string) => string;
export const ruleCommandLink =
  (command: string): RuleLink =>
  (id) =>
    `command:${command}?${encodeURIComponent(JSON.stringify([id]))}`;

/** One short card: the rule and its title, the provision, a link to the rule's page (the message itself is in the
 * diagnostic). */
export function ruleMarkdown(rule: Rule, lang: Lang, link: RuleLink = ruleDocUrl): string {
  const en = lang === 'en';
  return `**${rule.id}** ${rule.title[lang]}  \n*${en ? 'Provision' : 'Căn cứ'}:* ${rule.provision} · [${en ? 'See the rule' : 'Xem quy tắc'}](${link(rule.id)})`;
}

const DIRECTIVE = /<!--\s*vanthu-(?:disable-next-line|disable-line|disable-file|disable|enable)\b([^>]*?)\s*-->/g;

/** A citation card at an offset (from the cross-reference index), shown before the part of the letter. */
export type CitationHover = (
  offset: number,
) => { value: string; span: { start: number; end: number }; own?: boolean } | null;

export function hover(a: Analysis, pos: Position, lang: Lang, citation?: CitationHover, link?: RuleLink): Hover | null {
  // a unit name of the agency lines or the date line: its card first (places.ts)
  return withPlaceCard(letterHover(a, pos, lang, citation, link), placeHover(a, pos, lang));
}

function letterHover(a: Analysis, pos: Position, lang: Lang, citation?: CitationHover, link?: RuleLink): Hover | null {
  const src = a.source;
  const offset = src.offsetAt(pos);
  const card = citation?.(offset) ?? null;
  // a rule named in a disable comment
  const lineText = src.lineText(pos.line);
  if (lineText.includes('vanthu-')) {
    DIRECTIVE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DIRECTIVE.exec(lineText))) {
      const argsAt = m.index + m[0].indexOf(m[1], m[0].indexOf('vanthu-'));
      const re = /[^\s,]+/g;
      let t: RegExpExecArray | null;
      while ((t = re.exec(m[1]))) {
        const a0 = argsAt + t.index;
        if (pos.character >= a0 && pos.character <= a0 + t[0].length) {
          const rule = RULE_BY_NAME.get(t[0]);
          if (rule) {
            return {
              contents: { kind: MarkupKind.Markdown, value: ruleMarkdown(rule, lang, link) },
              range: { start: { line: pos.line, character: a0 }, end: { line: pos.line, character: a0 + t[0].length } },
            };
          }
        }
      }
    }
  }
  // diagnostics under the cursor
  const hits = a.diagnostics.filter((d) => d.span.start <= offset && offset <= d.span.end);
  if (hits.length) {
    const rules = [...new Map(hits.map((d) => [d.rule, RULE_BY_NAME.get(d.rule)!])).values()].filter(Boolean);
    const value = rules.map((r) => ruleMarkdown(r, lang, link)).join('\n\n');
    return {
      contents: { kind: MarkupKind.Markdown, value: card && !card.own ? `${card.value}\n\n---\n\n${value}` : value },
      range:
        card && !card.own
          ? { start: src.positionAt(card.span.start), end: src.positionAt(card.span.end) }
          : { start: hits[0].start, end: hits[0].end },
    };
  }
  // a citation's card replaces the part's hover; on the letter's own Số line both are shown
  if (card && !card.own)
    return {
      contents: { kind: MarkupKind.Markdown, value: card.value },
      range: { start: src.positionAt(card.span.start), end: src.positionAt(card.span.end) },
    };
  const part = a.letter.isLetter
    ? letterParts(a.letter).find(
        (p) => p.startLine <= pos.line && pos.line <= p.endLine && p.start <= offset && offset <= p.end,
      )
    : undefined;
  if (!part)
    return card
      ? {
          contents: { kind: MarkupKind.Markdown, value: card.value },
          range: { start: src.positionAt(card.span.start), end: src.positionAt(card.span.end) },
        }
      : null;
  const en = lang === 'en';
  const partValue = `**${part.name[lang]}**${en ? ` (${part.name.vi})` : ''}\n\n*${en ? 'Governed by' : 'Quy định tại'}:* ${part.provision}`;
  return {
    contents: { kind: MarkupKind.Markdown, value: card ? `${card.value}\n\n---\n\n${partValue}` : partValue },
    range: { start: src.positionAt(part.start), end: src.positionAt(part.end) },
  };
}

export function registerHover(s: Session): void {
  s.connection.onHover(async (params) => {
    const doc = s.documents.get(params.textDocument.uri);
    const e = doc && (await s.latestFor(doc));
    if (!doc || !e || !e.resolved.included) return null;
    const path = uriToPath(doc.uri);
    if (path) await s.xref.within(2000);
    const link = s.init.ruleCommand ? ruleCommandLink(s.init.ruleCommand) : undefined;
    return hover(
      e.analysis,
      params.position,
      s.lang,
      path ? (offset) => s.xref.hover(path, offset, s.lang) : undefined,
      link,
    );
  });
}
