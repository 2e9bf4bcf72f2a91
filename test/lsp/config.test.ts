// How the server merges the editor's settings over .vanthurc, and what an untrusted workspace may read.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveFor } from '../../server/src/lsp/config.js';
import { tempDir } from '../helpers/tmp.js';

describe('language server configuration', () => {
  const ws = tempDir('vanthu-lspcfg-');
  writeFileSync(join(ws, '.vanthurc.json'), JSON.stringify({ mode: 'final', rules: { 'DD-02': 'off' } }));
  const file = join(ws, 'a.md');

  it('reads the nearest .vanthurc in a trusted workspace; settings win over it', () => {
    const r = resolveFor(file, { rules: { 'QH-02': 'warning' } }, ws);
    assert.equal(r.options.mode, 'final');
    assert.deepEqual(r.options.rules, { 'DD-02': 'off', 'QH-02': 'warning' });
    assert.equal(resolveFor(file, { mode: 'draft' }, ws).options.mode, 'draft');
  });
  it('reads no workspace file when the workspace is untrusted', () => {
    const r = resolveFor(file, {}, ws, false);
    assert.equal(r.configFile, null);
    assert.equal(r.options.mode, 'draft');
    assert.deepEqual(r.options.rules, {});
  });
  it('an empty include list means the default, not nothing', () => {
    assert.equal(resolveFor(file, { include: [] }, ws).included, true);
    assert.equal(resolveFor(file, { include: ['drafts/**'] }, ws).included, false);
    assert.equal(resolveFor(file, { exclude: ['a.md'] }, ws).included, false);
  });
});
