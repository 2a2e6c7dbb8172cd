/**
 * The per-lead split of the DTI plan (Kế hoạch 337/KH-UBND, Phụ lục II: 96 component indicators with their lead
 * units): every indicator lands in a lead's workbook, co-leads in each, abbreviations in their unit's
 * workbook, collective leads in a workbook of their own, indicators without a lead with Sở Thông tin và
 * Truyền thông; the split is data-driven (any set whose indicators carry `lead`); periods read strictly.
 */
import { unitIdentity, type DocumentData, type IndexData, type TargetSetData } from '../../src/engine';
import { findDocument } from '../../src/rubrics';
import { parseUnitTable, unitTableOf } from '../../src/rubrics/units';
import { LEAD_HEADERS } from '../../src/workbook/tracking/by-lead/contract';
import { parsePeriod, periodCode, periodLabel, periodOrder } from '../../src/workbook/tracking/by-lead/period';
import { readLeadWorkbook } from '../../src/workbook/tracking/by-lead/reader';
import { slug, splitLead } from '../../src/workbook/tracking/by-lead/split';
import { leadPlanOf, leadWorkbooks } from '../../src/workbook/tracking/by-lead/workbooks';
import { loadWorkbookGrid } from '../../src/workbook/xlsx/load';
import { renderXlsx } from '../../src/workbook/xlsx/render';

const dti = findDocument('dti-province-2022') as IndexData;
const indicators = dti.indicators!.groups.flatMap((g) => g.indicators);
const plan = leadPlanOf(dti)!;
const books = plan.split.books;
const bookOf = (name: string) => books.find((b) => unitIdentity(b.name) === unitIdentity(name));
const idsOf = (name: string) => bookOf(name)?.assignments.map((a) => a.indicator.id) ?? [];

