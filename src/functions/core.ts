/**
 * The KTD5.* custom functions as plain, host-neutral code: thin wrappers over the engine and the
 * built-in documents. Every problem is a `Failure` (an Excel error code and a short Vietnamese or
 * English message); `functions.ts` turns it into a `CustomFunctions.Error`. Nothing here touches
 * Office, the DOM or the network, so the same code runs in Excel, in a bare JS runtime and in tests.
 */
import {
  dtiTotal,
  evaluateTarget,
  formatIssue,
  isBlank,
  nearlyEqual,
  parseVietnameseNumber,
  rankOf,
  sourceReference,
  scoreCriterion,
  STATUS_LABELS,
  type CompiledCriterion,
  type CompiledRubric,
  type CriterionScore,
  type DocumentData,
  type IndexData,
  type Issue,
  type Lang,
  type RawValue,
} from '../engine';
import { builtinDocuments, DEFAULT_RUBRIC_ID, findDocument, getRubric } from '../rubrics';
import { registeredRubrics, resolveRubric } from '../rubrics/registry';
import { en } from './messages.en';
import { vi } from './messages.vi';

/** The two error codes whose message Excel shows. */
export type FailureCode = 'invalidValue' | 'notAvailable';

/** A problem to show in the cell: #VALUE! (invalidValue) or #N/A (notAvailable) with a message. */
export class Failure {
  constructor(
    readonly code: FailureCode,
    readonly message: string,
  ) {}
}

/** A cell value as Excel hands it to a custom function. */
export type Cell = string | number | boolean | null | undefined;
/** A range argument: rows of cells. A single cell may also arrive unwrapped. */
export type Range = Cell[][] | Cell[] | Cell;

let language: Lang = 'vi';

/**
 * Error messages are Vietnamese unless the host says otherwise (set once by the runtime bootstrap).
 * Results never depend on it: a cell's value must not change with the language of whoever opens the
 * workbook, so STATUS always answers the documents' words and RUBRICS/CRITERIA their Vietnamese titles.
 */
export function setLanguage(lang: Lang): void {
  language = lang;
}

const TEXT = { vi, en };

const t = () => TEXT[language];
const fail = (code: FailureCode, message: string): Failure => new Failure(code, message);

/** Longest piece of a user's input quoted back in a message: Excel shows the message in a small tooltip. */
const QUOTE_MAX = 40;
const quote = (v: string): string => (v.length > QUOTE_MAX ? `${v.slice(0, QUOTE_MAX - 1)}…` : v);

const issueFailure = (i: Issue | undefined, code: FailureCode = 'invalidValue'): Failure => {
  if (!i) return fail(code, t().internal());
  const params = Object.fromEntries(Object.entries(i.params).map(([k, v]) => [k, typeof v === 'string' ? quote(v) : v]));
  return fail(code, formatIssue({ ...i, params, where: undefined } as Issue, language));
};

/** Any thrown value as a Failure: our own, or an unexpected bug reported without a wrong answer. */
export function asFailure(e: unknown): Failure {
  return e instanceof Failure ? e : fail('notAvailable', t().internal());
}

/** Every cell of a range, row by row. */
export function cells(range: Range): Cell[] {
  if (!Array.isArray(range)) return [range];
  const out: Cell[] = [];
  for (const row of range) {
    if (Array.isArray(row)) for (const c of row) out.push(c);
    else out.push(row);
  }
  return out;
}

/**
 * A cell as a plain value: an Excel data type (an entity, a linked type) that reaches a function is
 * read through its basic value, never shown as "[object Object]".
 */
export function plainCell(v: unknown): Cell {
  if (v === null || v === undefined || typeof v !== 'object') return v as Cell;
  const basic = (v as { basicValue?: unknown }).basicValue;
  return typeof basic === 'string' || typeof basic === 'number' || typeof basic === 'boolean' ? basic : '';
}

const text = (v: Cell): string => {
  const p = plainCell(v);
  return p === null || p === undefined ? '' : String(p).trim();
};
/** A cell's text as quoted back in a message. */
const shown = (v: Cell): string => quote(text(v));

// ---- rubric and criterion lookup ----------------------------------------------------------

