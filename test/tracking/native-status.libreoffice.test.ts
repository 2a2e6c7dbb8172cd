/**
 * The tracking sheets' native formulas, computed by a real spreadsheet engine: tracking workbooks for
 * NQ04, the DTI plan and the two standards documents are written with the results officers type into
 * the next year's cell (around every threshold, as numbers, "58%", "60,2%", bare points, "Trên 75%",
 * "Từ 60% trở lên", every bounding word of the engine's phrase table with and without diacritics, Có/co/x,
 * bad values, blanks), LibreOffice recalculates them headless, and every
 * status and gap it caches must be what the engine's evaluateTarget says. Values outside what the
 * formulas read (a ratio "1/3", "Đạt 60%") must show "?" or the engine's status, never another one.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dtiTotal, evaluateTarget, fold, gapInUnit, gapMeasure, isBlank, QUALIFIER_WORDS, readIndexValue, STATUS_LABELS, type DocumentData, type IndexData, type RawValue, type TargetSetData } from '../../src/engine';
import { findDocument } from '../../src/rubrics';
import { SHEETS, TRACK_HEADERS } from '../../src/workbook/tracking/contract';
import { dtiInputOf, rankTable } from '../../src/workbook/tracking/dti';
import { isMeasurable, thresholdOf } from '../../src/workbook/tracking/interval';
import { evaluatedYear, rowForm, shownCode, towardsLaterTarget, trackingTableOf, type TrackingTable } from '../../src/workbook/tracking/model';
import { SHORT_OF_LATER_TARGET } from '../../src/workbook/tracking/status-formulas';
import { standardsWorkbook } from '../../src/workbook/tracking/standards';
import { dtiWorkbook, targetSetWorkbook } from '../../src/workbook/tracking/workbooks';
import { type WorkbookSpec } from '../../src/workbook/spec';
import { renderXlsx } from '../../src/workbook/xlsx/render';
import { findSoffice, recalculate } from '../helpers/libreoffice';
import { cachedValues, type CachedValue } from '../helpers/sheet-xml';

type Input = string | number | boolean | null;

const pct = (x: number): string => `${String(Math.round(x * 100_000) / 1000).replace('.', ',')}%`;
const vn = (n: number): string => (Number.isInteger(n) && n >= 1000 ? n.toLocaleString('de-DE') : String(n).replace('.', ','));

/** Every bounding word the engine's phrase parser knows, as printed: the formulas must read each one. */
const BOUND_WORDS = QUALIFIER_WORDS.filter(([w, q]) => /^[\p{L} ]+$/u.test(w) && ['gt', 'lt', 'ge', 'le', 'from'].includes(q)).map(([w]) => w);
const capital = (w: string): string => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1);
/** "Không vượt quá 60%", "khong vuot qua 60%": each word with and without diacritics. */
const wordPhrases = (amount: string): string[] => BOUND_WORDS.flatMap((w) => [`${capital(w)} ${amount}`, `${fold(w)} ${amount}`]);

