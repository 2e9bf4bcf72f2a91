// A small resolver for VS Code's snippet syntax (https://code.visualstudio.com/docs/editing/userdefinedsnippets#_grammar),
// enough to expand the snippets of snippets/ the way the editor does: tab stops and placeholders (first
// placeholder value wins, mirrors repeat it), choices (first option), variables with transforms, escapes.

export type Node =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number; children: Node[]; choices?: string[]; transform?: Transform }
  | { kind: 'variable'; name: string; children: Node[]; transform?: Transform };

export interface Transform {
  regex: RegExp;
  format: FormatPart[];
}
type FormatPart = string | { group: number; modifier?: string; ifText?: string; elseText?: string };

export class SnippetSyntaxError extends Error {}

export function parseSnippet(src: string): Node[] {
  let i = 0;
  const fail = (msg: string): never => {
    throw new SnippetSyntaxError(`${msg} at ${i}: …${src.slice(Math.max(0, i - 20), i + 20)}…`);
  };
  const int = () => {
    const m = /^\d+/.exec(src.slice(i));
    if (!m) return null;
    i += m[0].length;
    return Number(m[0]);
  };
  const name = () => {
    const m = /^[_a-zA-Z][_a-zA-Z0-9]*/.exec(src.slice(i));
    if (!m) return null;
    i += m[0].length;
    return m[0];
  };
  const until = (stop: string, escapable: string) => {
    let s = '';
    while (i < src.length && src[i] !== stop) {
      if (src[i] === '\\' && escapable.includes(src[i + 1])) {
        s += src[i + 1];
        i += 2;
      } else s += src[i++];
    }
    if (src[i] !== stop) fail(`expected "${stop}"`);
    i++;
    return s;
  };
  const transform = (): Transform => {
    // after "/": regex/format/options}
    const regex = until('/', '/');
    const formatSrc = until('/', '/$\\}');
    const opts = until('}', '');
    return { regex: new RegExp(regex, opts), format: parseFormat(formatSrc) };
  };
  const seq = (inside: boolean): Node[] => {
    const out: Node[] = [];
    let text = '';
    const flush = () => {
      if (text) out.push({ kind: 'text', value: text });
      text = '';
    };
    while (i < src.length) {
      const c = src[i];
      if (c === '\\' && i + 1 < src.length && '$}\\'.includes(src[i + 1])) {
        text += src[i + 1];
        i += 2;
      } else if (c === '}' && inside) {
        break;
      } else if (c === '$') {
        const start = i;
        i++;
        let n: number | null;
        let v: string | null;
        if ((n = int()) !== null) {
          flush();
          out.push({ kind: 'tabstop', index: n, children: [] });
        } else if ((v = name()) !== null) {
          flush();
          out.push({ kind: 'variable', name: v, children: [] });
        } else if (src[i] === '{') {
          i++;
          flush();
          if ((n = int()) !== null) {
            if (src[i] === '}') {
              i++;
              out.push({ kind: 'tabstop', index: n, children: [] });
            } else if (src[i] === ':') {
              i++;
              const children = seq(true);
              if (src[i++] !== '}') fail('unclosed placeholder');
              out.push({ kind: 'tabstop', index: n, children });
            } else if (src[i] === '|') {
              i++;
              const choices: string[] = [];
              let cur = '';
              for (;;) {
                if (i >= src.length) fail('unclosed choice');
                const ch = src[i];
                if (ch === '\\' && ',|\\$}'.includes(src[i + 1])) {
                  cur += src[i + 1];
                  i += 2;
                } else if (ch === ',') {
                  choices.push(cur);
                  cur = '';
                  i++;
                } else if (ch === '|' && src[i + 1] === '}') {
                  choices.push(cur);
                  i += 2;
                  break;
                } else {
                  cur += ch;
                  i++;
                }
              }
              out.push({ kind: 'tabstop', index: n, children: [], choices });
            } else if (src[i] === '/') {
              i++;
              out.push({ kind: 'tabstop', index: n, children: [], transform: transform() });
            } else fail('bad tab stop');
          } else if ((v = name()) !== null) {
            if (src[i] === '}') {
              i++;
              out.push({ kind: 'variable', name: v, children: [] });
            } else if (src[i] === ':') {
              i++;
              const children = seq(true);
              if (src[i++] !== '}') fail('unclosed variable');
              out.push({ kind: 'variable', name: v, children });
            } else if (src[i] === '/') {
              i++;
              out.push({ kind: 'variable', name: v, children: [], transform: transform() });
            } else fail('bad variable');
          } else fail('bad "${"');
        } else {
          i = start + 1;
          text += '$'; // a lone "$" is text
        }
      } else {
        text += c;
        i++;
      }
    }
    flush();
    return out;
  };
  const nodes = seq(false);
  if (i < src.length) fail('unexpected "}"');
  return nodes;
}

