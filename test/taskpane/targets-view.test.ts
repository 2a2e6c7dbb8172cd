/**
 * The "Chỉ tiêu" screen's view, against the documents: Báo cáo 07-BC/BCSD's own count (11/17 met or exceeded,
 * 06/17 not met) and its per-group figures; Kế hoạch 337/KH-UBND's Đồng Tháp DTI 2022 (0.5649, 9th of the 13
 * Mekong provinces, 39th nationally) and the plan's pillar targets; a standards category of Kế hoạch 207/KH-UBND.
 * And the workbook the screen writes is the one `ktd5 targets` / `ktd5 standards` writes.
 */
import { roundTo, type IndexData, type TargetSetData } from '../../src/engine';
import { findDocument } from '../../src/rubrics';
import { targetCategories, targetsPaneView } from '../../src/taskpane/model/targets-view';
import { trackingFile } from '../../src/taskpane/model/tracking-spec';
import { SHEETS } from '../../src/workbook/tracking/contract';
import { standardsWorkbook } from '../../src/workbook/tracking/standards';
import { trackingWorkbook } from '../../src/workbook/tracking/workbooks';

const nq04 = findDocument('nq04-dongthap') as TargetSetData;
const dti = findDocument('dti-province-2022') as IndexData;

describe('NQ04 (Báo cáo 07-BC/BCSD)', () => {
  const view = targetsPaneView('nq04-dongthap', undefined, 'vi')!;

  test('11 of 17 met or exceeded, 6 not met, as the report states', () => {
    expect(view.kind).toBe('targets');
    expect(view.total).toMatchObject({ total: 17, met: 11, chuaDat: 6, unknown: 0 });
    expect(view.printedSummary).toEqual({ metOrExceeded: '11/17', notMet: '06/17' });
    expect(view.groups.map((g) => [g.title, g.met, g.chuaDat, g.total])).toEqual([
      ['Chính quyền số', 3, 1, 4],
      ['Kinh tế số', 4, 1, 5],
      ['Xã hội số', 4, 4, 8],
    ]);
  });

  test('each indicator carries the status the document prints for 2023, and a gap only when not met', () => {
    const printed = nq04.groups.flatMap((g) => g.indicators.map((i) => [i.id, i.status]));
    expect(view.indicators.map((i) => [i.id, i.label])).toEqual(printed);
    for (const i of view.indicators) {
      expect(i.year).toBe('2023');
      if (i.gap !== null) expect(i.status).toBe('chua-dat');
    }
    expect(view.indicators.filter((i) => i.status === 'chua-dat' && i.gap !== null).length).toBeGreaterThan(0);
  });

  test('in English the statuses and group titles change, the counts do not', () => {
    const en = targetsPaneView('nq04-dongthap', undefined, 'en')!;
    expect(en.total.met).toBe(11);
    expect(new Set(en.indicators.map((i) => i.label))).toEqual(new Set(['Met', 'Exceeded', 'Not met']));
  });
});

describe('DTI (Kế hoạch 337/KH-UBND)', () => {
  const view = targetsPaneView('dti-province-2022', undefined, 'vi')!;
  const d = view.dti!;

  test("Đồng Tháp 2022: total 0.5649 from its 8 pillars, 9th of 13 in the Mekong table, printed 39th nationally", () => {
    expect(view.kind).toBe('index');
    expect(d.subject).toBe('Đồng Tháp');
    expect(d.year).toBe('2022');
    expect(roundTo(d.total!, 4)).toBe(0.5649);
    expect(d.rank).toMatchObject({ rank: 9, of: 13 });
    expect(d.rank!.table).toContain('Đồng bằng sông Cửu Long');
    expect(d.printed).toEqual({ national: 39, regional: 9 });
  });

  test('each pillar against the plan target and the best province of the table', () => {
    expect(d.pillars.map((p) => p.value)).toEqual([0.8917, 0.6, 0.5362, 0.613, 0.5406, 0.6519, 0.4454, 0.3301]);
    expect(d.pillars.map((p) => p.targetValue)).toEqual([0.95, 0.9, 0.6, 0.7, 0.6, 0.7, 0.5, 0.5]);
    expect(d.pillars.map((p) => p.weight)).toEqual([100, 100, 100, 100, 100, 200, 150, 150]);
    // 2022 is below every 2023 target
    expect(d.pillars.every((p) => p.status === 'chua-dat')).toBe(true);
    expect(d.pillars[0]!.gap).toBeCloseTo(0.95 - 0.8917, 10);
    // best of the Mekong table: Long An 0.9500 in Nhận thức số, Cần Thơ 0.7556 in Kinh tế số, Đồng Tháp itself in Xã hội số
    expect(d.pillars[0]!.best).toEqual({ name: 'Long An', value: 0.95 });
    expect(d.pillars[6]!.best).toEqual({ name: 'TP. Cần Thơ', value: 0.7556 });
    expect(d.pillars[7]!.best).toEqual({ name: 'Đồng Tháp', value: 0.3301 });
  });
});