describe('the DTI plan split by lead unit', () => {
  test('the document has 96 component indicators and each is in at least one lead\'s workbook', () => {
    expect(indicators).toHaveLength(96);
    const covered = new Set(books.flatMap((b) => b.assignments.map((a) => a.indicator.id)));
    expect([...covered].sort()).toEqual(indicators.map((i) => i.id).sort());
    expect(plan.split.unknown).toEqual([]);
  });

  test('co-leads: an indicator whose lead text names several units is in each of their workbooks, marked', () => {
    const shared = indicators.filter((i) => /;/.test(i.lead ?? ''));
    expect(shared.length).toBeGreaterThan(5);
    for (const i of shared) {
      const names = (i.lead as string).split(/\s*;\s*/);
      const holders = books.filter((b) => b.assignments.some((a) => a.indicator.id === i.id));
      expect(holders.length).toBeGreaterThanOrEqual(names.length);
      for (const h of holders) expect([i.id, h.assignments.find((a) => a.indicator.id === i.id)!.role]).toEqual([i.id, 'co-lead']);
    }
    // "Sở Thông tin và Truyền thông; Công an Tỉnh" (indicators 61 and 63 of the document).
    for (const id of ['61', '63']) {
      expect(idsOf('Sở Thông tin và Truyền thông')).toContain(id);
      expect(idsOf('Công an Tỉnh')).toContain(id);
      expect(bookOf('Công an Tỉnh')!.assignments.find((a) => a.indicator.id === id)!.coLeads).toEqual(['Sở Thông tin và Truyền thông']);
    }
    // Comma-separated co-leads ("Sở Thông tin và Truyền thông, Sở Nội vụ"), and "và" between two schools.
    expect(idsOf('Sở Nội vụ')).toContain('34');
    const schools = indicators.filter((i) => /Trường ĐH Đồng Tháp và Trường CĐCĐ/.test(i.lead ?? '')).map((i) => i.id);
    expect(schools.length).toBe(2);
    for (const id of schools) {
      expect(idsOf('Trường ĐH Đồng Tháp')).toContain(id);
      expect(idsOf('Trường CĐCĐ Đồng Tháp')).toContain(id);
    }
  });

  test('"Sở KHĐT" and "Sở Kế hoạch và Đầu tư" land in one workbook, as do "VP UBND Tỉnh" and "Văn phòng UBND Tỉnh"', () => {
    const abbreviated = indicators.filter((i) => i.lead === 'Sở KHĐT').map((i) => i.id);
    const spelled = indicators.filter((i) => /Sở Kế hoạch và Đầu tư/.test(i.lead ?? '')).map((i) => i.id);
    expect(abbreviated.length).toBeGreaterThan(0);
    expect(spelled.length).toBeGreaterThan(0);
    expect(idsOf('Sở Kế hoạch và Đầu tư').sort()).toEqual([...abbreviated, ...spelled].sort());
    expect(books.filter((b) => /KHĐT|Kế hoạch/.test(b.name))).toHaveLength(1);
    const vp = indicators.filter((i) => /VP UBND Tỉnh|Văn phòng UBND Tỉnh/.test(i.lead ?? '')).map((i) => i.id);
    expect(idsOf('Văn phòng UBND Tỉnh').sort()).toEqual(vp.sort());
    expect(books.filter((b) => /^VP /.test(b.name))).toHaveLength(0);
  });

  test('collective leads get a workbook named for the group; indicators without a lead go to Sở TT&TT, marked "chưa phân công"', () => {
    for (const group of ['Các sở, ban, ngành Tỉnh', 'UBND huyện, thành phố']) {
      const b = bookOf(group)!;
      expect([group, b.collective]).toEqual([group, true]);
      const expected = indicators.filter((i) => (i.lead ?? '').includes(group) || (group.startsWith('UBND') && /UBND cấp huyện/.test(i.lead ?? ''))).map((i) => i.id);
      expect(b.assignments.map((a) => a.indicator.id).sort()).toEqual(expected.sort());
    }
    const none = indicators.filter((i) => !i.lead).map((i) => i.id);
    expect(none.length).toBe(2);
    const stt = bookOf('Sở Thông tin và Truyền thông')!;
    for (const id of none) expect(stt.assignments.find((a) => a.indicator.id === id)!.role).toBe('unassigned');
  });

  test('file names are readable ASCII slugs, one per lead, with the period', () => {
    const files = leadWorkbooks(dti, plan, parsePeriod('2023-11'));
    expect(files).toHaveLength(books.length);
    for (const f of files) expect(f.fileName).toMatch(/^[a-z0-9-]+_2023-11\.xlsx$/);
    expect(new Set(files.map((f) => f.fileName)).size).toBe(files.length);
    expect(files.map((f) => f.fileName)).toContain('so-ke-hoach-va-dau-tu_2023-11.xlsx');
    expect(slug('Sở TT&TT')).toBe('so-tt-va-tt');
  });

  test('the workbook: block "Đơn vị" and "Kỳ báo cáo" first, then the header row of the contract, and it reads back', async () => {
    const [f] = leadWorkbooks(dti, plan, parsePeriod('2023-Q4')).filter((x) => x.book.name === 'Công an Tỉnh');
    const loaded = await loadWorkbookGrid(await renderXlsx(f!.spec));
    if (!loaded.ok) throw new Error('not loaded');
    const rows = loaded.grid.sheets[0]!.rows;
    expect(rows[0]!.slice(0, 2)).toEqual(['Đơn vị', 'Công an Tỉnh']);
    expect(rows[1]!.slice(0, 2)).toEqual(['Kỳ báo cáo', 'Quý IV/2023']);
    const header = rows[f!.layout.headerRow - 1]!.slice(0, 9);
    expect(header).toEqual(['Mã', 'Chỉ tiêu', 'Đơn vị phối hợp', 'Kết quả 2022', 'Mục tiêu 2023', 'Kết quả kỳ này', 'Minh chứng', 'Ghi chú', LEAD_HEADERS.status]);
    const read = readLeadWorkbook(loaded.grid);
    expect(read.problems).toEqual([]);
    expect(read.reads[0]!.unit).toBe('Công an Tỉnh');
    expect(periodCode(read.reads[0]!.period!)).toBe('2023-Q4');
    expect(read.reads[0]!.rows.map((r) => r.id)).toEqual(idsOf('Công an Tỉnh'));
    expect(f!.spec.sheets[0]!.print).toMatchObject({ paper: 'A4', fitToWidth: true, titleRows: `${f!.layout.headerRow}:${f!.layout.headerRow}` });
  });
});

