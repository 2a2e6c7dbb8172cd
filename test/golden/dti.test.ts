/** Kế hoạch 337/KH-UBND, Phụ lục I: every printed DTI total and rank reproduced from the pillars and the 922/QĐ-BTTTT weights. */
import { checkPillars, checkTable, DTI_PRINT_TOLERANCE, dtiTotal, readIndexValue, roundTo, STATUS_LABELS, type IndexData } from '../../src/engine';
import { findDocument } from '../../src/rubrics';

const dti = findDocument('dti-province-2022') as IndexData;

test('8 pillars with the provincial weights of 922/QĐ-BTTTT, 1000 points in all', () => {
  expect(dti.pillars.map((p) => [p.name, p.weight])).toEqual([
    ['Nhận thức số', 100],
    ['Thể chế số', 100],
    ['Hạ tầng số', 100],
    ['Nhân lực số', 100],
    ['An toàn thông tin mạng', 100],
    ['Hoạt động chính quyền số', 200],
    ['Hoạt động kinh tế số', 150],
    ['Hoạt động xã hội số', 150],
  ]);
  expect(dti.pillars.reduce((a, p) => a + p.weight, 0)).toBe(dti.scale);
});

const rows = dti.tables.flatMap((t) => checkTable(dti, t).map((r) => ({ table: t.id, ...r })));

test('the two printed tables: 9 national rows and the 13 Mekong Delta provinces', () => {
  expect(dti.tables.map((t) => [t.id, t.rows.length])).toEqual([
    ['national-2022', 9],
    ['mekong-2022', 13],
  ]);
});

test.each(rows.map((r) => [r.table, r.name, r.printedTotal, r]))('%s: %s total %p reproduced from its pillars', (_t, _n, printed, r) => {
  expect(Math.abs(r.computedTotal - (printed as number))).toBeLessThanOrEqual(DTI_PRINT_TOLERANCE + 1e-12);
  expect(r.totalMatches).toBe(true);
});

test('20 of the 22 printed totals round exactly; the other two sit on a half (…5 at the 5th decimal) that the ministry rounded from unrounded pillars', () => {
  const inexact = rows.filter((r) => !r.roundsExactly);
  expect(inexact.map((r) => [r.name, r.printedTotal, roundTo(r.computedTotal, 6)])).toEqual([
    ['TP. Hồ Chí Minh', 0.7163, 0.716355],
    ['Cao Bằng', 0.4081, 0.40815],
  ]);
  expect(rows.filter((r) => r.roundsExactly)).toHaveLength(20);
});

test('ranks: the regional table\'s ranks are the order of the computed totals; national ranks keep that order too', () => {
  const mekong = dti.tables.find((t) => t.id === 'mekong-2022')!;
  const checked = checkTable(dti, mekong);
  for (const r of checked) expect(r.computedRank).toBe(r.printedRank);
  // the printed national ranks of the regional rows are increasing in the regional order
  const national = mekong.rows.map((r) => r.nationalRank as number);
  expect([...national].sort((a, b) => a - b)).toEqual(national);
  const nationalTable = dti.tables.find((t) => t.id === 'national-2022')!;
  const nationalChecked = checkTable(dti, nationalTable);
  const byComputed = [...nationalChecked].sort((a, b) => a.computedRank - b.computedRank).map((r) => r.printedRank);
  expect(byComputed).toEqual([...byComputed].sort((a, b) => a - b));
});

test('Đồng Tháp: 0.5649, 39th nationally and 9th of 13 in the region', () => {
  const row = dti.tables.find((t) => t.id === 'mekong-2022')!.rows.find((r) => r.name === 'Đồng Tháp')!;
  expect(roundTo(dtiTotal(row.pillars.map(readIndexValue), dti.pillars.map((p) => p.weight), dti.scale), 4)).toBe(0.5649);
  expect([row.rank, row.nationalRank]).toEqual([9, 39]);
  expect(dti.history?.overall).toMatchObject({ score: '0.5649', nationalRank: 39, regionalRank: 9 });
});

test('Đồng Tháp\'s 2022 pillars against the plan\'s targets (≥ 95, 90, 60, 70, 60, 70, 50, 50 % of points)', () => {
  const row = dti.tables.find((t) => t.id === 'mekong-2022')!.rows.find((r) => r.name === 'Đồng Tháp')!;
  const checks = checkPillars(dti, row.pillars.map(readIndexValue));
  expect(checks.map((c) => c.target)).toEqual(['Từ 95% trở lên', 'Từ 90% trở lên', 'Từ 60% trở lên', 'Từ 70% trở lên', 'Từ 60% trở lên', 'Từ 70% trở lên', 'Từ 50% trở lên', 'Từ 50% trở lên']);
  // 0.8917 < 95 %, 0.6 < 90 %, 0.5362 < 60 %, 0.613 < 70 %, 0.5406 < 60 %, 0.6519 < 70 %, 0.4454 < 50 %, 0.3301 < 50 %
  expect(checks.map((c) => STATUS_LABELS.vi[c.evaluation!.status])).toEqual(Array(8).fill('Chưa đạt'));
  expect(checks[0]!.evaluation!.shortfall).toBeCloseTo(0.95 - 0.8917, 12);
});

test('the 2022 pillar scores in the history table are the ones in the tables', () => {
  const row = dti.tables.find((t) => t.id === 'mekong-2022')!.rows.find((r) => r.name === 'Đồng Tháp')!;
  expect(dti.history!.rows.map((r) => r.pillar)).toEqual(dti.pillars.map((p) => p.id));
  expect(dti.history!.rows.map((r) => readIndexValue(r.score))).toEqual(row.pillars.map(readIndexValue));
});