let defaultRubric: CompiledRubric | undefined;

/** Called when an id is not found, before giving up (the runtime reads the workbook's stored rubrics). */
let onUnknownRubric: (() => void) | undefined;

export function setUnknownRubricHook(hook: (() => void) | undefined): void {
  onUnknownRubric = hook;
}

/** The rubric named by an optional argument (blank: ktd5-2023). */
export function rubricArg(arg: Cell): CompiledRubric {
  if (arg === null || arg === undefined || arg === '') {
    return (defaultRubric ??= getRubric(DEFAULT_RUBRIC_ID) as CompiledRubric);
  }
  const id = text(arg).toLowerCase();
  if (id === '' || id === DEFAULT_RUBRIC_ID) return rubricArg(null);
  let rubric = resolveRubric(id);
  if (!rubric && onUnknownRubric) {
    onUnknownRubric();
    rubric = resolveRubric(id);
  }
  if (rubric) return rubric;
  throw findDocument(id) ? fail('notAvailable', t().notRubric(quote(id))) : fail('notAvailable', t().unknownRubric(shown(arg)));
}

const criterionKey = (arg: Cell): string => text(arg).toUpperCase();

export function criterionArg(rubric: CompiledRubric, arg: Cell): CompiledCriterion {
  const found = typeof arg === 'string' ? rubric.byId.get(arg) : undefined;
  if (found) return found;
  const id = criterionKey(arg);
  if (id === '') throw fail('invalidValue', t().noCriterion());
  const c = rubric.byId.get(id);
  if (!c) throw fail('notAvailable', t().unknownCriterion(shown(arg), rubric.id));
  return c;
}

/** A criterion's score, or the failure a bad value gives (never a wrong number). */
function checked(s: CriterionScore): CriterionScore {
  if (s.state === 'error') throw issueFailure(s.issues[0]);
  return s;
}

// ---- the functions ------------------------------------------------------------------------

/** KTD5.SCORE: points for a value; a blank counts 0 (as in the data sheet's totals). */
export function score(criterion: Cell, value: Cell, rubric?: Cell): number {
  return checked(scoreCriterion(criterionArg(rubricArg(rubric), criterion), value)).points;
}

/** KTD5.BAND: the document's band text that matched. */
export function band(criterion: Cell, value: Cell, rubric?: Cell): string {
  const c = criterionArg(rubricArg(rubric), criterion);
  if (c.kind === 'manual') throw fail('notAvailable', t().manualNoBand(c.id, c.max));
  const s = checked(scoreCriterion(c, value));
  if (s.state === 'missing') throw fail('notAvailable', t().missing());
  if (!s.band) throw issueFailure(s.issues[0]);
  return s.band.text;
}

/** KTD5.MAXPOINTS: a criterion's max, a section's points, or the rubric's total for "". */
export function maxPoints(id: Cell, rubric?: Cell): number {
  const r = rubricArg(rubric);
  const key = criterionKey(id);
  if (key === '') return r.total;
  const c = r.byId.get(key);
  if (c) return c.max;
  const section = r.sections.find((s) => s.id.toUpperCase() === key);
  if (section) return section.points;
  throw fail('notAvailable', t().unknownId(shown(id), r.id));
}

/** KTD5.TOTAL: points over a range of criterion ids and a range of values of the same size. */
export function total(criteria: Range, values: Range, rubric?: Cell): number {
  const r = rubricArg(rubric);
  const ids = cells(criteria);
  const vals = cells(values);
  if (ids.length !== vals.length) throw fail('invalidValue', t().sizeMismatch(ids.length, vals.length));
  const seen = new Set<string>();
  let sum = 0;
  for (let i = 0; i < ids.length; i++) {
    const value = vals[i];
    if (isBlank(ids[i] as RawValue)) {
      if (!isBlank(value as RawValue)) throw fail('invalidValue', t().valueWithoutId(i + 1));
      continue;
    }
    const c = criterionArg(r, ids[i]);
    if (seen.has(c.id)) throw fail('invalidValue', t().duplicate(c.id));
    seen.add(c.id);
    sum += checked(scoreCriterion(c, value)).points;
  }
  return sum;
}

