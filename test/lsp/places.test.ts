// Unit names in the editor (issue 9, server/src/lsp/places.ts) through the built server: completion of units valid
// today on the agency lines and in the date line's place, by the letter's province; the hover on a unit name with its
// type, province, code, history and the decree the gazetteer is current to; Vietnamese by default, English by
// setting; columns in UTF-16 code units of the text as sent, an NFD text too.
import assert from 'node:assert/strict';
import type { CompletionItem, Hover } from 'vscode-languageserver-protocol';
import { TestClient, ensureBuilt } from './client.js';

const letter = (issuer: string, place: string, date: string) =>
  `**${issuer}**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  
Độc lập - Tự do - Hạnh phúc**

Số: 12/UBND-VP

${place}, ngày ${date}

V/v tổ chức tập huấn

Kính gửi: Các cơ quan, đơn vị.

Ủy ban nhân dân đề nghị các cơ quan, đơn vị cử cán bộ tham dự.

**Nơi nhận:**  
- Như trên;  
- Lưu: VT.

**CHỦ TỊCH**

Nguyễn Văn A
`;
const PHUONG = letter('UBND TỈNH QUẢNG NGÃI  \nUBND PHƯỜNG ĐỨC PHỔ', 'Đức Phổ', '05 tháng 6 năm 2026');
const THI_XA_2023 = letter('UBND TỈNH QUẢNG NGÃI  \nUBND THỊ XÃ ĐỨC PHỔ', 'Đức Phổ', '05 tháng 6 năm 2023');
const DONG_NAI = letter('ỦY BAN NHÂN DÂN  \nTỈNH ĐỒNG NAI', 'Biên Hòa', '01 tháng 4 năm 2026');

const text = (h: Hover | null) =>
  h ? (typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : JSON.stringify(h.contents)) : '';
/** Line and UTF-16 column of the first `what` (at `offset` into it) in `doc`. */
function at(doc: string, what: string, offset = 0) {
  const lines = doc.split('\n');
  const line = lines.findIndex((l) => l.includes(what));
  assert.ok(line >= 0, what);
  return { line, character: lines[line].indexOf(what) + offset };
}

