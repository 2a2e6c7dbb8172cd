/**
 * Native formulas for a tracking row's status, gap and progress, computing what the engine's
 * evaluateTarget computes, in Excel or LibreOffice without the add-in.
 *
 * The document's printed results are read by the engine when the sheet is written (hidden value cells
 * P_*: the interval the text states). What the officer types into the next year's cell is read by the
 * formulas (hidden I_*): blank; a number (a fraction, or bare percent points); numeric text ("58%",
 * "60,2%", "1.500"); Có/Không for yes/no targets; or a phrase "Trên 75%", "Dưới 10%", "Từ 60%",
 * "Tối thiểu 7%", "Tối đa 5%", "75% trở lên" (with or without diacritics). Anything else shows "?":
 * `ktd5 track` (and the add-in) still read it with the engine; the formulas never guess a status.
 * The comparison (floor, ceiling, both; "Duy trì", "Có tăng trưởng") is the engine's compareFloor.
 */
import { DOWNWARD_SUFFIX, fold, GAP_WORDS, QUALIFIER_WORDS, STATUS_LABELS, UPWARD_SUFFIX, type CompiledCriterion, type GapMeasure, type Qualifier } from '../../engine';
import { address } from '../a1';
import { type ColourName } from '../spec';
import { helperFormulas, isBlankExpr, NBSP } from '../native-formulas';
import { INF, type Interval, type Reading, type ResultQuantity, type Threshold, type ThresholdResult } from './interval';

/** Hidden helper columns of a row, relative to the first helper column. */
export const HELPER_NAMES = [
  'P_lo', 'P_loI', 'P_hi', 'P_hiI',
  'x1', 'x2', 'x3', 'f', 'q', 'b', 'b1', 'b2', 'pv',
  'I_lo', 'I_loI', 'I_hi', 'I_hiI',
  'S_lo', 'S_loI', 'S_hi', 'S_hiI',
  'C_mode', 'C_min', 'C_minI', 'C_max', 'C_maxI', 'C_grow',
  'code', 'result',
] as const;
export type HelperName = (typeof HELPER_NAMES)[number];

export type Cells = Record<HelperName, string>;

export function helperCells(row: number, firstColumn: number): Cells {
  return Object.fromEntries(HELPER_NAMES.map((n, i) => [n, address(row, firstColumn + i)])) as Cells;
}

const BIG = '1E+299';
const SENTINEL = String(INF).toUpperCase();

const num = (n: number): string => (n === INF ? SENTINEL : n === -INF ? `-${SENTINEL}` : String(n).toUpperCase());
const flag = (b: boolean): number => (b ? 1 : 0);

/** The hidden value cells for a printed result, as the engine read it. */
export function printedCells(reading: Reading): (string | number)[] {
  if (reading.kind === 'missing') return ['', '', '', ''];
  if (reading.kind === 'error') return ['?', '', '', ''];
  const i: Interval = reading.interval;
  return [i.lo, flag(i.loIncl), i.hi, flag(i.hiIncl)];
}

/** The formulas' bound for each word qualifier of the engine ("từ" is a floor, like "tối thiểu"). */
const BOUND_OF: Partial<Record<Qualifier, 'gt' | 'lt' | 'ge' | 'le'>> = { gt: 'gt', lt: 'lt', ge: 'ge', le: 'le', from: 'ge' };
const isWord = (w: string): boolean => /^[\p{L} ]+$/u.test(w);

/**
 * Prefixes the engine's phrase parser knows (its QUALIFIER_WORDS), folded, with the bound they make,
 * longest first. Growth, "duy trì" and filler words are left to `ktd5 track` (the formulas show "?").
 */
const PREFIXES: [string, 'gt' | 'lt' | 'ge' | 'le'][] = QUALIFIER_WORDS.flatMap(([word, q]): [string, 'gt' | 'lt' | 'ge' | 'le'][] => {
  const bound = BOUND_OF[q];
  return bound && isWord(word) ? [[`${fold(word)} `, bound]] : [];
}).sort((x, y) => y[0].length - x[0].length);

/** Accented letters of the qualifier and suffix words, with the base letter the formulas fold them to. */
const QUALIFIER_FOLD: [string, string][] = [
  ...new Set([...QUALIFIER_WORDS.map(([w]) => w), UPWARD_SUFFIX, DOWNWARD_SUFFIX].join('').toLocaleLowerCase('vi')),
].flatMap((c): [string, string][] => (fold(c) !== c && /\p{L}/u.test(c) ? [[c, fold(c)]] : []));

const UP_SUFFIX = ` ${fold(UPWARD_SUFFIX)}`;
const DOWN_SUFFIX = ` ${fold(DOWNWARD_SUFFIX)}`;