describe('lead texts and periods', () => {
  const units = unitTableOf('dti-province-2022');
  test('lead texts split into units through the unit table', () => {
    const names = (t: string) => splitLead(t, units).map((u) => u.name);
    expect(names('Sở Thông tin và Truyền thông; Sở Công Thương; Sở Kế hoạch và Đầu tư; Sở Tài chính')).toEqual(['Sở Thông tin và Truyền thông', 'Sở Công Thương', 'Sở Kế hoạch và Đầu tư', 'Sở Tài chính']);
    expect(names('Các sở, ban, ngành Tỉnh; UBND huyện, thành phố')).toEqual(['Các sở, ban, ngành Tỉnh', 'UBND huyện, thành phố']);
    expect(names('Trường ĐH Đồng Tháp, Trường CĐCĐ Đồng Tháp và Trường CĐ Y tế Đồng Tháp')).toEqual(['Trường ĐH Đồng Tháp', 'Trường CĐCĐ Đồng Tháp', 'Trường CĐ Y tế Đồng Tháp']);
    expect(names('sở  khđt')).toEqual(['Sở Kế hoạch và Đầu tư']);
    // A name the table does not know stays whole up to the ";" and is flagged as unknown.
    const unknown = splitLead('Sở Văn hóa, Thể thao và Du lịch; Sở Nội vụ', units);
    expect(unknown.map((u) => [u.name, u.known])).toEqual([['Sở Văn hóa, Thể thao và Du lịch', false], ['Sở Nội vụ', true]]);
  });

  test('a unit table with a bad shape is refused', () => {
    expect(() => parseUnitTable({ set: 'x', units: [{ aliases: [] }] }, 't')).toThrow(/no name/);
    expect(() => parseUnitTable({ units: [] }, 't')).toThrow(/set/);
  });

  test('periods: months and quarters, printed and ordered; anything else is no period', () => {
    expect(periodLabel(parsePeriod('2023-11')!)).toBe('Tháng 11/2023');
    expect(periodLabel(parsePeriod('2023-Q4')!)).toBe('Quý IV/2023');
    expect(periodCode(parsePeriod('Tháng 11/2023')!)).toBe('2023-11');
    expect(periodCode(parsePeriod('thang 3 nam 2024')!)).toBe('2024-03');
    expect(periodCode(parsePeriod('Quý IV/2023')!)).toBe('2023-Q4');
    expect(periodCode(parsePeriod('QUÝ 2/2024')!)).toBe('2024-Q2');
    for (const bad of ['', '2023', '2023-13', 'Tháng 13/2023', 'Quý V/2023', '11/2023', 'tháng mười một', '2023-Q0']) expect([bad, parsePeriod(bad)]).toEqual([bad, undefined]);
    const order = ['2023-Q4', '2023-12', '2023-10', '2023-11'].map((c) => parsePeriod(c)!).sort((a, b) => periodOrder(a) - periodOrder(b)).map(periodCode);
    expect(order).toEqual(['2023-10', '2023-11', '2023-12', '2023-Q4']);
  });

  test('any target set whose indicators carry a lead splits the same way, without a unit table', () => {
    const nq04 = findDocument('nq04-dongthap') as TargetSetData;
    expect(leadPlanOf(nq04)).toBeUndefined();
    const doc: DocumentData = JSON.parse(JSON.stringify(nq04));
    const groups = (doc as TargetSetData).groups;
    groups[0]!.indicators[0]!.lead = 'Sở Y tế; Sở Tư pháp';
    groups[0]!.indicators[1]!.lead = 'Sở Y tế';
    const p = leadPlanOf(doc)!;
    expect(p.units).toBeUndefined();
    expect(p.split.books.map((b) => [b.name, b.assignments.length])).toEqual([
      ['Chưa phân công', groups.flatMap((g) => g.indicators).length - 2],
      ['Sở Tư pháp', 1],
      ['Sở Y tế', 2],
    ]);
  });
});

describe('reading a filled per-lead sheet: what cannot be read is named, never guessed', () => {
  const grid = (period: unknown, value: unknown) => ({
    sheets: [
      {
        name: 'Báo cáo chỉ tiêu',
        rows: [
          ['Đơn vị', 'Sở KHĐT'],
          ['Kỳ báo cáo', period],
          ['Bộ chỉ tiêu', 'dti-province-2022'],
          [],
          ['Mã', 'Chỉ tiêu', 'Đơn vị phối hợp', 'Kết quả 2022', 'Mục tiêu 2023', 'Kết quả kỳ này', 'Minh chứng', 'Ghi chú', 'Đánh giá', 'Vai trò'],
          ['89', 'Tổng kinh phí', null, '4,054 tỷ đồng', '4 tỷ đồng', value, 'CV 12', null, null, 'Đồng chủ trì (cùng Sở Tài chính)'],
        ],
      },
    ],
  });
  test('a date, a number or a free text as the period is a problem at its cell, and no period', () => {
    for (const p of [{ date: '2023-11-01' }, 2023, 'tháng này', null]) {
      const r = readLeadWorkbook(grid(p, '5 tỷ đồng') as never);
      expect(r.reads[0]!.period).toBeUndefined();
      expect(r.problems.map((x) => [x.code, x.cell])).toEqual([[p === null ? 'noPeriod' : 'badPeriod', 'B2']]);
    }
  });
  test('a formula-looking text or an error as the result is named at its cell; the rest of the row is read', () => {
    const r = readLeadWorkbook(grid('Quý IV/2023', '=1+1') as never);
    expect(r.problems.map((x) => [x.code, x.cell])).toEqual([['formulaText', 'F6']]);
    expect(r.reads[0]).toMatchObject({ unit: 'Sở KHĐT', setId: 'dti-province-2022', printedYear: '2022', targetYear: '2023' });
    expect(r.reads[0]!.rows[0]).toMatchObject({ id: '89', value: null, evidence: 'CV 12', role: 'co-lead', target: '4 tỷ đồng' });
    const e = readLeadWorkbook(grid('Quý IV/2023', { error: '#REF!' }) as never);
    expect(e.problems.map((x) => [x.code, x.cell])).toEqual([['errorValue', 'F6']]);
  });
});
