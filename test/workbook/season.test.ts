/**
 * The season's pure pieces on grids built here: roster reading (identity, look-alikes, duplicates),
 * file-name slugs, the closest roster name, notes inserted on the first page, and last year's
 * ranking read from a KTD5 consolidation in either language.
 */
import fc from 'fast-check';
import { unitIdentity } from '../../src/engine';
import { type GridCell, type WorkbookGrid } from '../../src/workbook/grid';
import { closestMember, readRoster, slug, type RosterMember } from '../../src/workbook/season/roster';
import { readPreviousYear } from '../../src/workbook/season/previous';
import { insertLinesAfter } from '../../src/workbook/season/sheets';
import { emptySheet } from '../../src/workbook/spec';

const grid = (name: string, rows: GridCell[][]): WorkbookGrid => ({ sheets: [{ name, rows }] });
const member = (unit: string): RosterMember => ({ code: '', unit, contactPerson: '', contact: '', cell: 'B5' });

describe('roster', () => {
  test('reads members under the header row; one unit however spelled; look-alike scripts named', () => {
    const roster = readRoster(
      grid('Thành viên', [
        ['DANH SÁCH'],
        [],
        ['Mã', 'Tên đơn vị', 'Đầu mối', 'Liên hệ'],
        ['TV1', 'Sở Tư pháp', 'Bà A', '0277 000'],
        [null, 'Sở Tư\u200b pháp', null, null],
        [null, 'SỞ TƯ PHÁP', null, null],
        [null, 'Sở Y tế', null, null],
        [null, 'Sở Y tе', null, null], // Cyrillic "е"
        [null, '', null, null],
      ]),
    );
    expect(roster.members.map((m) => m.unit)).toEqual(['Sở Tư pháp', 'Sở Y tế', 'Sở Y tе']);
    expect(roster.members[0]).toMatchObject({ code: 'TV1', contactPerson: 'Bà A', contact: '0277 000', cell: 'B4' });
    expect(roster.problems.filter((p) => p.code === 'duplicateMember').map((p) => p.cell)).toEqual(['B5', 'B6']);
    expect(roster.problems.filter((p) => p.code === 'mixedScripts').map((p) => p.cell)).toEqual(['B8']);
  });

  test('a workbook without the "Tên đơn vị" column is no roster', () => {
    expect(readRoster(grid('Sheet1', [['Tên', 'Địa chỉ']])).problems[0]?.code).toBe('noRosterSheet');
  });

  test('slugs are readable ASCII, never empty, never a device name', () => {
    expect(slug('Sở Giáo dục và Đào tạo')).toBe('so-giao-duc-va-dao-tao');
    expect(slug('UBND huyện Cao Lãnh')).toBe('ubnd-huyen-cao-lanh');
    expect(slug('***')).toBe('don-vi');
    expect(slug('CON')).toBe('con-1');
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (name) => {
        const s = slug(name);
        return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(s) && s.length <= 62;
      }),
    );
  });

  test('the suggestion is the closest roster name on folded names, or none when nothing is close', () => {
    const members = ['Sở Tư pháp', 'Sở Y tế', 'Sở Giáo dục và Đào tạo'].map(member);
    expect(closestMember('So Tu phap', members)).toBe('Sở Tư pháp');
    expect(closestMember('Sở Y tê', members)).toBe('Sở Y tế');
    expect(closestMember('Sở Giáo dục Đào tạo', members)).toBe('Sở Giáo dục và Đào tạo');
    expect(closestMember('Công an tỉnh Đồng Tháp', members)).toBeNull();
    // Same identity is distance 0: the member itself.
    fc.assert(fc.property(fc.constantFrom(...members), (m) => closestMember(unitIdentity(m.unit).toUpperCase(), members) === m.unit));
  });
});

describe('first page notes', () => {
  test('lines go right below the anchor; what was below moves down with its merges', () => {
    const sheet = emptySheet('Xếp hạng');
    sheet.cells.set('A10', { value: 'Đề nghị' });
    sheet.cells.set('B12', { value: 'NGƯỜI TỔNG HỢP' });
    sheet.cells.set('A3', { value: 'tiêu đề' });
    sheet.merges.push('A10:H10', 'A3:H3');
    expect(insertLinesAfter(sheet, 'Đề nghị', ['Chưa nộp: X', 'Không tính: Y'], 8)).toBe(true);
    expect(sheet.cells.get('A11')?.value).toBe('Chưa nộp: X');
    expect(sheet.cells.get('A12')?.value).toBe('Không tính: Y');
    expect(sheet.cells.get('B14')?.value).toBe('NGƯỜI TỔNG HỢP');
    expect(sheet.cells.get('A3')?.value).toBe('tiêu đề');
    expect(sheet.merges).toEqual(expect.arrayContaining(['A10:H10', 'A3:H3', 'A11:H11', 'A12:H12']));
    expect(insertLinesAfter(sheet, 'không có', ['x'], 8)).toBe(false);
  });
});

describe('last year', () => {
  test('reads the ranking of a KTD5 consolidation in Vietnamese or English, units by identity', () => {
    for (const [name, header] of [
      ['Xếp hạng', ['Hạng', 'Đơn vị', 'Mục I (20)', 'Tổng điểm (100)', 'Đồng hạng']],
      ['Ranking', ['Rank', 'Unit', 'Section I (20)', 'Total (100)', 'Tie']],
    ] as const) {
      const year = readPreviousYear(
        grid(name, [['BẢNG TỔNG HỢP'], [], [...header], [1, 'Sở Tư pháp', 20, 95.5, null], [2, 'Sở Y tế', 18, 90, null], ['Đề nghị tặng Bằng khen: Sở Tư pháp'], [null, 'NGƯỜI TỔNG HỢP']]),
      );
      expect(year?.sheet).toBe(name);
      expect(year?.units.get(unitIdentity('SỞ TƯ PHÁP'))).toEqual({ unit: 'Sở Tư pháp', total: 95.5, rank: 1 });
      expect(year?.units.size).toBe(2);
    }
    expect(readPreviousYear(grid('Dữ liệu', [['Mã', 'Tiêu chí']]))).toBeUndefined();
  });
});