describe('language server: unit names (completion and hover from the gazetteer)', function () {
  this.timeout(30000);
  let c: TestClient;
  before(async () => {
    ensureBuilt();
    c = await new TestClient().start();
  });
  after(() => c.stop());

  const complete = (uri: string, position: { line: number; character: number }) =>
    c.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position });
  const hover = (uri: string, position: { line: number; character: number }) =>
    c.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });

  it('completes the wards of the letter’s province after "UBND PHƯỜNG", with type, province and code', async () => {
    const uri = 'file:///tmp/vanthu-places/phuong.md';
    const doc = PHUONG.replace('UBND PHƯỜNG ĐỨC PHỔ', 'UBND PHƯỜNG ĐỨC');
    c.open(uri, doc);
    const pos = at(doc, 'UBND PHƯỜNG ĐỨC', 'UBND PHƯỜNG ĐỨC'.length);
    const items = await complete(uri, pos);
    const duc = items.find((i) => i.label === 'ĐỨC PHỔ');
    assert.ok(duc, items.map((i) => i.label).join(', '));
    assert.equal(duc.detail, 'phường · tỉnh Quảng Ngãi · mã 21439');
    // only wards, only of Quảng Ngãi, only of today's map (no "thị xã", no district)
    assert.ok(items.length > 3);
    assert.ok(
      items.every((i) => /^phường · tỉnh Quảng Ngãi · mã \d{5}$/.test(i.detail ?? '')),
      items.map((i) => i.detail).join(' | '),
    );
    // the edit replaces the name typed so far
    const edit = duc.textEdit as { range: { start: { character: number } }; newText: string };
    assert.equal(edit.range.start.character, pos.character - 'ĐỨC'.length);
    assert.equal(edit.newText, 'ĐỨC PHỔ');
  });

  it('completes provinces valid today after "TỈNH" / "THÀNH PHỐ" (Đồng Nai is a city since 30/04/2026)', async () => {
    const uri = 'file:///tmp/vanthu-places/tinh.md';
    const doc = PHUONG.replace('UBND TỈNH QUẢNG NGÃI', 'UBND TỈNH ');
    c.open(uri, doc);
    const tinh = await complete(uri, at(doc, 'UBND TỈNH ', 'UBND TỈNH '.length));
    assert.equal(tinh.length, 27);
    assert.ok(tinh.some((i) => i.label === 'QUẢNG NGÃI'));
    assert.ok(!tinh.some((i) => i.label === 'ĐỒNG NAI' || i.label === 'KON TUM'));
    const doc2 = PHUONG.replace('UBND TỈNH QUẢNG NGÃI', 'UBND THÀNH PHỐ ');
    c.open(uri + '2', doc2);
    const tp = await complete(uri + '2', at(doc2, 'UBND THÀNH PHỐ ', 'UBND THÀNH PHỐ '.length));
    assert.deepEqual(tp.map((i) => i.label).sort(), [
      'CẦN THƠ',
      'HUẾ',
      'HÀ NỘI',
      'HẢI PHÒNG',
      'HỒ CHÍ MINH',
      'ĐÀ NẴNG',
      'ĐỒNG NAI',
    ]);
  });

  it('completes the date line’s place with the province and its communes', async () => {
    const uri = 'file:///tmp/vanthu-places/place.md';
    const doc = PHUONG.replace('Đức Phổ, ngày', 'Đ, ngày');
    c.open(uri, doc);
    const items = await complete(uri, at(doc, 'Đ, ngày', 1));
    assert.equal(items[0]?.label, 'Quảng Ngãi');
    const duc = items.find((i) => i.label === 'Đức Phổ');
    assert.ok(duc);
    assert.match(duc.detail ?? '', /^phường · tỉnh Quảng Ngãi/);
    assert.ok(!items.some((i) => /Hà Nội/.test(i.detail ?? '')));
    assert.equal((duc.textEdit as { range: { start: { character: number } } }).range.start.character, 0);
  });

  it('hovers a unit of the agency lines: type, province, code, what it replaced, the decree', async () => {
    const uri = 'file:///tmp/vanthu-places/hover.md';
    c.open(uri, PHUONG);
    const h = await hover(uri, at(PHUONG, 'PHƯỜNG ĐỨC PHỔ', 9));
    const v = text(h);
    assert.match(v, /\*\*phường Đức Phổ\*\* — phường · tỉnh Quảng Ngãi · mã 21439/);
    assert.match(
      v,
      /Trước 01\/07\/2025: .*phường Nguyễn Nghiêm.*\(thị xã Đức Phổ, tỉnh Quảng Ngãi\) — Nghị quyết 1677\/NQ-UBTVQH15/,
    );
    assert.match(v, /dữ liệu đến Nghị quyết 30\/2026\/QH16/);
    const start = at(PHUONG, 'PHƯỜNG ĐỨC PHỔ');
    assert.deepEqual(h?.range?.start, start);
    // the province: what it took in on 01/07/2025
    const p = text(await hover(uri, at(PHUONG, 'QUẢNG NGÃI', 2)));
    assert.match(p, /\*\*tỉnh Quảng Ngãi\*\* — tỉnh · mã 51/);
    assert.match(p, /Từ 01\/07\/2025 nhập thêm: tỉnh Kon Tum — Nghị quyết 202\/2025\/QH15/);
    // the date line's place
    const d = text(await hover(uri, at(PHUONG, 'Đức Phổ, ngày', 2)));
    assert.match(d, /\*\*phường Đức Phổ\*\*/);
  });

  it('hovers a unit that no longer exists with its successors (a 2023 letter of the thị xã; Đồng Nai)', async () => {
    const uri = 'file:///tmp/vanthu-places/old.md';
    c.open(uri, THI_XA_2023);
    const v = text(await hover(uri, at(THI_XA_2023, 'THỊ XÃ ĐỨC PHỔ', 10)));
    assert.match(v, /\*\*thị xã Đức Phổ\*\* — thị xã · tỉnh Quảng Ngãi · mã 534/);
    assert.match(v, /Từ 01\/07\/2025 không còn; nay là: phường Đức Phổ, .*Nghị quyết 1677\/NQ-UBTVQH15/);
    const dn = 'file:///tmp/vanthu-places/dong-nai.md';
    c.open(dn, DONG_NAI);
    const w = text(await hover(dn, at(DONG_NAI, 'TỈNH ĐỒNG NAI', 7)));
    assert.match(w, /\*\*tỉnh Đồng Nai\*\*/);
    assert.match(w, /Từ 30\/04\/2026 không còn; nay là: thành phố Đồng Nai — Nghị quyết 30\/2026\/QH16/);
    assert.match(w, /Từ 01\/07\/2025 nhập thêm: tỉnh Bình Phước/);
  });

  it('an NFD text: the same hover and completion at its UTF-16 columns', async () => {
    const uri = 'file:///tmp/vanthu-places/nfd.md';
    const doc = PHUONG.normalize('NFD');
    c.open(uri, doc);
    const name = 'PHƯỜNG ĐỨC PHỔ'.normalize('NFD');
    const pos = at(doc, name, name.length - 1);
    assert.notEqual(pos.character, at(PHUONG, 'PHƯỜNG ĐỨC PHỔ', 'PHƯỜNG ĐỨC PHỔ'.length - 1).character);
    const h = await hover(uri, pos);
    assert.match(text(h), /\*\*phường Đức Phổ\*\* — phường · tỉnh Quảng Ngãi · mã 21439/);
    assert.deepEqual(h?.range?.start, at(doc, name));
    assert.deepEqual(h?.range?.end, { line: pos.line, character: at(doc, name).character + name.length });
    const typed = 'UBND PHƯỜNG ĐỨC'.normalize('NFD');
    const doc2 = doc.replace('UBND PHƯỜNG ĐỨC PHỔ'.normalize('NFD'), typed);
    c.open(uri + '2', doc2);
    const cpos = at(doc2, typed, typed.length);
    const items = await complete(uri + '2', cpos);
    const duc = items.find((i) => i.label === 'ĐỨC PHỔ');
    assert.ok(duc, items.map((i) => i.label).join(', '));
    const edit = duc.textEdit as { range: { start: { character: number }; end: { character: number } } };
    assert.equal(edit.range.start.character, cpos.character - 'ĐỨC'.normalize('NFD').length);
    assert.equal(edit.range.end.character, cpos.character);
  });

  it('English by setting', async () => {
    const en = await new TestClient().start({ initializationOptions: { locale: 'en' } });
    try {
      const uri = 'file:///tmp/vanthu-places/en.md';
      en.open(uri, PHUONG);
      const h = await en.request<Hover | null>('textDocument/hover', {
        textDocument: { uri },
        position: at(PHUONG, 'PHƯỜNG ĐỨC PHỔ', 9),
      });
      assert.match(text(h), /\*\*phường Đức Phổ\*\* — ward · tỉnh Quảng Ngãi · code 21439/);
      assert.match(text(h), /Before 01\/07\/2025: /);
      assert.match(text(h), /Gazetteer current to Nghị quyết 30\/2026\/QH16/);
      const doc = PHUONG.replace('UBND PHƯỜNG ĐỨC PHỔ', 'UBND PHƯỜNG ĐỨC');
      en.open(uri + '2', doc);
      const items = await en.request<CompletionItem[]>('textDocument/completion', {
        textDocument: { uri: uri + '2' },
        position: at(doc, 'UBND PHƯỜNG ĐỨC', 'UBND PHƯỜNG ĐỨC'.length),
      });
      assert.equal(items.find((i) => i.label === 'ĐỨC PHỔ')?.detail, 'ward · tỉnh Quảng Ngãi · code 21439');
    } finally {
      await en.stop();
    }
  });
});