/** What officers type, around the row's threshold, in the forms the formulas read. */
function candidates(target: string, previous: RawValue): { inDomain: Input[]; outside: Input[] } {
  const t = thresholdOf(target, previous);
  if (t.kind !== 'threshold') return { inDomain: [null, '58%', 'abc'], outside: [] };
  const { quantity, mode, min, max } = t.threshold;
  const v = mode === 'ceiling' ? max.value : min.value;
  switch (quantity) {
    case 'bool':
      return { inDomain: [null, 'Có', 'có', 'co', 'x', 'Không', 'khong', 'KHÔNG', 1, 0, 'có lẽ', 2, '  '], outside: [] };
    case 'percent': {
      const around = [v, v - 0.001, v + 0.001, Math.max(0, v - 0.05), v - 1e-12];
      return {
        inDomain: [
          null,
          '   ',
          ...around.flatMap((x) => [x, pct(x)]),
          `Trên ${pct(v)}`,
          `trên ${pct(v)}`,
          `TRÊN ${pct(Math.max(0, v - 0.05))}`,
          `Dưới ${pct(v)}`,
          `duoi ${pct(v + 0.05)}`,
          `Từ ${pct(v)} trở lên`,
          `Tối thiểu ${pct(v)}`,
          `${pct(v)} trở lên`,
          `Tối đa ${pct(v)}`,
          `Hơn ${pct(v)}`,
          ...wordPhrases(pct(v)),
          Math.round(v * 100) > 1 ? Math.round(v * 100) : 58,
          String(Math.round(v * 10000) / 100).replace('.', ','),
          '0,58',
          '58 %',
          150,
          'abc',
          'Trên 75',
          '-5%',
        ],
        outside: ['1/3', 'Đạt 60%', '>60%', `${pct(v)} (ước)`],
      };
    }
    default:
      return {
        inDomain: [null, v, v - 1, v + 1, vn(v), vn(v + 1), `Trên ${vn(v)}`, `Dưới ${vn(v)}`, `Từ ${vn(v)} trở lên`, `Tối đa ${vn(v)}`, ...wordPhrases(vn(v)), 'abc', '50%', v * 2],
        outside: ['1.323 (26,93%)', `${vn(v)} hệ thống`],
      };
  }
}

/**
 * The status text the sheet should show for what the engine says; the gap in the row's unit (gapInUnit,
 * the unit set by the row's printed result `form`); "Còn thiếu" for a printed year short of a later target.
 */
function expectedText(target: string, raw: RawValue, previous: RawValue, form: RawValue = null, shortOfLater = false): { status: string; gap: number | '' } {
  const e = evaluateTarget(target, raw ?? null, previous);
  const shape = isBlank(form) ? (raw ?? null) : form;
  const formPrevious = shape;
  const inUnit = (): number | '' => (!gapMeasure(target, shape, formPrevious) ? '' : e.shortfall === undefined ? 0 : (gapInUnit(target, shape, e.shortfall, formPrevious)?.amount ?? 0));
  // A yes/no target has no gap; a strict threshold met exactly ("Trên 55%" with 55%) is short by 0.
  const yesNo = thresholdOf(target, previous).kind === 'threshold' && (thresholdOf(target, previous) as { threshold: { quantity: string } }).threshold.quantity === 'bool';
  if (e.status !== 'unknown') return { status: e.status === 'chua-dat' && shortOfLater ? SHORT_OF_LATER_TARGET : STATUS_LABELS.vi[e.status], gap: e.status === 'chua-dat' && !yesNo ? inUnit() : '' };
  if (e.issues.some((i) => i.severity === 'error')) return { status: '?', gap: '' };
  if (e.issues.some((i) => i.code === 'score.missing')) return { status: '', gap: '' };
  return { status: 'Chưa đánh giá', gap: '' };
}

interface Case {
  file: string;
  sheets: { name: string; table: TrackingTable }[];
  /** Values outside the formulas' domain, by sheet and indicator id. */
  outside: Set<string>;
}

function fill(table: TrackingTable, k: number, outsideKeys: Set<string>, sheet: string): TrackingTable {
  const years = table.years;
  const input = years.at(-1) as string;
  for (const g of table.groups) {
    for (const i of g.indicators) {
      if (!isMeasurable(i.target)) continue;
      const previous = years.length > 1 ? i.values[years[years.length - 2] as string] : undefined;
      const { inDomain, outside } = candidates(i.target, previous);
      const all = [...inDomain, ...outside];
      // A stride of 7 walks the whole list over the variants, the values outside the domain (at its end) included.
      const value = k === 0 ? null : all[(k * 7 + i.id.length) % all.length];
      i.values[input] = value as RawValue;
      if (k > 0 && outside.includes(value as Input)) outsideKeys.add(`${sheet}|${i.id}`);
    }
  }
  return table;
}

