// Text from a letter or the registry inside hover Markdown: escaped so that it shows as written and never becomes a
// link, an image, HTML or a command (the client trusts command links of its own).

/** Any text as Markdown that shows it literally, on one line (mid-line: block markers such as "-", "#", "1." are
 * not special there; emphasis, code, links, HTML and entities are). */
export function mdText(s: string): string {
  return s
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[\\`*_[\]<>~&]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '\\' + c));
}

/** Inline code: the content cannot close the span (backticks are replaced), one line. */
export function mdCode(s: string): string {
  return '`' + s.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/`/g, 'ʼ') + '`';
}

/** A link destination (a URL or file URI) percent-encoded where Markdown would end or change it. */
export function mdUrl(u: string): string {
  return u.replace(/[\s()<>\\`"'[\]]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

/** `[text](target)`, both escaped; only http(s) and file targets are made links, anything else is text. */
export function mdLink(text: string, target: string): string {
  if (!/^(?:https?|file):/i.test(target)) return mdText(text);
  return `[${mdText(text)}](${mdUrl(target)})`;
}
