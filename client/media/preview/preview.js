// The page preview's webview: draws the layout posted by the extension (plain data) as A4 pages. Every piece of the
// user's text goes into the DOM through textContent; no innerHTML, no eval, no remote content (see the panel's CSP).
// @ts-check
/* global acquireVsCodeApi */
(function () {
  'use strict';
  // @ts-expect-error: provided by the VS Code webview host
  const vscode = acquireVsCodeApi();
  const pagesEl = /** @type {HTMLElement} */ (document.getElementById('pages'));
  const statusEl = /** @type {HTMLElement} */ (document.getElementById('status'));
  const messageEl = /** @type {HTMLElement} */ (document.getElementById('message'));
  const zoomLevel = /** @type {HTMLElement} */ (document.getElementById('zoom-level'));
  const ZOOMS = [0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2];
  const saved = vscode.getState() || {};
  /** 'fit': the page's width fills the panel (the default); else a fixed factor of the true size. */
  let zoomMode = saved.zoom === 'fit' || typeof saved.zoom !== 'number' ? 'fit' : 'fixed';
  let zoom = zoomMode === 'fixed' && ZOOMS.includes(saved.zoom) ? saved.zoom : 1;
  const MM = 96 / 25.4; // CSS px per mm
  /** @type {any} */
  let doc = null;
  /** @type {[number, number, HTMLElement][]} Elements carrying a source range, in document order: [start, end,
   * element]. */
  let ranged = [];
  let cursor = /** @type {number | null} */ (null);
  let current = /** @type {HTMLElement | null} */ (null);

  const fmt = (/** @type {string} */ s, /** @type {...(string|number)} */ ...args) =>
    s.replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)] ?? ''));

  function el(/** @type {string} */ tag, /** @type {string} */ cls) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    return e;
  }

  function setRange(/** @type {HTMLElement} */ e, /** @type {{start:number,end:number}|undefined} */ span) {
    if (!span) return;
    e.dataset.s = String(span.start);
    e.dataset.e = String(span.end);
    ranged.push([span.start, span.end, e]);
  }

  /** @type {number[]} Offsets where a diagnostic starts or ends, sorted (a run printed as written is cut there). */
  let cuts = [];

  /** A run in pieces at the diagnostics' boundaries, so a finding underlines its own characters, not the whole run. */
  function split(/** @type {any} */ r) {
    const span = r.span;
    if (!span || span.end - span.start !== r.text.length) return [r];
    const at = cuts.filter((c) => c > span.start && c < span.end);
    if (!at.length) return [r];
    const out = [];
    let from = span.start;
    for (const c of [...at, span.end]) {
      out.push({ text: r.text.slice(from - span.start, c - span.start), span: { start: from, end: c } });
      from = c;
    }
    return out;
  }

  /** @param {any} p a layout Paragraph */
  function paragraph(p) {
    const e = el('div', `p role-${p.role}`);
    e.style.fontSize = `${p.size}pt`;
    e.style.textAlign = p.align;
    e.style.marginTop = `${p.spacing?.before ?? 0}pt`;
    e.style.marginBottom = `${p.spacing?.after ?? 0}pt`;
    e.style.paddingLeft = `${p.indent?.left ?? 0}mm`;
    e.style.textIndent = `${p.indent?.firstLine ?? 0}mm`;
    // Word's "single" line of Times New Roman is about 1.15 of the font size
    e.style.lineHeight = String((p.lineHeight || 1) * 1.15);
    if (p.color && /^[0-9A-Fa-f]{6}$/.test(p.color)) e.style.color = `#${p.color}`;
    setRange(e, p.span);
    const content = el('span', p.frame ? 'content frame' : 'content');
    (p.lines || []).forEach((/** @type {any[]} */ line, /** @type {number} */ i) => {
      if (i > 0) content.appendChild(document.createElement('br'));
      for (const r of line) {
        for (const piece of split(r)) {
          const s = el('span', 'run');
          if (r.bold) s.classList.add('b');
          if (r.italic) s.classList.add('i');
          if (r.underline) s.classList.add('u');
          s.textContent = piece.text;
          setRange(s, piece.span);
          content.appendChild(s);
        }
      }
    });
    if (p.rule && p.rule.width > 0) {
      // the rule's length is in mm, centred under the text (the content shrinks to its longest line)
      content.classList.add('ruled');
      const rule = el('div', 'rule');
      rule.style.width = `${p.rule.width}mm`;
      content.appendChild(rule);
    }
    e.appendChild(content);
    return e;
  }

  /** @param {any} row a layout Row */
  function row(row) {
    const e = el('div', `row row-${row.role}`);
    setRange(e, row.span);
    for (const c of row.cells || []) {
      const cell = el('div', 'cell');
      cell.style.width = `${(c.width || 0) * 100}%`;
      for (const b of c.blocks || []) cell.appendChild(paragraph(b));
      e.appendChild(cell);
    }
    return e;
  }

  /** Diagnostics: a wavy underline on the runs they cover, the message as the tooltip. */
  function markDiagnostics(/** @type {any[]} */ diags) {
    const runs = ranged.filter(([, , e]) => e.classList.contains('run'));
    let marks = 0;
    let unplaced = 0;
    for (const d of diags) {
      const hits = runs.filter(([s, e]) => (d.s < e && d.e > s) || (d.s === d.e && d.s >= s && d.s <= e));
      let targets = hits.map((h) => h[2]);
      if (!targets.length) {
        // nothing printed under it (a missing part, a blank): mark the block at or after its position
        const after = ranged.find(([_s, e, el]) => el.classList.contains('p') && e >= d.s);
        if (after) targets = [after[2]];
      }
      if (!targets.length) {
        unplaced++;
        continue;
      }
      for (const t of targets) {
        t.classList.add('diag', `diag-${d.severity}`);
        t.title = t.title ? `${t.title}\n${d.rule}: ${d.message}` : `${d.rule}: ${d.message}`;
        marks++;
      }
    }
    return { marks, unplaced };
  }

  function render() {
    if (!doc) return;
    const layout = doc.layout;
    ranged = [];
    current = null;
    messageEl.hidden = true;
    cuts = [...new Set((doc.diagnostics || []).flatMap((/** @type {any} */ d) => [d.s, d.e]))].sort((a, b) => a - b);
    const frag = document.createDocumentFragment();
    const font = [layout.font?.family, ...(layout.font?.fallbacks || [])]
      .filter(Boolean)
      .map((f) => `"${String(f).replace(/["\\]/g, '')}"`)
      .join(', ');
    let paragraphs = 0;
    let runs = 0;
    layout.pages.forEach((/** @type {any} */ page, /** @type {number} */ i) => {
      const p = el('section', 'page');
      p.setAttribute('aria-label', fmt(pagesEl.dataset.pageOf || '{0}/{1}', i + 1, layout.pages.length));
      p.style.width = `${layout.paper.width}mm`;
      p.style.height = `${layout.paper.height}mm`;
      p.style.padding = `${layout.margins.top}mm ${layout.margins.right}mm ${layout.margins.bottom}mm ${layout.margins.left}mm`;
      p.style.fontFamily = `${font}, serif`;
      if (page.number !== null && page.number !== undefined) {
        const n = el('div', 'page-number');
        n.textContent = String(page.number);
        n.style.top = `${Math.max(0, layout.margins.top / 2 - 3)}mm`;
        n.style.fontSize = `${layout.pageNumber?.size ?? 14}pt`;
        p.appendChild(n);
      }
      const body = el('div', 'page-body');
      for (const b of page.blocks) body.appendChild(b.type === 'row' ? row(b) : paragraph(b));
      p.appendChild(body);
      frag.appendChild(p);
    });
    pagesEl.replaceChildren(frag);
    for (const [, , e] of ranged) {
      if (e.classList.contains('p')) paragraphs++;
      else if (e.classList.contains('run')) runs++;
    }
    ranged.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    const { marks, unplaced } = markDiagnostics(doc.diagnostics || []);
    const problems = (doc.diagnostics || []).length;
    statusEl.textContent =
      fmt(pagesEl.dataset.pageOf || '{0}/{1}', layout.pages.length ? 1 : 0, layout.pages.length) +
      ' · ' +
      fmt(pagesEl.dataset.problems || '{0}', problems) +
      (unplaced ? ` (${fmt(pagesEl.dataset.unplaced || '{0}', unplaced)})` : '');
    showCursor(false);
    report = {
      version: doc.version,
      pages: layout.pages.length,
      paragraphs,
      runs,
      marks,
      unplaced,
      text: pagesEl.textContent || '',
      zoom,
      cursor: null,
    };
    sendReport();
  }

  /** What was drawn (the extension keeps the last report; its tests read it). */
  let report = {
    version: 0,
    pages: 0,
    paragraphs: 0,
    runs: 0,
    marks: 0,
    unplaced: 0,
    text: '',
    zoom,
    cursor: /** @type {number | null} */ (null),
  };
  function sendReport() {
    report.zoom = zoom;
    report.cursor = current ? Number(current.dataset.s) : null;
    vscode.postMessage({ type: 'rendered', info: report });
  }

  /** The innermost element whose source range holds the offset, else the last one before it. */
  function elementAt(/** @type {number} */ offset) {
    let inside = null;
    let before = null;
    for (const r of ranged) {
      if (r[0] > offset) break;
      if (offset <= r[1]) {
        if (!inside || r[1] - r[0] <= inside[1] - inside[0]) inside = r;
      } else before = r;
    }
    const hit = inside || before;
    return hit ? hit[2] : null;
  }

  function showCursor(/** @type {boolean} */ scroll) {
    if (current) current.classList.remove('cursor');
    current = cursor === null ? null : elementAt(cursor);
    if (!current) return;
    current.classList.add('cursor');
    const r = current.getBoundingClientRect();
    if (scroll || r.bottom < 0 || r.top > window.innerHeight) current.scrollIntoView({ block: 'center' });
  }

  function fitZoom() {
    const width = (doc?.layout?.paper?.width ?? 210) * MM;
    return Math.max(ZOOMS[0], Math.min(ZOOMS[ZOOMS.length - 1], (document.documentElement.clientWidth - 32) / width));
  }

  function setZoom(/** @type {number | 'fit'} */ z) {
    zoomMode = z === 'fit' ? 'fit' : 'fixed';
    zoom = z === 'fit' ? fitZoom() : z;
    pagesEl.style.zoom = String(zoom);
    zoomLevel.textContent = `${Math.round(zoom * 100)}%`;
    vscode.setState({ zoom: zoomMode === 'fit' ? 'fit' : zoom });
  }

  function step(/** @type {'in'|'out'|'reset'|'fit'} */ dir) {
    if (dir === 'reset') setZoom(1);
    else if (dir === 'fit') setZoom('fit');
    else if (dir === 'in') setZoom(ZOOMS.find((z) => z > zoom + 0.001) ?? ZOOMS[ZOOMS.length - 1]);
    else setZoom([...ZOOMS].reverse().find((z) => z < zoom - 0.001) ?? ZOOMS[0]);
    if (doc) sendReport();
  }

  window.addEventListener('resize', () => {
    if (zoomMode === 'fit') setZoom('fit');
  });

  // a click on the page puts the cursor there in the source
  pagesEl.addEventListener('click', (ev) => {
    const target = /** @type {HTMLElement | null} */ (/** @type {HTMLElement} */ (ev.target).closest('[data-s]'));
    if (!target) return;
    let offset = Number(target.dataset.s);
    const end = Number(target.dataset.e);
    // inside a run printed exactly as written, go to the clicked character
    const caret = document.caretRangeFromPoint?.(ev.clientX, ev.clientY);
    if (
      caret &&
      target.classList.contains('run') &&
      caret.startContainer.parentElement === target &&
      (target.textContent || '').length === end - offset
    ) {
      offset += caret.startOffset;
    }
    vscode.postMessage({ type: 'reveal', offset });
  });

  document.getElementById('zoom-in')?.addEventListener('click', () => step('in'));
  document.getElementById('zoom-out')?.addEventListener('click', () => step('out'));
  document.getElementById('zoom-reset')?.addEventListener('click', () => step('reset'));
  document.getElementById('zoom-fit')?.addEventListener('click', () => step('fit'));
  document
    .getElementById('export-docx')
    ?.addEventListener('click', () => vscode.postMessage({ type: 'export', format: 'docx' }));
  document
    .getElementById('export-pdf')
    ?.addEventListener('click', () => vscode.postMessage({ type: 'export', format: 'pdf' }));
  window.addEventListener('keydown', (ev) => {
    if (!(ev.ctrlKey || ev.metaKey)) return;
    if (ev.key === '+' || ev.key === '=') step('in');
    else if (ev.key === '-') step('out');
    else if (ev.key === '0') step('reset');
    else return;
    ev.preventDefault();
  });

  window.addEventListener('message', (ev) => {
    const m = ev.data;
    if (!m || typeof m !== 'object') return;
    if (m.type === 'layout' && m.doc && m.doc.layout && Array.isArray(m.doc.layout.pages)) {
      doc = m.doc;
      cursor = typeof m.cursor === 'number' ? m.cursor : cursor;
      if (zoomMode === 'fit') setZoom('fit');
      render();
    } else if (m.type === 'cursor' && typeof m.offset === 'number') {
      cursor = m.offset;
      showCursor(false);
      vscode.postMessage({ type: 'cursor', at: current ? Number(current.dataset.s) : null });
    } else if (m.type === 'zoom') step(m.step);
    else if (m.type === 'empty') {
      doc = null;
      pagesEl.replaceChildren();
      messageEl.textContent = String(m.message || '');
      messageEl.hidden = false;
    }
  });

  setZoom(zoomMode === 'fit' ? 'fit' : zoom);
  vscode.postMessage({ type: 'ready' });
})();
