/**
 * The Có/Không words, one source: every word and tick the engine's coerceYesNo accepts (YES_WORDS,
 * NO_WORDS), as officers type them (printed with diacritics, upper case, padded, with a full stop),
 * is written under the native formulas' yes/no helper cells; LibreOffice recalculates them headless and
 * each cached reading must be the engine's: TRUE, FALSE, "" for a blank, "?" for what it refuses.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { coerceYesNo, fold, NO_WORDS, YES_WORDS, type CompiledCriterion } from '../../src/engine';
import { helperFormulas } from '../../src/workbook/native-formulas';
import { emptySheet, type CellValue } from '../../src/workbook/spec';
import { renderXlsx } from '../../src/workbook/xlsx/render';
import { findSoffice, recalculate } from '../helpers/libreoffice';
import { cachedValues, type CachedValue } from '../helpers/sheet-xml';

/** How the folded words are printed in Vietnamese: each must fold back to its word (checked below). */
const PRINTED: Record<string, string[]> = {
  co: ['Có', 'CÓ', 'có'],
  dung: ['Đúng', 'đúng'],
  dat: ['Đạt', 'ĐẠT'],
  khong: ['Không', 'KHÔNG', 'không'],
  chua: ['Chưa'],
  'chua dat': ['Chưa đạt', 'CHƯA ĐẠT'],
  'khong dat': ['Không đạt'],
  sai: ['Sai'],
};

function typedForms(word: string): string[] {
  return [word, word.toUpperCase(), `  ${word}  `, `${word}.`, `${word}!`, ...(PRINTED[word] ?? [])];
}

const WORDS = [...YES_WORDS, ...NO_WORDS];
const INPUTS: CellValue[] = [
  ...WORDS.flatMap(typedForms),
  // What the engine refuses or leaves blank: the formulas must agree.
  null,
  '   ',
  'có lẽ',
  'xx',
  'đ',
  '2',
  'khong co',
  'yes no',
  1,
  0,
  2,
  true,
  false,
];

/** The engine's reading as the formulas cache it. */
function expected(raw: CellValue): boolean | '' | '?' {
  const c = coerceYesNo(raw);
  return c.state === 'ok' ? c.value : c.state === 'missing' ? '' : '?';
}

/** LibreOffice stores a formula's TRUE/FALSE as a boolean or as 1/0 depending on the cell's type. */
function reading(v: CachedValue | undefined): boolean | string | number | null | undefined {
  if (v === 1) return true;
  if (v === 0) return false;
  return v;
}

const soffice = findSoffice();
const maybe = soffice || process.env.CI ? describe : describe.skip;
if (!soffice && !process.env.CI) console.warn('LibreOffice not installed: yes/no word tests skipped');

describe('the Có/Không words', () => {
  test('every printed form used here folds to a word of the engine, and every word is written', () => {
    for (const [word, forms] of Object.entries(PRINTED)) {
      expect(WORDS).toContain(word);
      for (const f of forms) expect(fold(f)).toBe(word);
    }
    for (const w of WORDS) expect(INPUTS).toContain(w);
    expect(YES_WORDS.filter((w) => NO_WORDS.includes(w))).toEqual([]);
  });
});

maybe('the native yes/no formulas recalculated by LibreOffice read every word as the engine does', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ktd5-yes-no-'));
  let values: Map<string, CachedValue>;

  beforeAll(async () => {
    const sheet = emptySheet('Có Không');
    INPUTS.forEach((raw, i) => {
      const row = i + 1;
      const f = helperFormulas({ kind: 'bool' } as CompiledCriterion, `A${row}`, { h1: `B${row}`, h2: `C${row}`, h3: `D${row}` });
      if (raw !== null) sheet.cells.set(`A${row}`, { value: raw });
      sheet.cells.set(`B${row}`, { formula: f.h1 });
      sheet.cells.set(`C${row}`, { formula: f.h2 });
      sheet.cells.set(`D${row}`, { formula: f.h3 });
    });
    const file = path.join(dir, 'yes-no.xlsx');
    writeFileSync(file, await renderXlsx({ sheets: [sheet] }));
    const [out] = recalculate([file], path.join(dir, 'out'));
    values = cachedValues(new Uint8Array(readFileSync(out as string)), 'Có Không');
  }, 300_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('each typed form gives the engine\'s TRUE, FALSE, blank or "?"', () => {
    const got = INPUTS.map((raw, i) => [raw, reading(values.get(`D${i + 1}`))]);
    const want = INPUTS.map((raw) => [raw, expected(raw)]);
    expect(got).toEqual(want);
    // The oracle is not trivial: both answers and the refusals all occur.
    const answers = new Set(want.map(([, w]) => w));
    expect([...answers].sort()).toEqual(['', '?', false, true].sort());
  });
});