/** Only digits, separators, % and spaces (the engine's numeric-text test). */
function onlyNumericChars(x: string, extra = '+-'): string {
  const chars = [...'0123456789.,% ', ...extra];
  const stripped = chars.reduce((acc, c) => `SUBSTITUTE(${acc},"${c}","")`, `SUBSTITUTE(${x},${NBSP},"")`);
  return `LEN(${stripped})=0`;
}

const PERCENT = { kind: 'percent' } as CompiledCriterion;
const BOOL = { kind: 'bool' } as CompiledCriterion;

/** Formulas reading the officer's input cell into the I_* interval. */
export function inputFormulas(input: string, quantity: ResultQuantity, h: Cells): Partial<Record<HelperName, string>> {
  const out: Partial<Record<HelperName, string>> = {};
  if (quantity === 'bool') {
    const b = helperFormulas(BOOL, input, { h1: h.x1, h2: h.x2, h3: h.x3 });
    Object.assign(out, { x1: b.h1, x2: b.h2, x3: b.h3 });
    out.I_lo = `IF(${h.x3}="","",IF(${h.x3}="?","?",IF(${h.x3},1,0)))`;
    out.I_loI = '1';
    out.I_hi = `IF(ISNUMBER(${h.I_lo}),${h.I_lo},"")`;
    out.I_hiI = '1';
    return out;
  }
  const p = helperFormulas(PERCENT, input, { h1: h.x1, h2: h.x2, h3: h.x3 });
  out.x1 = p.h1;
  out.x2 = p.h2;
  const hasPercent = `ISNUMBER(FIND("%",${input}&""))`;
  const fromNumber = quantity === 'percent' ? (v: string) => `IF(${v}<0,"?",IF(AND(${v}>1,${v}<=100),${v}/100,${v}))` : (v: string) => v;
  const fromText =
    quantity === 'percent'
      ? `IF(${h.x2}="?","?",IF(${hasPercent},IF(${h.x2}<0,"?",${h.x2}/100),${fromNumber(h.x2)}))`
      : `IF(OR(${h.x2}="?",${hasPercent}),"?",${h.x2})`;
  out.x3 = `IFERROR(IF(${isBlankExpr(input)},"",IF(ISLOGICAL(${input}),"?",IF(ISNUMBER(${input}),${fromNumber(input)},IF(${onlyNumericChars(`${input}&""`)},${fromText},"p")))),"?")`;
  // A phrase: fold the qualifier's letters, take the prefix, the "trở lên"/"trở xuống" suffix and the number between.
  const folded = QUALIFIER_FOLD.reduce((acc, [from, to]) => `SUBSTITUTE(${acc},"${from}","${to}")`, `LOWER(TRIM(SUBSTITUTE(${input}&"",${NBSP}," ")))`);
  out.f = `IF(${h.x3}="p",${folded},"")`;
  const prefixCode = PREFIXES.reduceRight((otherwise, [word, code]) => `IF(LEFT(${h.f},${word.length})="${word}","${code}",${otherwise})`, '""');
  const prefixLength = PREFIXES.reduceRight((otherwise, [word]) => `IF(LEFT(${h.f},${word.length})="${word}",${word.length},${otherwise})`, '0');
  const rest = `TRIM(MID(${h.f},${prefixLength}+1,999))`;
  const up = `RIGHT(${rest},${UP_SUFFIX.length})="${UP_SUFFIX}"`;
  const down = `RIGHT(${rest},${DOWN_SUFFIX.length})="${DOWN_SUFFIX}"`;
  // The engine's order: gt, lt, then le or "trở xuống", then ge or "từ" or "trở lên", else exactly.
  out.q = `IF(${h.x3}<>"p","",IF(${prefixCode}="gt","gt",IF(${prefixCode}="lt","lt",IF(OR(${prefixCode}="le",${down}),"le",IF(OR(${prefixCode}="ge",${up}),"ge","eq")))))`;
  out.b = `IF(${h.x3}<>"p","",TRIM(IF(${up},LEFT(${rest},LEN(${rest})-${UP_SUFFIX.length}),IF(${down},LEFT(${rest},LEN(${rest})-${DOWN_SUFFIX.length}),${rest}))))`;
  const body = helperFormulas(PERCENT, h.b, { h1: h.b1, h2: h.b2, h3: h.pv });
  out.b1 = body.h1;
  out.b2 = body.h2;
  const bodyPercent = `ISNUMBER(FIND("%",${h.b}))`;
  const noInnerSpace = `ISERROR(FIND(" ",SUBSTITUTE(${h.b}," %","%")))`;
  const goodBody = `AND(LEN(${h.b})>0,${onlyNumericChars(h.b, '')},${noInnerSpace},ISNUMBER(${h.b2}),${quantity === 'percent' ? bodyPercent : `NOT(${bodyPercent})`})`;
  out.pv = `IF(${h.x3}<>"p","",IFERROR(IF(${goodBody},${quantity === 'percent' ? `${h.b2}/100` : h.b2},"?"),"?"))`;
  const phrase = (code: 'lo' | 'loI' | 'hi' | 'hiI'): string => {
    const v = h.pv;
    const table: Record<string, [string, string, string, string]> = {
      gt: [v, '0', SENTINEL, '0'],
      lt: [`-${SENTINEL}`, '0', v, '0'],
      le: [`-${SENTINEL}`, '0', v, '1'],
      ge: [v, '1', SENTINEL, '0'],
      eq: [v, '1', v, '1'],
    };
    const index = { lo: 0, loI: 1, hi: 2, hiI: 3 }[code];
    return ['gt', 'lt', 'le', 'ge'].reduceRight((otherwise, q) => `IF(${h.q}="${q}",${table[q]?.[index]},${otherwise})`, (table.eq as string[])[index] as string);
  };
  out.I_lo = `IF(${h.x3}="","",IF(${h.x3}="?","?",IF(${h.x3}<>"p",${h.x3},IF(${h.pv}="?","?",${phrase('lo')}))))`;
  out.I_loI = `IF(${h.x3}="p",${phrase('loI')},1)`;
  out.I_hi = `IF(ISNUMBER(${h.I_lo}),IF(${h.x3}="p",${phrase('hi')},${h.I_lo}),"")`;
  out.I_hiI = `IF(${h.x3}="p",${phrase('hiI')},1)`;
  return out;
}

