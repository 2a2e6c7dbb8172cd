/**
 * Golden rubric sheets: the good sheet and, side by side, the same sheet with one mistake a secretariat
 * makes, each with the exact messages (file, sheet, cell, Vietnamese text) and nothing else. Sheets
 * are real .xlsx files read back through the guard, as the command reads them.
 */
import { importRubricSheet } from '../../src/workbook/rubric-sheet/import';
import { describeRubricProblem } from '../../src/workbook/rubric-sheet/messages';
import { type AppendixRow } from '../../src/workbook/rubric-sheet/contract';
import { edit, GOOD, sheetGrid } from './sheets';

jest.setTimeout(30_000); // each case renders and reads a real .xlsx

const at = 'Tệp "f.xlsx", trang "Bộ tiêu chí"';

async function messages(rows: AppendixRow[], lang: 'vi' | 'en' = 'vi', meta = {}): Promise<{ ok: boolean; lines: string[] }> {
  const r = importRubricSheet(await sheetGrid(rows, meta));
  return { ok: r.ok, lines: r.problems.map((p) => describeRubricProblem(p, 'f.xlsx', lang)) };
}

// Rows of GOOD (0-based) → sheet rows: the table starts at row 13 (row 14 is I.1, 15–17 its bands, 18 is I.2…).
const cases: [string, AppendixRow[], string[]][] = [
  ['an overlapping band', edit(3, ['', 'Từ 85% đến dưới 100%', 3]), [
    `${at}, ô B17: Tiêu chí I.1: mức "Từ 85% đến dưới 100%" và mức "Dưới 90%" chồng lên nhau.`,
  ]],
  ['a gap between bands', edit(3, ['', 'Từ 90% đến dưới 99%', 3]), [
    `${at}, ô B15: Tiêu chí I.1: các mức chấm bỏ sót khoảng giá trị từ 99% đến 100% (gần mức "Đạt 100%").`,
  ]],
  ['band points above the max', edit(2, ['', 'Đạt 100%', 8]), [
    `${at}, ô C14: Tiêu chí I.1: không mức nào đạt điểm tối đa 6.`,
    `${at}, ô C15: Tiêu chí I.1: mức "Đạt 100%" cho 8 điểm, vượt điểm tối đa 6.`,
  ]],
  ['a phrase the parser does not know', edit(3, ['', 'Khoảng 90% trở lên', 3]), [
    `${at}, ô B16: Không hiểu cụm từ "Khoảng 90% trở lên": từ "khoang" không phải cách ghi mức chấm quen thuộc (Từ, Trên, Dưới, Đạt, Tối thiểu, … trở lên).`,
  ]],
  ['a section that does not add up', edit(0, ['I', 'Chính quyền số', 16]), [
    `${at}, ô C13: Mục I: tổng điểm các tiêu chí là 14, khác với 16 điểm ghi cho mục.`,
    `${at}, ô C27: Tổng điểm các mục là 21, khác với tổng cộng 19 điểm.`,
  ]],
  ['a total that is not the stated total', edit(14, ['', 'Tổng cộng', 20]), [
    `${at}, ô C27: Tổng điểm các mục là 19, khác với tổng cộng 20 điểm.`,
  ]],
  ['a missing max', edit(5, ['2', 'Có nền tảng họp trực tuyến', null]), [
    `${at}, ô C18: tiêu chí I.2 chưa ghi điểm tối đa ở cột "Điểm".`,
  ]],
  ['a band without points (a wrapped criterion text)', [...GOOD.slice(0, 2), ['', 'được ký số', null], ...GOOD.slice(2)], [
    `${at}, ô C15: mức chấm "được ký số" của tiêu chí I.1 chưa ghi điểm ở cột "Điểm" (nếu dòng này là phần tiếp theo của nội dung tiêu chí, hãy ghép vào ô B14).`,
  ]],
  ['a TT that is neither a Roman numeral nor a number', edit(5, ['a', 'Có nền tảng họp trực tuyến', 4]), [
    `${at}, ô A18: cột TT ghi "a": cần số La Mã cho mục (I, II, …) hoặc số thứ tự cho tiêu chí (1, 2, …); dòng mức chấm để trống cột TT.`,
  ]],
  ['a criterion number used twice', edit(8, ['2', 'Tin bài về chuyển đổi số', 4]), [
    `${at}, ô A21: tiêu chí I.2 đã có ở ô A18; dòng này bị bỏ qua.`,
  ]],
  ['a criterion before the first section', [['1', 'Tiêu chí lạc', 4], ...GOOD], [
    `${at}, ô A13: tiêu chí số 1 nằm trước mục đầu tiên; cần một dòng mục (I, II, …) ở trên.`,
  ]],
  ['a percent band Excel turned into a number', edit(3, ['', 0.9 as unknown as string, 3]), [
    `${at}, ô B16: mức chấm đang là con số 0,9, không phải chữ như văn bản in (Excel có thể đã đổi "100%" thành số); hãy định dạng ô là Văn bản (Text) rồi gõ lại, ví dụ "100%".`,
  ]],
  ['no "Tổng cộng" row', edit(14, undefined), [
    `${at}, ô B27: thiếu dòng "Tổng cộng" (với tổng điểm ở cột "Điểm") ở cuối bảng.`,
  ]],
  ['a max of 0', edit(13, ['1', 'Sáng kiến được công nhận', 0]), [
    `${at}, ô C26: điểm tối đa của II.1 phải lớn hơn 0.`,
  ]],
  ['points that are not a number', edit(13, ['1', 'Sáng kiến được công nhận', 'năm']), [
    `${at}, ô C26: điểm "năm" không phải là một số không âm.`,
  ]],
  ['Có/Không with two "Có"', edit(7, ['', 'Có', 0]), [
    `${at}, ô B18: Tiêu chí I.2: cần đúng một mức "Có" và một mức "Không".`,
  ]],
];

