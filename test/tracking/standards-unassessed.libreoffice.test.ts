/**
 * A standards checklist headlines nothing before it is assessed, as LibreOffice computes and prints it:
 * blank, its count reads "Chưa đánh giá 6/6" (Kế hoạch 207/KH-UBND sets six standards for communes) and
 * its rate and its group row's count are empty; filled with xa.1 "100%" (target 100 %) and xa.2 "40%" (target 50 %), "1/6" and 17 %.
 * The Tuyên Quang checklist (Kế hoạch 154/KH-UBND) prints its "Theo văn bản" sentence as written.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type TargetSetData } from '../../src/engine';
import { findDocument } from '../../src/rubrics';
import { TRACK_HEADERS } from '../../src/workbook/tracking/contract';
import { standardsWorkbook } from '../../src/workbook/tracking/standards';
import { renderXlsx } from '../../src/workbook/xlsx/render';
import { csvRows, exportCsvInLocale, findSoffice } from '../helpers/libreoffice';
import { filledStandards } from '../helpers/tracking-files';

jest.setTimeout(300_000);

const maybe = findSoffice() || process.env.CI ? describe : describe.skip;
const COUNT = 'Số tiêu chuẩn đạt (đạt hoặc vượt)';
const RATE = 'Tỷ lệ tiêu chuẩn đạt';

/** The printed status cell of the group row titled `title` (its count of standards met). */
function groupCount(csv: string, title: string): string | undefined {
  const rows = csvRows(csv);
  const header = rows.find((r) => r.includes(TRACK_HEADERS.status) && r.includes(TRACK_HEADERS.id));
  return rows.find((r) => r[1] === title)?.[header!.indexOf(TRACK_HEADERS.status)];
}

/** The printed cell right of a label (the label's row, next column). */
function besides(csv: string, label: string): string | undefined {
  const line = csv.split('\n').find((l) => l.includes(`,${label},`) || l.startsWith(`${label},`));
  if (!line) return undefined;
  const after = line.slice(line.indexOf(label) + label.length + 1);
  return after.startsWith('"') ? after.slice(1, after.indexOf('"', 1)) : after.split(',')[0];
}

maybe('standards checklists in LibreOffice', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ktd5-std-lo-'));
  const printed: Record<string, string> = {};
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    const files = {
      blank: await filledStandards('dongthap-207-2022', 'xa', '2025', {}),
      filled: await filledStandards('dongthap-207-2022', 'xa', '2025', { '1': '100%', '2': '40%' }),
      tq: await renderXlsx(standardsWorkbook(findDocument('tuyenquang-154-2022') as TargetSetData, ['cap-tinh'], { year: '2025' })),
    };
    const out = path.join(dir, 'csv');
    mkdirSync(out);
    for (const [name, bytes] of Object.entries(files)) {
      const file = path.join(dir, `${name}.xlsx`);
      writeFileSync(file, bytes);
      const sheets = exportCsvInLocale(file, out, 'vi-VN');
      printed[name] = [...sheets.values()][0] ?? '';
    }
  });

  test('blank: "Chưa đánh giá 6/6", no rate, the verdict "Chưa đánh giá đủ"', () => {
    expect(besides(printed.blank!, COUNT)).toBe('Chưa đánh giá 6/6');
    expect(besides(printed.blank!, RATE)).toBe('');
    expect(besides(printed.blank!, 'Kết luận')).toBe('Chưa đánh giá đủ');
    // The group row's count too: none before a standard is judged.
    expect(groupCount(printed.blank!, '4. Đối với cấp xã')).toBe('');
  });

  test('filled: 1/6 and 17 %', () => {
    expect(besides(printed.filled!, COUNT)).toBe('1/6');
    expect(besides(printed.filled!, RATE)).toBe('17%');
    expect(groupCount(printed.filled!, '4. Đối với cấp xã')).toBe('1/6');
  });

  test('Tuyên Quang: the printed sentence in "Theo văn bản", the target we measure in "Mục tiêu"', () => {
    expect(printed.tq).toContain(TRACK_HEADERS.asPrinted);
    expect(printed.tq).toContain('80%,"100% cơ sở dữ liệu dùng chung và 80% cơ sở dữ liệu chuyên ngành được kết nối, chia sẻ trên toàn tỉnh, thông qua nền tảng tích hợp, chia sẻ dữ liệu (LGSP)"');
  });
});