function locate(values: Map<string, CachedValue>): { statusCol: string; gapCol: string; rows: Map<string, string> } {
  const at = (text: string) => [...values.entries()].find(([, v]) => v === text)?.[0];
  const statusRef = at(TRACK_HEADERS.status) as string;
  const headerRow = Number(statusRef.replace(/^[A-Z]+/, ''));
  const rows = new Map<string, string>();
  for (const [ref, v] of values) {
    const m = /^A(\d+)$/.exec(ref);
    if (m && Number(m[1]) > headerRow && (typeof v === 'string' || typeof v === 'number') && v !== '') rows.set(String(v), m[1] as string);
  }
  return { statusCol: statusRef.replace(/\d+$/, ''), gapCol: (at(TRACK_HEADERS.gap) as string).replace(/\d+$/, ''), rows };
}

const soffice = findSoffice();
const maybe = soffice || process.env.CI ? describe : describe.skip;
if (!soffice && !process.env.CI) console.warn('LibreOffice not installed: tracking native formula tests skipped');

const VARIANTS = 26;

maybe('tracking sheets recalculated by LibreOffice give the engine\'s statuses', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ktd5-track-native-'));
  const nq04 = findDocument('nq04-dongthap') as TargetSetData;
  const dti = findDocument('dti-province-2022') as IndexData;
  const standards = ['dongthap-207-2022', 'tuyenquang-154-2022'].map((id) => findDocument(id) as TargetSetData);
  const cases: Case[] = [];
  const pillarCases: { file: string; inputs: Record<string, RawValue> }[] = [];
  let computed: Map<string, Map<string, Map<string, CachedValue>>>;

  beforeAll(async () => {
    mkdirSync(path.join(dir, 'in'));
    const write = async (name: string, spec: WorkbookSpec) => {
      const file = path.join(dir, 'in', name);
      writeFileSync(file, await renderXlsx(spec));
      return file;
    };
    for (let k = 0; k < VARIANTS; k++) {
      const outside = new Set<string>();
      const t1 = fill(trackingTableOf(nq04)!, k, outside, SHEETS.indicators);
      cases.push({ file: await write(`nq04-${k}.xlsx`, targetSetWorkbook(nq04 as DocumentData, t1)), sheets: [{ name: SHEETS.indicators, table: t1 }], outside });

      // DTI: the Phụ lục II indicators through the document's 2023 results; pillars typed as numbers around their targets.
      const outsideDti = new Set<string>();
      const t2 = fill(trackingTableOf(dti)!, k, outsideDti, SHEETS.indicators);
      const withResults: IndexData = JSON.parse(JSON.stringify(dti));
      for (const g of withResults.indicators!.groups) for (const i of g.indicators) i.results = { ...i.results, '2023': (t2.groups.find((x) => x.id === g.id)!.indicators.find((x) => x.id === i.id)!.values['2023'] ?? null) as string | null };
      const inputs: Record<string, RawValue> = {};
      dti.pillars.forEach((p, i) => {
        const v = Number(p.target!.replace(/\D/g, '')) / 100;
        const choices: RawValue[] = [null, v, v - 0.0001, v + 0.0001, pct(v), `Trên ${pct(v)}`, 0.5, '0,95'];
        inputs[p.id] = k === 0 ? null : choices[(k + i) % choices.length];
      });
      const pillarTable = dtiInputOf(dti).pillars;
      for (const p of pillarTable.groups[0]!.indicators) p.values['2023'] = inputs[p.id] ?? null;
      const dtiFile = await write(`dti-${k}.xlsx`, dtiWorkbook(withResults, undefined, inputs));
      cases.push({ file: dtiFile, sheets: [{ name: SHEETS.indicators, table: t2 }, { name: SHEETS.pillars, table: pillarTable }], outside: outsideDti });
      pillarCases.push({ file: dtiFile, inputs });

      for (const doc of standards) {
        const outsideStd = new Set<string>();
        const spec = standardsWorkbook(doc, doc.groups.map((g) => g.id), { year: '2024' });
        const sheets = doc.groups.map((g, n) => {
          const table = fill(trackingTableOf(doc, { groups: [g.id], nextYear: '2024' })!, k, outsideStd, spec.sheets[n]!.name);
          return { name: spec.sheets[n]!.name, table };
        });
        // Re-render with the filled values: the same layout, the values typed in.
        const filled = standardsWorkbookFilled(doc, sheets.map((s) => s.table));
        cases.push({ file: await write(`${doc.id}-${k}.xlsx`, filled), sheets, outside: outsideStd });
      }
    }
    const outputs = recalculate(
      cases.map((c) => c.file),
      path.join(dir, 'out'),
    );
    computed = new Map(
      outputs.map((out, i) => {
        const bytes = new Uint8Array(readFileSync(out));
        const c = cases[i] as Case;
        const names = [...c.sheets.map((s) => s.name), ...(c.file.includes('dti-') ? [SHEETS.ranking, SHEETS.pillars] : []), SHEETS.summary];
        return [c.file, new Map(names.map((n) => [n, cachedValues(bytes, n)]))];
      }),
    );
  }, 600_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('every measurable indicator\'s status and gap equal the engine (the printed year and typed next-year results)', () => {
    const mismatches: string[] = [];
    let compared = 0;
    let outsideSeen = 0;
    for (const c of cases) {
      for (const { name, table } of c.sheets) {
        const values = computed.get(c.file)!.get(name)!;
        const { statusCol, gapCol, rows } = locate(values);
        for (const g of table.groups) {
          for (const i of g.indicators) {
            if (!isMeasurable(i.target)) continue;
            const { year, previous } = evaluatedYear(table.years, i.values);
            const raw = year ? i.values[year] : null;
            const shortOfLater = year !== table.years.at(-1) && towardsLaterTarget(year, table.targetYear);
            const want = expectedText(i.target, raw ?? null, previous ? i.values[previous] : undefined, rowForm(table, i), shortOfLater);
            const row = rows.get(shownCode(i));
            const got = values.get(`${statusCol}${row}`) ?? '';
            const gap = values.get(`${gapCol}${row}`) ?? '';
            compared++;
            const where = `${path.basename(c.file)} ${name} #${i.id} target ${JSON.stringify(i.target)} value ${JSON.stringify(raw)}`;
            if (c.outside.has(`${name}|${i.id}`)) {
              outsideSeen++;
              if (got !== '?' && got !== want.status) mismatches.push(`${where}: native ${JSON.stringify(got)}, engine ${JSON.stringify(want.status)} (outside the formulas' domain: must be "?" or the engine's)`);
              continue;
            }
            if (got !== want.status) mismatches.push(`${where}: native ${JSON.stringify(got)}, engine ${JSON.stringify(want.status)}`);
            else if (typeof want.gap === 'number' ? typeof gap !== 'number' || Math.abs(gap - want.gap) > 1e-9 : gap !== '') mismatches.push(`${where}: gap native ${JSON.stringify(gap)}, engine ${want.gap}`);
          }
        }
      }
    }
    if (mismatches.length > 0) writeFileSync('/tmp/ktd5-track-mismatches.txt', mismatches.join('\n'));
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(3000);
    expect(outsideSeen).toBeGreaterThan(20);
  });

  test('the printed year: Báo cáo 07-BC/BCSD\'s 17 statuses and 11/17 in the sheet and its summary', () => {
    const c = cases.find((x) => path.basename(x.file) === 'nq04-0.xlsx')!;
    const values = computed.get(c.file)!.get(SHEETS.indicators)!;
    const { statusCol, rows } = locate(values);
    for (const g of nq04.groups) for (const i of g.indicators) expect([i.id, values.get(`${statusCol}${rows.get(shownCode(i))}`)]).toEqual([i.id, i.status]);
    const summary = computed.get(c.file)!.get(SHEETS.summary)!;
    const totalRow = [...summary.entries()].find(([, v]) => v === 'Tổng cộng')![0].slice(1);
    expect(['B', 'E', 'G'].map((col) => summary.get(`${col}${totalRow}`))).toEqual([17, 6, 11]);
  });

  test('DTI: every row of both tables recomputed with the printed rank, and the province\'s total and rank from its pillars', () => {
    const input = dtiInputOf(dti);
    for (const { file, inputs } of pillarCases) {
      const ranking = computed.get(file)!.get(SHEETS.ranking)!;
      for (const t of input.tables) {
        for (const r of rankTable(t, input.weights, input.scale)) {
          // The table's rows follow its title row and header row.
          const titleRow = Number([...ranking.entries()].find(([ref, v]) => v === t.title && ref.startsWith('A'))![0].slice(1));
          const hit = [...ranking.entries()].find(([ref, v]) => v === r.name && ref.startsWith('B') && Number(ref.slice(1)) > titleRow + 1 && Number(ref.slice(1)) <= titleRow + 1 + t.rows.length)?.[0].slice(1);
          expect(hit).toBeDefined();
          expect(Math.abs((ranking.get(`L${hit}`) as number) - r.computedTotal)).toBeLessThan(1e-12);
          expect([r.name, ranking.get(`M${hit}`), ranking.get(`N${hit}`)]).toEqual([r.name, r.computedRank, 'Khớp']);
        }
      }
      const pillars = computed.get(file)!.get(SHEETS.pillars)!;
      const totalRef = [...pillars.entries()].find(([, v]) => typeof v === 'string' && v.startsWith('Chỉ số DTI'))![0];
      const n = Number(totalRef.slice(1));
      const printed = dti.history!.rows.map((h) => readIndexValue(h.score));
      const used = dti.pillars.map((p, i) => {
        const typed = inputs[p.id];
        return typed === null || typed === undefined ? printed[i]! : typeof typed === 'number' ? typed : NaN;
      });
      if (used.every((x) => !Number.isNaN(x))) {
        expect(pillars.get(`C${n}`)).toBeCloseTo(dtiTotal(used, input.weights, input.scale), 12);
        const others = input.tables.find((t) => t.id === 'mekong-2022')!.rows.filter((r) => r.name !== 'Đồng Tháp').map((r) => Math.round(dtiTotal(r.pillars, input.weights, input.scale) * 1e4));
        const mine = Math.round(dtiTotal(used, input.weights, input.scale) * 1e4);
        expect(pillars.get(`C${n + 1}`)).toBe(`${1 + others.filter((o) => o > mine).length}/13`);
      }
    }
    const first = computed.get(pillarCases[0]!.file)!.get(SHEETS.pillars)!;
    const totalRef = [...first.entries()].find(([, v]) => typeof v === 'string' && v.startsWith('Chỉ số DTI'))![0];
    expect(Math.round((first.get(`C${totalRef.slice(1)}`) as number) * 1e4) / 1e4).toBe(0.5649);
    expect(first.get(`C${Number(totalRef.slice(1)) + 1}`)).toBe('9/13');
  });
});

/** The standards workbook with the typed values of each category's table. */
function standardsWorkbookFilled(doc: TargetSetData, tables: TrackingTable[]): WorkbookSpec {
  const copy: TargetSetData = JSON.parse(JSON.stringify(doc));
  for (const table of tables) {
    for (const g of table.groups) {
      for (const i of g.indicators) {
        const target = copy.groups.find((x) => x.id === g.id)!.indicators.find((x) => x.id === i.id)!;
        const v = i.values['2024'];
        target.results = { '2024': v === null || v === undefined ? null : (v as string) };
      }
    }
  }
  return standardsWorkbook(copy, copy.groups.map((g) => g.id), { year: '2024' });
}