describe('the good sheet', () => {
  test('imports with no problem at all', async () => {
    expect(await messages(GOOD)).toEqual({ ok: true, lines: [] });
  });
});

describe.each(cases)('side by side with %s', (_name, rows, expected) => {
  test('exactly these messages, and no rubric', async () => {
    expect(await messages(rows)).toEqual({ ok: false, lines: expected });
  });
});

describe('the header block', () => {
  test.each([
    [{ id: '' }, `${at}, ô B4: chưa ghi "Mã bộ tiêu chí".`],
    [{ id: 'KTĐ5 2024' }, `${at}, ô B4: mã bộ tiêu chí "KTĐ5 2024" chỉ được gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ ktd5-2024).`],
    [{ date: '31/2/2024' }, `${at}, ô B7: ngày văn bản "31/2/2024" không đọc được; ghi theo dạng ngày/tháng/năm, ví dụ 25/7/2023.`],
    [{ issuer: '' }, `${at}, ô B8: chưa ghi "Cơ quan ban hành".`],
  ])('%j', async (meta, line) => {
    expect(await messages(GOOD, 'vi', meta)).toEqual({ ok: false, lines: [line] });
  });

  test('a built-in id is a warning, not an error', async () => {
    const r = importRubricSheet(await sheetGrid(GOOD, { id: 'ktd5-2023' }), { knownIds: ['ktd5-2023'] });
    expect(r.ok).toBe(true);
    expect(r.problems.map((p) => describeRubricProblem(p, 'f.xlsx', 'vi'))).toEqual([
      `${at}, ô B4: mã "ktd5-2023" trùng với bộ tiêu chí có sẵn; nếu đây là bộ tiêu chí của năm mới, hãy đặt mã khác (ví dụ ktd5-2024) để phiếu của các đơn vị không bị chấm theo bộ cũ.`,
    ]);
  });

  test('dates as documents and Excel write them', async () => {
    for (const [typed, iso] of [['15/3/2024', '2024-03-15'], ['05/03/2024', '2024-03-05'], ['3/2024', '2024-03'], ['2024', '2024'], ['2024-03-15', '2024-03-15']]) {
      const r = importRubricSheet(await sheetGrid(GOOD, { date: typed as string }));
      expect(r.ok && r.data.source.date).toBe(iso);
    }
  });
});

describe('English', () => {
  test('sheet problems and engine problems in English with --lang en', async () => {
    expect((await messages(edit(5, ['2', 'Có nền tảng họp trực tuyến', null]), 'en')).lines).toEqual([
      'File "f.xlsx", sheet "Bộ tiêu chí", cell C18: criterion I.2 has no maximum points in the "Điểm" column.',
    ]);
    const [line] = (await messages(edit(0, ['I', 'Chính quyền số', 15]), 'en')).lines;
    expect(line).toMatch(/^File "f\.xlsx", sheet "Bộ tiêu chí", cell C13: Section I: .*14.*15/);
  });
});

describe('every problem at once', () => {
  test('a sheet with several mistakes lists them all in sheet order', async () => {
    let rows = edit(3, ['', 'Khoảng 90% trở lên', 3]);
    rows = edit(5, ['2', 'Có nền tảng họp trực tuyến', null], rows);
    rows = edit(9, ['', 'Từ 20 tin bài trở lên', 5], rows);
    const { lines } = await messages(rows);
    expect(lines.map((l) => l.split(':')[0])).toEqual([`${at}, ô B16`, `${at}, ô C18`, `${at}, ô C21`, `${at}, ô C22`]); // C21: I.3 can no longer reach its max (a warning)
  });
});