export type OutCell = string | number | Failure;

/** KTD5.BREAKDOWN: id, points, max, band per criterion in the rubric's order; a bad value is an error in its row. */
export function breakdown(values: Range, rubric?: Cell): OutCell[][] {
  const r = rubricArg(rubric);
  const vals = cells(values);
  if (vals.length !== r.criteria.length) throw fail('invalidValue', t().breakdownSize(vals.length, r.id, r.criteria.length));
  return r.criteria.map((c, i) => {
    const s = scoreCriterion(c, vals[i]);
    if (s.state === 'error') {
      const f = issueFailure(s.issues[0]);
      return [c.id, f, c.max, f.message];
    }
    return [c.id, s.points, c.max, s.band?.text ?? ''];
  });
}

function numberOf(cell: Cell): number | undefined {
  const v = plainCell(cell);
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string') return parseVietnameseNumber(v);
  return undefined;
}

/** KTD5.RANK: competition rank (1, 2, 2, 4), highest first; like Excel's RANK, text and blanks in the range are skipped. */
export function rank(value: Cell, range: Range): number {
  const v = numberOf(value);
  if (v === undefined) throw fail('invalidValue', isBlank(value as RawValue) ? t().missing() : t().notNumber(shown(value)));
  const numbers: number[] = [];
  for (const c of cells(range)) if (typeof c === 'number' && Number.isFinite(c)) numbers.push(c);
  if (!numbers.some((n) => nearlyEqual(n, v))) throw fail('notAvailable', t().notInList(v));
  return rankOf(v, numbers);
}

/** KTD5.STATUS: "Đạt" / "Vượt" / "Chưa đạt" for a result against the document's target phrase. */
export function status(actual: Cell, target: Cell, previous?: Cell): string {
  if (isBlank(target as RawValue)) throw fail('invalidValue', t().noTarget());
  if (isBlank(actual as RawValue)) throw fail('notAvailable', t().missing());
  const prev = previous === null || previous === undefined ? undefined : previous;
  const e = evaluateTarget(text(target), actual, prev);
  if (e.status === 'unknown') {
    const problem = e.issues.find((i) => i.severity === 'error') ?? e.issues[0];
    throw problem ? issueFailure(problem, problem.code === 'score.missing' ? 'notAvailable' : 'invalidValue') : fail('notAvailable', t().undetermined());
  }
  return STATUS_LABELS.vi[e.status];
}

let dti: { weights: number[]; scale: number } | undefined;

/** KTD5.DTI: the weighted DTI total from the 8 pillar indices (each 0..1) in Kế hoạch 337/KH-UBND's order. */
export function dtiIndex(pillars: Range): number {
  if (!dti) {
    const doc = findDocument('dti-province-2022') as IndexData;
    dti = { weights: doc.pillars.map((p) => p.weight), scale: doc.scale };
  }
  const values = cells(pillars);
  if (values.length !== dti.weights.length) throw fail('invalidValue', t().pillarCount(values.length, dti.weights.length));
  const numbers = values.map((v) => {
    const n = typeof v === 'number' ? v : typeof v === 'string' ? parseVietnameseNumber(v.trim(), true) : undefined;
    if (n === undefined || !Number.isFinite(n) || n < 0 || n > 1) throw fail('invalidValue', t().pillarValue(shown(v)));
    return n;
  });
  return dtiTotal(numbers, dti.weights, dti.scale);
}

function sourceOf(doc: DocumentData): string {
  return `${sourceReference(doc.source)}, ${doc.source.issuer}`;
}

/** KTD5.RUBRICS: id, title, source document of every built-in document, then the rubrics stored in the workbook. */
export function rubrics(): string[][] {
  const stored = registeredRubrics().filter((r) => resolveRubric(r.id)).map((r) => r.document);
  return [...builtinDocuments(), ...stored].map((d) => [d.id, d.title, sourceOf(d)]);
}

/** KTD5.CRITERIA: id, text, max points of every criterion of a rubric, in its order. */
export function criteria(rubric?: Cell): (string | number)[][] {
  return rubricArg(rubric).criteria.map((c) => [c.id, c.text, c.max]);
}
