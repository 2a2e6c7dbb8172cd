/**
 * A document's own period is the default everywhere (never the current year), and the documents'
 * numeric texts read as numbers with their printed decimals.
 */
import { documentPeriod, printedNumberText, printedText, readPrintedNumber, type DocumentData } from '../../src/engine';
import { findDocument } from '../../src/rubrics';
import { trackingFile } from '../../src/taskpane/model/tracking-spec';
import { resultHeader } from '../../src/workbook/tracking/contract';

const doc = (id: string) => findDocument(id) as DocumentData;

describe('documentPeriod', () => {
  it('takes the period the documents state in their titles', () => {
    expect(documentPeriod(doc('ktd5-2023'))).toEqual({ label: '2023', year: '2023' });
    // "giai đoạn 2021 - 2025": the plan's period, ending 2025.
    expect(documentPeriod(doc('dongthap-207-2022'))).toEqual({ label: '2021–2025', year: '2025' });
    // "đến năm 2025, định hướng đến năm 2030": the plan is to 2025.
    expect(documentPeriod(doc('tuyenquang-154-2022'))).toEqual({ label: '2025', year: '2025' });
    expect(documentPeriod({ title: 'Evaluation criteria …, 2023' })).toEqual({ label: '2023', year: '2023' });
    expect(documentPeriod({ title: 'Bộ tiêu chí riêng', source: { date: '2024-03-01' } })).toEqual({ label: '2024', year: '2024' });
  });

  it('the standards workbook from the page has a result column for the plan\'s final year, not the current one', () => {
    const { spec } = trackingFile('dongthap-207-2022', 'xa');
    const headers = [...spec.sheets[0]!.cells.values()].map((c) => ('value' in c ? c.value : null));
    expect(headers).toContain(resultHeader('2025'));
    expect(headers).not.toContain(resultHeader(String(new Date().getFullYear())));
  });
});

describe('readPrintedNumber', () => {
  it('reads the documents\' numeric texts with their decimals', () => {
    expect(readPrintedNumber('0.8917')).toEqual({ value: 0.8917, percent: false, decimals: 4 });
    expect(readPrintedNumber('0.6000')).toEqual({ value: 0.6, percent: false, decimals: 4 });
    expect(readPrintedNumber('75.35%')).toEqual({ value: 0.7535, percent: true, decimals: 2 });
    expect(readPrintedNumber('41,67%')).toEqual({ value: 0.4167, percent: true, decimals: 2 });
    expect(readPrintedNumber('4.380')).toEqual({ value: 4380, percent: false, decimals: 0 });
    expect(readPrintedNumber('30%')).toEqual({ value: 0.3, percent: true, decimals: 0 });
    for (const t of ['1/3 cuộc', 'Trên 75%', 'Có', '1.323 (26,93%)']) expect(readPrintedNumber(t)).toBeUndefined();
  });

  it('prints them again in each language', () => {
    expect(printedNumberText(readPrintedNumber('75.35%')!, 'vi')).toBe('75,35%');
    expect(printedNumberText(readPrintedNumber('0.6000')!, 'en')).toBe('0.6000');
    expect(printedText('4.49%', 'vi')).toBe('4,49%');
    expect(printedText('4.380', 'vi')).toBe('4.380');
    expect(printedText('4.380', 'en')).toBe('4380');
    expect(printedText('1/3 cuộc', 'en')).toBe('1/3 cuộc');
  });
});