/** The selected interval: the typed next-year result when there is one, else the last printed year. */
export function selectionFormulas(h: Cells): Partial<Record<HelperName, string>> {
  const typed = `${h.x3}<>""`;
  return {
    S_lo: `IF(${typed},${h.I_lo},${h.P_lo})`,
    S_loI: `IF(${typed},${h.I_loI},${h.P_loI})`,
    S_hi: `IF(${typed},${h.I_hi},${h.P_hi})`,
    S_hiI: `IF(${typed},${h.I_hiI},${h.P_hiI})`,
  };
}

function thresholdValues(t: ThresholdResult): [string | number, number, number, number, number, number] {
  if (t.kind === 'missing') return ['', 0, 0, 0, 0, 0];
  if (t.kind !== 'threshold') return ['?', 0, 0, 0, 0, 0];
  const x: Threshold = t.threshold;
  return [x.mode, x.min.value, flag(x.min.inclusive), x.max.value, flag(x.max.inclusive), flag(x.grow)];
}

/**
 * The C_* cells: constants, or — when the threshold depends on the previous result ("Duy trì") —
 * a choice between the threshold for the printed year and the one for the typed year.
 */
export function thresholdCells(forPrinted: ThresholdResult, forTyped: ThresholdResult, h: Cells): Partial<Record<HelperName, { value: string | number } | { formula: string }>> {
  const a = thresholdValues(forPrinted);
  const b = thresholdValues(forTyped);
  const names: HelperName[] = ['C_mode', 'C_min', 'C_minI', 'C_max', 'C_maxI', 'C_grow'];
  const lit = (v: string | number): string => (typeof v === 'number' ? num(v) : `"${v}"`);
  return Object.fromEntries(names.map((n, i) => [n, a[i] === b[i] ? { value: a[i] as string | number } : { formula: `IF(${h.x3}<>"",${lit(b[i] as string | number)},${lit(a[i] as string | number)})` }]));
}

/** The engine's compareFloor as a formula giving "V", "D", "C" or "U". */
function compareFloor(lo: string, loI: string, hi: string, hiI: string, t: string, strict: string): string {
  const near = (a: string) => `ABS(${a}-${t})<=1E-9*MAX(1,ABS(${a}),ABS(${t}))`;
  const point = `AND(${lo}=${hi},ABS(${lo})<${BIG})`;
  const pointCase = `IF(${near(lo)},IF(${strict},"C","D"),IF(${lo}>${t},"V","C"))`;
  const hiShort = `AND(${hi}<${BIG},OR(${hi}<${t},AND(${near(hi)},OR(${strict},NOT(${hiI})))))`;
  const atThreshold = `IF(NOT(${loI}),IF(${strict},"D","V"),IF(${strict},"U","D"))`;
  return `IF(${point},${pointCase},IF(${hiShort},"C",IF(${lo}<=-${BIG},"U",IF(${near(lo)},${atThreshold},IF(${lo}>${t},"V","U")))))`;
}

