// The exported file's name: number, ký hiệu and trích yếu folded to ASCII, else the draft's name.
import assert from 'node:assert/strict';
import { analyze } from '../server/src/core/analyze.js';
import { asciiSlug, exportBaseName } from '../server/src/core/exportName.js';

const letter = (head: string) =>
  analyze(`**ỦY BAN NHÂN DÂN  \nTỈNH QUẢNG NGÃI**\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  \nĐộc lập - Tự do - Hạnh phúc**\n\n${head}\n\nQuảng Ngãi, ngày 08 tháng 3 năm 2024\n\nNội dung.\n`).letter;

describe('export file name', () => {
  it('folds Vietnamese to ASCII', () => {
    assert.equal(asciiSlug('Triển khai Kế hoạch — Đường bộ, ưu tiên!'), 'Trien-khai-Ke-hoach-Duong-bo-uu-tien');
    assert.equal(asciiSlug('Trie\u0302\u0309n khai'), 'Trien-khai'); // NFD
  });

  it('number, ký hiệu and trích yếu', () => {
    const l = letter('Số: 14/KH-UBND\n\n**KẾ HOẠCH**\n\n**Triển khai kế hoạch**');
    assert.equal(exportBaseName(l, 'x.md'), 'so-14-KH-UBND-trien-khai-ke-hoach');
  });

  it('a blank number keeps the ký hiệu; "Về việc" is left out and a long summary is cut at a word', () => {
    const l = letter('Số: /QĐ-UBND\n\n**QUYẾT ĐỊNH**\n\n**Về việc ban hành quy chế phối hợp giữa các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh trong công tác quản lý nhà nước**');
    const name = exportBaseName(l, 'x.md');
    assert.match(name, /^QD-UBND-ban-hanh-quy-che-phoi-hop/);
    assert.ok(name.length <= 'QD-UBND-'.length + 60, name);
    assert.doesNotMatch(name, /-$/);
  });

  it('neither: the draft\'s own name', () => {
    const l = analyze('Một đoạn văn.\n').letter;
    assert.equal(exportBaseName(l, '/tmp/Công văn gửi Sở.md'), 'Cong-van-gui-So');
    assert.equal(exportBaseName(l, '.md'), 'van-ban');
  });
});