describe('standards by unit category (Kế hoạch 207/KH-UBND)', () => {
  test('the categories are the document groups; a category shows only its standards, none judged yet', () => {
    const doc = findDocument('dongthap-207-2022') as TargetSetData;
    expect(targetCategories('dongthap-207-2022', 'vi').map((c) => c.id)).toEqual(doc.groups.map((g) => g.id));
    expect(targetCategories('nq04-dongthap', 'vi')).toEqual([]);
    const view = targetsPaneView('dongthap-207-2022', 'xa', 'vi')!;
    expect(view.kind).toBe('standards');
    expect(view.category?.id).toBe('xa');
    const xa = doc.groups.find((g) => g.id === 'xa')!;
    expect(view.indicators.map((i) => i.id)).toEqual(xa.indicators.map((i) => i.id));
    expect(view.total).toMatchObject({ total: xa.indicators.length, unknown: xa.indicators.length, met: 0 });
  });
});

describe('the workbook the screen writes', () => {
  test('NQ04 and DTI: the sheets of `ktd5 targets`, charts included', () => {
    for (const doc of [nq04, dti]) {
      const file = trackingFile(doc.id, undefined);
      expect(file.name).toBe(`theo-doi.${doc.id}.xlsx`);
      expect(file.spec.sheets.map((s) => s.name)).toEqual(trackingWorkbook(doc)!.sheets.map((s) => s.name));
    }
    expect(trackingFile('dti-province-2022', undefined).spec.sheets.find((s) => s.name === SHEETS.pillars)?.charts).toHaveLength(1);
  });

  test('a standards category: the checklist of `ktd5 standards --category`', () => {
    const doc = findDocument('tuyenquang-154-2022') as TargetSetData;
    const file = trackingFile(doc.id, 'cap-xa', '2025');
    expect(file.spec.sheets.map((s) => s.name)).toEqual(standardsWorkbook(doc, ['cap-xa'], { year: '2025' }).sheets.map((s) => s.name));
  });
});

test('results print with the language\'s separators and the document\'s decimals ("75,35%" / "75.35%"), text as written', () => {
  const result = (lang: 'vi' | 'en', id: string) => targetsPaneView('dti-province-2022', undefined, lang)!.indicators.find((i) => i.id === id)?.result;
  const printed = (id: string) => dti.indicators!.groups.flatMap((g) => g.indicators).find((i) => i.id === id)!.results;
  expect(Object.values(printed('19') ?? {})).toContain('75.35%'); // the document's own text (OCR'd with a dot)
  expect(result('vi', '19')).toBe('75,35%');
  expect(result('en', '19')).toBe('75.35%');
  expect(result('vi', '37')).toBe('4.380'); // four thousand three hundred and eighty, grouped in Vietnamese
  expect(result('en', '37')).toBe('4380');
  expect(result('en', '1')).toBe('1/3 cuộc');
  for (const i of targetsPaneView('nq04-dongthap', undefined, 'vi')!.indicators) expect(i.result ?? '').not.toMatch(/\d\.\d{1,2}%/);
});
