// The date-keyed gazetteer (server/src/core/gazetteer): counts, codes and intervals against the catalogue (§3.4), the
// matching rules, successors — and the committed data file against the script that derives it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  findUnit,
  foldName,
  GAZETTEER_META,
  placeName,
  successorOf,
  unitByCode,
  unitLabel,
  unitKeys,
  unitsAt,
  unitsIn,
  resetGazetteer,
  nearNames,
  type AdminUnit,
} from '../server/src/core/gazetteer/index.js';

const root = join(import.meta.dirname, '..');
const count = (date: string) => {
  const c: Record<string, number> = {};
  for (const u of unitsAt(date)) c[`${u.level} ${u.type}`] = (c[`${u.level} ${u.type}`] ?? 0) + 1;
  return c;
};
const one = (list: AdminUnit[]) => {
  assert.equal(list.length, 1, list.map(unitLabel).join(', '));
  return list[0];
};

describe('gazetteer', () => {
  it('counts the catalogue gives for each map', () => {
    assert.deepEqual(count('2025-06-30'), {
      'province thành phố': 6,
      'province tỉnh': 57,
      'district huyện': 508,
      'district thành phố': 87,
      'district thị xã': 52,
      'district quận': 49,
      'commune phường': 1726,
      'commune thị trấn': 617,
      'commune xã': 7692,
    });
    assert.deepEqual(count('2025-07-01'), {
      'province thành phố': 6,
      'province tỉnh': 28,
      'commune phường': 687,
      'commune xã': 2621,
      'commune đặc khu': 13,
    });
    assert.deepEqual(count('2026-04-30'), {
      'province thành phố': 7,
      'province tỉnh': 27,
      'commune phường': 697,
      'commune xã': 2611,
      'commune đặc khu': 13,
    });
  });

  it('codes and intervals', () => {
    const tx = one(findUnit('Đức Phổ', { type: 'thị xã' }));
    assert.deepEqual(
      [tx.code, tx.level, tx.province, tx.validFrom, tx.validTo],
      ['534', 'district', '51', null, '2025-07-01'],
    );
    const p = one(findUnit('Đức Phổ', { type: 'phường', date: '2026-01-01' }));
    assert.deepEqual([p.code, p.validFrom, p.validTo], ['21439', '2025-07-01', null]);
    const [xa, phuong] = findUnit('Long Thành', { province: '75' }).filter((u) => u.code === '26368' && u.validFrom);
    assert.deepEqual(
      [xa.type, xa.validFrom, xa.validTo, phuong.type, phuong.validFrom],
      ['xã', '2025-07-01', '2026-04-30', 'phường', '2026-04-30'],
    );
    assert.equal(unitByCode('75', '2026-04-29', 'province')?.type, 'tỉnh');
    assert.equal(unitByCode('75', '2026-04-30', 'province')?.type, 'thành phố');
    assert.equal(unitByCode('46', '2024-12-31', 'province')?.name, 'Thừa Thiên Huế');
    assert.equal(unitByCode('46', '2025-01-01', 'province')?.name, 'Huế');
    // a date before the first snapshot counts as the first snapshot's ("valid at least since 01/09/2024")
    assert.equal(unitByCode('534', '2023-05-01', 'district')?.name, 'Đức Phổ');
  });

  it('matches after NFC, tone placement, case, hyphen spacing and apostrophe forms; tones stay significant', () => {
    assert.equal(foldName('Hoà Bình'), foldName('HÒA BÌNH'));
    assert.equal(foldName('Bà Rịa-Vũng Tàu'), foldName('Bà Rịa - Vũng Tàu'));
    assert.equal(foldName('Ea H’Leo'), foldName("EA H'LEO"));
    assert.equal(foldName('Đức Phổ'.normalize('NFD')), foldName('Đức Phổ'));
    assert.notEqual(foldName('Đức Phố'), foldName('Đức Phổ'));
    assert.ok(findUnit('ĐỨC PHỔ', { type: 'phường', date: '2026-01-01' }).length);
    assert.ok(findUnit("Ea H'Leo", { type: 'xã', date: '2026-01-01' }).length);
    assert.ok(findUnit('Bà Rịa - Vũng Tàu', { type: 'tỉnh', date: '2025-01-01' }).length);
    assert.equal(findUnit('Hà Giang 1', { date: '2026-01-01' })[0]?.name, 'Hà Giang 1');
    assert.ok(!findUnit('Hà Giang 3', { date: '2026-01-01' }).length);
  });

  it('names repeated across provinces are keyed by province', () => {
    const all = findUnit('Ba Đình', { date: '2026-01-01' });
    assert.ok(new Set(all.map((u) => u.province)).size >= 2, all.map(unitLabel).join(', '));
    const hn = one(findUnit('Ba Đình', { date: '2026-01-01', province: '01' }));
    assert.equal(hn.type, 'phường');
  });

  it('successors: the 2025 mapping, a district’s heir, same-code continuity, and the act', () => {
    const s = successorOf(one(findUnit('Đức Phổ', { type: 'thị xã' })))!;
    assert.equal(s.date, '2025-07-01');
    assert.equal(s.heir && unitLabel(s.heir), 'phường Đức Phổ');
    assert.ok(s.units.map(unitLabel).includes('phường Trà Câu'));
    assert.equal(s.act, 'Nghị quyết 1677/NQ-UBTVQH15');
    assert.equal(unitLabel(successorOf(one(findUnit('Phổ Quang', { type: 'phường' })))!.heir!), 'phường Trà Câu');
    assert.equal(unitLabel(successorOf(one(findUnit('Bình Dương', { type: 'tỉnh' })))!.heir!), 'Thành phố Hồ Chí Minh');
    const dn = successorOf(one(findUnit('Đồng Nai', { type: 'tỉnh' })))!;
    assert.deepEqual(
      [dn.date, unitLabel(dn.heir!), dn.act],
      ['2026-04-30', 'thành phố Đồng Nai', 'Nghị quyết 30/2026/QH16'],
    );
    assert.equal(placeName(successorOf(one(findUnit('Thừa Thiên Huế', { type: 'tỉnh' })))!.heir!), 'Huế');
    // a ward-less district → the đặc khu of its name
    assert.equal(unitLabel(successorOf(one(findUnit('Lý Sơn', { type: 'huyện' })))!.heir!), 'đặc khu Lý Sơn');
    assert.equal(successorOf(one(findUnit('Đức Phổ', { type: 'phường', date: '2026-01-01' }))), null);
  });

  it('the stored lookup keys are what foldName derives, for every unit of every map', () => {
    resetGazetteer();
    const all = [
      ...new Set(['2024-09-01', '2024-11-01', '2025-01-01', '2025-03-01', '2025-07-01', '2026-04-30'].flatMap(unitsAt)),
    ];
    assert.equal(all.length, 15214);
    const wrong = all.filter(
      (u) => unitKeys(u).join('|') !== [...new Set([u.name, ...u.aliases].map(foldName))].join('|'),
    );
    assert.deepEqual(wrong.map(unitLabel).slice(0, 5), []);
    // every unit is found by each of its names and by its code
    for (const u of all.filter((_, i) => i % 97 === 0)) {
      for (const n of [u.name, ...u.aliases]) assert.ok(findUnit(n, { type: u.type }).includes(u), n);
      assert.equal(unitByCode(u.code, u.validFrom ?? '2024-09-01', u.level), u);
    }
  });

  it('unitsIn: a province’s units on a date, the same on the latest map (indexed) as before it (scanned)', () => {
    resetGazetteer();
    const qn = unitsIn('51', '2026-06-01');
    assert.deepEqual(
      qn.map((u) => u.code),
      unitsAt('2026-06-01')
        .filter((u) => u.province === '51')
        .map((u) => u.code),
    );
    assert.ok(qn.some((u) => unitLabel(u) === 'phường Đức Phổ'));
    assert.ok(!qn.some((u) => u.level !== 'commune'));
    assert.deepEqual(
      unitsIn('', '2026-06-01')
        .map(unitLabel)
        .filter((l) => /Đồng Nai/.test(l)),
      ['thành phố Đồng Nai'],
    );
    assert.equal(unitsIn(undefined, '2026-06-01').length, 34 + 697 + 2611 + 13);
    // before the latest map: the scan, with the districts
    assert.ok(unitsIn('51', '2024-10-01').some((u) => unitLabel(u) === 'thị xã Đức Phổ'));
    assert.equal(unitsIn('75', '2026-01-01').length, unitsAt('2026-01-01').filter((u) => u.province === '75').length);
  });

  it('near names: one letter or one diacritic away, in the province', () => {
    resetGazetteer();
    assert.ok(
      nearNames('Đức Phố', { province: '51', date: '2026-01-01' }).some((u) => unitLabel(u) === 'phường Đức Phổ'),
    );
    assert.ok(!nearNames('Đức Phố', { province: '01', date: '2026-01-01' }).some((u) => u.name === 'Đức Phổ'));
    assert.ok(nearNames('Quảng Ngãy', { province: '51', date: '2026-01-01' }).some((u) => u.code === '51'));
  });

  it('states the decree it is current to', () => {
    assert.match(GAZETTEER_META.currentTo, /30\/2026\/QH16/);
    assert.equal(GAZETTEER_META.currentFrom, '2026-04-30');
  });

  it('the committed data file is what scripts/gen-gazetteer.mjs derives (when the shared data sits beside the checkout)', function () {
    let dir = dirname(root);
    let src: string | null = null;
    for (; dirname(dir) !== dir; dir = dirname(dir)) {
      if (existsSync(join(dir, 'shared', 'data', 'gazetteer', 'snapshots'))) {
        src = join(dir, 'shared', 'data', 'gazetteer');
        break;
      }
    }
    if (!src) {
      console.log('      (skipped: no shared/data/gazetteer beside the checkout to derive the data from)');
      this.skip();
    }
    this.timeout(120000);
    const derived = execFileSync(process.execPath, [join(root, 'scripts', 'gen-gazetteer.mjs'), src!, '--check'], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    assert.ok(
      derived === readFileSync(join(root, 'server', 'src', 'core', 'gazetteer', 'data.ts'), 'utf8'),
      'data.ts is stale: run node scripts/gen-gazetteer.mjs',
    );
  });
});