/** code: "" (nothing to judge yet), "?" (unreadable), or V / D / C / U. */
export function codeFormula(h: Cells): string {
  const floor = compareFloor(h.S_lo, `(${h.S_loI}=1)`, h.S_hi, `(${h.S_hiI}=1)`, h.C_min, `(${h.C_minI}=0)`);
  const ceiling = compareFloor(`(-${h.S_hi})`, `(${h.S_hiI}=1)`, `(-${h.S_lo})`, `(${h.S_loI}=1)`, `(-${h.C_max})`, `(${h.C_maxI}=0)`);
  const growFloor = `IF(AND(${h.C_grow}=1,${floor}="V"),"D",${floor})`;
  const both = `IF(${floor}="C","C",IF(${ceiling}="C","V","D"))`;
  const compare = `IF(${h.C_mode}="floor",${growFloor},IF(${h.C_mode}="ceiling",${ceiling},${both}))`;
  return `IF(${h.S_lo}="","",IF(${h.C_mode}="","",IF(OR(${h.S_lo}="?",${h.C_mode}="?"),"?",${compare})))`;
}

/** The result compared: the interval's finite end (the engine's "result"). */
export function resultFormula(h: Cells): string {
  return `IF(ISNUMBER(${h.S_lo}),IF(${h.S_lo}>-${BIG},${h.S_lo},${h.S_hi}),"")`;
}

/** The status words the formulas write: the engine's own (one glossary for sheets, terminal and pane). */
export const STATUS_TEXT = { V: STATUS_LABELS.vi.vuot, D: STATUS_LABELS.vi.dat, C: STATUS_LABELS.vi['chua-dat'], U: STATUS_LABELS.vi.unknown } as const;

/** The state of a printed result short of a later year's target ("Còn thiếu"): the way to go, not a failure. */
export const SHORT_OF_LATER_TARGET = `${GAP_WORDS.vi.short.charAt(0).toLocaleUpperCase('vi')}${GAP_WORDS.vi.short.slice(1)}`;

/** The legend of a status column's colours (the conditional formats of the tracking and per-lead sheets). */
export function statusLegend(shortOfLater?: string): [ColourName, string][] {
  return [
    ['full', `${STATUS_TEXT.V}, ${STATUS_TEXT.D}`],
    ['zero', STATUS_TEXT.C],
    ['partial', `${shortOfLater ? `${shortOfLater}, ` : ''}${STATUS_TEXT.U}, "?"`],
  ];
}

export const statusLegendTitle = (column: string): string => `Chú giải màu (cột "${column}"):`;

/** `shortOfLater`: the word for a printed result short of a later year's target (nothing typed yet). */
export function statusFormula(h: Cells, shortOfLater?: string): string {
  const notMet = shortOfLater ? `IF(${h.x3}="","${shortOfLater}","${STATUS_TEXT.C}")` : `"${STATUS_TEXT.C}"`;
  return `IF(${h.code}="V","${STATUS_TEXT.V}",IF(${h.code}="D","${STATUS_TEXT.D}",IF(${h.code}="C",${notMet},IF(${h.code}="U","${STATUS_TEXT.U}",${h.code}))))`;
}

/**
 * How far short of the threshold (the engine's shortfall), only when not met, in the row's unit
 * (gapInUnit's arithmetic: percentage points, meetings rounded up, points, tỷ đồng).
 */
export function gapFormula(h: Cells, measure: GapMeasure): string {
  const shortfall = `IF(${h.C_mode}="ceiling",${h.result}-${h.C_max},${h.C_min}-${h.result})`;
  const scaled = `${shortfall}*${num(measure.factor)}`;
  const amount = measure.whole ? `ROUNDUP(${scaled}-1E-9,0)` : `ROUND(${scaled},${measure.digits})`;
  return `IF(${h.code}="C",IF(${shortfall}>1E-9,${amount},0),"")`;
}

/** Share of the target reached (0..1), for the data bar; 1 when met. */
export function progressFormula(h: Cells): string {
  const floor = `IF(${h.C_min}>0,MIN(1,MAX(0,${h.result}/${h.C_min})),"")`;
  const ceiling = `IF(${h.result}<=0,1,MIN(1,MAX(0,${h.C_max}/${h.result})))`;
  return `IF(OR(${h.code}="V",${h.code}="D"),1,IF(OR(${h.code}="",${h.code}="?",NOT(ISNUMBER(${h.result}))),"",IF(${h.C_mode}="ceiling",${ceiling},${floor})))`;
}