function parseFormat(s: string): FormatPart[] {
  const parts: FormatPart[] = [];
  let text = '';
  let i = 0;
  while (i < s.length) {
    if (s[i] === '$') {
      let m = /^\$(\d+)/.exec(s.slice(i));
      if (m) {
        if (text) {
          parts.push(text);
          text = '';
        }
        parts.push({ group: Number(m[1]) });
        i += m[0].length;
        continue;
      }
      m =
        /^\$\{(\d+)(?::(\/(upcase|downcase|capitalize|camelcase|pascalcase)|\+([^}]*)|\?([^:}]*):([^}]*)|-?([^}]*)))?\}/.exec(
          s.slice(i),
        );
      if (m) {
        if (text) {
          parts.push(text);
          text = '';
        }
        parts.push({ group: Number(m[1]), modifier: m[3], ifText: m[4] ?? m[5], elseText: m[6] ?? m[7] });
        i += m[0].length;
        continue;
      }
    }
    text += s[i++];
  }
  if (text) parts.push(text);
  return parts;
}

function applyTransform(value: string, t: Transform): string {
  return value.replace(t.regex, (...args) => {
    const groups = args.slice(
      0,
      args.findIndex((a, k) => k > 0 && typeof a === 'number'),
    ) as (string | undefined)[];
    return t.format
      .map((p) => {
        if (typeof p === 'string') return p;
        const g = groups[p.group];
        if (p.ifText !== undefined || p.elseText !== undefined) return g ? (p.ifText ?? g) : (p.elseText ?? '');
        if (g === undefined) return '';
        switch (p.modifier) {
          case 'upcase':
            return g.toLocaleUpperCase();
          case 'downcase':
            return g.toLocaleLowerCase();
          case 'capitalize':
            return g.charAt(0).toLocaleUpperCase() + g.slice(1);
          default:
            return g;
        }
      })
      .join('');
  });
}

/** Snippet variables for a fixed date (what VS Code computes for "today"). */
export function dateVariables(iso: string): Record<string, string> {
  const [y, m, d] = iso.split('-');
  return {
    CURRENT_YEAR: y,
    CURRENT_YEAR_SHORT: y.slice(2),
    CURRENT_MONTH: m,
    CURRENT_DATE: d,
    TM_FILENAME: 'van-ban.md',
  };
}

/**
 * Expands a snippet body. `values` overrides tab stops by index (the user's typing); otherwise a tab stop
 * takes its first placeholder's value, a choice its first option; mirrors repeat the value.
 */
export function expandSnippet(
  body: string | string[],
  variables: Record<string, string>,
  values: Record<number, string> = {},
): string {
  const nodes = parseSnippet(Array.isArray(body) ? body.join('\n') : body);
  const chosen = new Map<number, string>(Object.entries(values).map(([k, v]) => [Number(k), v]));
  // First pass: the value of each tab stop = its first placeholder / choice.
  const collect = (ns: Node[]) => {
    for (const n of ns) {
      if (n.kind === 'tabstop' && !chosen.has(n.index) && (n.children.length || n.choices)) {
        chosen.set(n.index, n.choices ? n.choices[0] : render(n.children));
      }
      if (n.kind !== 'text') collect(n.children);
    }
  };
  const render = (ns: Node[]): string =>
    ns
      .map((n) => {
        if (n.kind === 'text') return n.value;
        if (n.kind === 'variable') {
          const v = variables[n.name];
          // VS Code: unknown variable → its name
          if (v === undefined) return n.children.length ? render(n.children) : n.name;
          return n.transform ? applyTransform(v, n.transform) : v;
        }
        const v = chosen.get(n.index) ?? (n.choices ? n.choices[0] : render(n.children));
        return n.transform ? applyTransform(v, n.transform) : v;
      })
      .join('');
  collect(nodes);
  return render(nodes);
}
