/**
 * The per-lead sheets' native status formulas, computed by LibreOffice: every lead's workbook of the
 * DTI plan is filled with what units type into "Kết quả kỳ này" (around each 2023 target, as numbers,
 * "58%", phrases, yes/no, bad values, blanks), recalculated headless, and each status LibreOffice
 * caches must be what the engine's evaluateTarget says against the target (the 2022 result as the
 * previous one for "Duy trì"), blank while the cell is empty. The engine is the oracle.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { evaluateTarget, STATUS_LABELS, type IndexData, type RawValue } from '../../src/engine';
import { findDocument } from '../../src/rubrics';
import { address } from '../../src/workbook/a1';
import { parsePeriod } from '../../src/workbook/tracking/by-lead/period';
import { leadPlanOf, leadWorkbooks, type LeadWorkbook } from '../../src/workbook/tracking/by-lead/workbooks';
import { isMeasurable, thresholdOf } from '../../src/workbook/tracking/interval';
import { renderXlsx } from '../../src/workbook/xlsx/render';
import { findSoffice, recalculate } from '../helpers/libreoffice';
import { cachedValues } from '../helpers/sheet-xml';

type Input = string | number | null;
const pct = (x: number): string => `${String(Math.round(x * 100_000) / 1000).replace('.', ',')}%`;

/** What a unit types, around the threshold, in the forms the formulas read. */
function candidates(target: string, previous: RawValue): Input[] {
  const t = thresholdOf(target, previous);
  if (t.kind !== 'threshold') return [null, '58%', 'abc'];
  const { quantity, mode, min, max } = t.threshold;
  const v = mode === 'ceiling' ? max.value : min.value;
  if (quantity === 'bool') return [null, 'Có', 'có', 'x', 'Không', 'khong', 1, 0, 'có lẽ'];
  if (quantity === 'percent') return [null, v, v - 0.001, v + 0.001, pct(v), pct(v - 0.001), pct(v + 0.01), `Trên ${pct(v)}`, `Từ ${pct(v)} trở lên`, `Dưới ${pct(v)}`, 'abc', '-5%', Math.round(v * 100) || 58];
  return [null, v, v - 1, v + 1, `Trên ${v}`, `Tối đa ${v}`, 'abc', v * 2];
}

function expected(target: string, raw: RawValue, previous: RawValue): string {
  const e = evaluateTarget(target, raw ?? null, previous);
  if (e.status !== 'unknown') return STATUS_LABELS.vi[e.status];
  if (e.issues.some((i) => i.severity === 'error')) return '?';
  if (e.issues.some((i) => i.code === 'score.missing')) return '';
  return 'Chưa đánh giá';
}

const soffice = findSoffice();
const maybe = soffice || process.env.CI ? describe : describe.skip;
const VARIANTS = 5;

maybe('per-lead sheets recalculated by LibreOffice give the engine\'s statuses', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ktd5-by-lead-native-'));
  const dti = findDocument('dti-province-2022') as IndexData;
  const plan = leadPlanOf(dti)!;
  const cases: { file: string; wb: LeadWorkbook; typed: Map<string, Input> }[] = [];
  let computed: Map<string, Map<string, unknown>>;

  beforeAll(async () => {
    mkdirSync(path.join(dir, 'in'));
    for (let k = 0; k < VARIANTS; k++) {
      for (const wb of leadWorkbooks(dti, plan, parsePeriod('2023-11'))) {
        const typed = new Map<string, Input>();
        for (const a of wb.book.assignments) {
          const i = a.indicator;
          if (!isMeasurable(i.target)) continue;
          const all = candidates(i.target, i.values['2022'] ?? null);
          const value = all[(k * 3 + i.id.length + Number(i.id)) % all.length] as Input;
          typed.set(i.id, value);
          wb.layout.sheet.cells.set(address(wb.layout.rows.get(i.id)!, wb.layout.columns.value), { value });
        }
        const file = path.join(dir, 'in', `${k}-${wb.fileName}`);
        writeFileSync(file, await renderXlsx(wb.spec));
        cases.push({ file, wb, typed });
      }
    }
    const outputs = recalculate(cases.map((c) => c.file), path.join(dir, 'out'));
    computed = new Map(outputs.map((out, n) => [cases[n]!.file, cachedValues(new Uint8Array(readFileSync(out)), cases[n]!.wb.layout.sheet.name)]));
  }, 600_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('every measurable indicator of every lead\'s workbook', () => {
    const mismatches: string[] = [];
    let compared = 0;
    let filledIn = 0;
    const seen = new Set<unknown>();
    for (const c of cases) {
      const values = computed.get(c.file)!;
      for (const a of c.wb.book.assignments) {
        const i = a.indicator;
        if (!c.typed.has(i.id)) continue;
        const raw = c.typed.get(i.id) ?? null;
        const want = expected(i.target!, raw, i.values['2022'] ?? null);
        const got = values.get(address(c.wb.layout.rows.get(i.id)!, c.wb.layout.columns.status)) ?? '';
        compared++;
        seen.add(got);
        if (raw !== null) filledIn++;
        if (got !== want) mismatches.push(`${path.basename(c.file)} #${i.id} ${JSON.stringify(i.target)} value ${JSON.stringify(raw)}: native ${JSON.stringify(got)}, engine ${JSON.stringify(want)}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(300);
    expect(filledIn).toBeGreaterThan(200);
    for (const s of ['Vượt', 'Đạt', 'Chưa đạt', '?', '']) expect(seen).toContain(s);
  });

  test('an empty result shows no status at all (not the 2022 result\'s)', () => {
    const c = cases.find((x) => [...x.typed.values()].includes(null))!;
    const values = computed.get(c.file)!;
    for (const [id, v] of c.typed) if (v === null) expect([id, values.get(address(c.wb.layout.rows.get(id)!, c.wb.layout.columns.status)) ?? '']).toEqual([id, '']);
  });
});
