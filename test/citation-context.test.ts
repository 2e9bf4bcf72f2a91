// The citation being typed before the cursor (the language server's citation completion asks the core).
import assert from 'node:assert/strict';
import { citationContextBefore } from '../server/src/core/citationContext.js';

describe('citation context before the cursor', () => {
  it('names the kind and the number typed so far', () => {
    assert.deepEqual(citationContextBefore('Thực hiện Kế hoạch số 14/KH'), { kind: 'Kế hoạch', partial: '14/KH' });
    assert.deepEqual(citationContextBefore('Căn cứ Nghị định số '), { kind: 'Nghị định', partial: '' });
    assert.deepEqual(citationContextBefore('theo Thông tư liên tịch số 1'), {
      kind: 'Thông tư liên tịch',
      partial: '1',
    });
    assert.deepEqual(citationContextBefore('Quán triệt Kết luận số 17'), { kind: 'Kết luận', partial: '17' });
  });
  it('reads NFD text and capitals, keeping the typed number as written', () => {
    const nfd = 'Thực hiện Kế hoạch số 14/KH'.normalize('NFD');
    assert.deepEqual(citationContextBefore(nfd), { kind: 'Kế hoạch', partial: '14/KH' });
    assert.deepEqual(citationContextBefore('theo QUYẾT ĐỊNH số 5'), { kind: 'Quyết định', partial: '5' });
  });
  it('is null outside a citation', () => {
    assert.equal(citationContextBefore('Số: 14/KH'), null);
    assert.equal(citationContextBefore('có tổng số 14'), null);
    assert.equal(citationContextBefore('Kế hoạch số 14/KH, đề nghị'), null);
    assert.equal(citationContextBefore(''), null);
  });
});
