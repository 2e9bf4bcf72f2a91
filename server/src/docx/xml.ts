// A small element tree over saxes (strict, namespace-aware): Word's parts are matched by namespace and local name,
// so a producer's choice of prefixes does not matter.
import { SaxesParser } from 'saxes';
import { DocxError } from './container.js';

export interface El {
  ns: string;
  name: string; // local name
  attrs: Record<string, string>; // by local name
  children: (El | string)[];
}

export function parseXml(text: string, part: string): El {
  const parser = new SaxesParser({
    xmlns: true,
    position: true,
    resolvePrefix: (p: string) => `urn:vanthu:unbound:${p}`,
  });
  const root: El = { ns: '', name: '#document', attrs: {}, children: [] };
  const stack: El[] = [root];
  let failure: Error | null = null;
  parser.on('error', (e) => {
    failure ??= e;
  });
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) attrs[a.local] = a.value;
    const el: El = { ns: tag.uri, name: tag.local, attrs, children: [] };
    stack[stack.length - 1].children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (t) => void stack[stack.length - 1].children.push(t));
  parser.on('cdata', (t) => void stack[stack.length - 1].children.push(t));
  try {
    parser.write(text.replace(/^\ufeff/, '')).close();
  } catch (e) {
    failure ??= e as Error;
  }
  if (failure) {
    const at = `dòng ${parser.line}, cột ${parser.column + 1}`;
    throw new DocxError(
      'bad-xml',
      `tệp .docx bị hỏng: phần ${part} không phải XML hợp lệ (${at})`,
      `the .docx file is corrupt: part ${part} is not well-formed XML (line ${parser.line}, column ${parser.column + 1})`,
    );
  }
  const top = root.children.find((c): c is El => typeof c !== 'string');
  if (!top)
    throw new DocxError(
      'bad-xml',
      `tệp .docx bị hỏng: phần ${part} rỗng`,
      `the .docx file is corrupt: part ${part} is empty`,
    );
  return top;
}

export const kids = (el: El | undefined): El[] =>
  el ? (el.children.filter((c) => typeof c !== 'string') as El[]) : [];
export const child = (el: El | undefined, name: string): El | undefined => kids(el).find((c) => c.name === name);
export const text = (el: El): string => el.children.map((c) => (typeof c === 'string' ? c : '')).join('');
