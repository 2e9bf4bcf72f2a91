// Export renderers over the layout model (see server/src/core/layout/index.ts).
export { renderHtml, type HtmlOptions } from './html.js';
export { renderDocx, type DocxOptions } from './docx.js';
