/**
 * The Vietnamese phrase parser: turns the documents' own band and target texts ("Từ 90% đến dưới
 * 100%", "Trên 55%", "Tăng tối thiểu 7%", "Có") into conditions. Works on folded text, so it reads
 * phrases with or without diacritics and in any case. Words it does not know before a number are an
 * error, never guessed; words after the number are the document's description and are skipped.
 */
import { type Condition, type Quantity, type RangeCondition } from './condition';
import { issue, type Issue } from './issues';
import { parseVietnameseNumber } from './numbers';
import { fold } from './text';

export type PhraseResult = { ok: true; condition: Condition } | { ok: false; issue: Issue };

/**
 * Qualifier words allowed before a number, as the documents write them, longest first so
 * "không vượt quá" wins over "không". One table: the parser reads its folded forms, and the tracking
 * sheets' native formulas are built from it (QUALIFIER_WORDS), so both understand the same words.
 */
export const QUALIFIER_WORDS: ReadonlyArray<readonly [string, Qualifier]> = [
  ['không vượt quá', 'le'],
  ['không quá', 'le'],
  ['tối thiểu', 'ge'],
  ['ít nhất', 'ge'],
  ['tối đa', 'le'],
  ['lớn hơn', 'gt'],
  ['nhỏ hơn', 'lt'],
  ['duy trì', 'maintain'],
  ['phấn đấu', 'noise'],
  ['đang tại', 'noise'],
  ['ở mức', 'noise'],
  ['tăng', 'growth'],
  ['trên', 'gt'],
  ['hơn', 'gt'],
  ['dưới', 'lt'],
  ['từ', 'from'],
  ['đạt', 'noise'],
  ['mức', 'noise'],
  ['>=', 'ge'],
  ['≥', 'ge'],
  ['<=', 'le'],
  ['≤', 'le'],
  ['>', 'gt'],
  ['<', 'lt'],
];

/** Words after the number that make a bound inclusive upward / downward ("75% trở lên"). */
export const UPWARD_SUFFIX = 'trở lên';
export const DOWNWARD_SUFFIX = 'trở xuống';

const QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = QUALIFIER_WORDS.map(([word, q]) => [fold(word), q] as const);
const UPWARD = new RegExp(`\\b${fold(UPWARD_SUFFIX)}\\b`);
const DOWNWARD = new RegExp(`\\b${fold(DOWNWARD_SUFFIX)}\\b`);

export type Qualifier = 'ge' | 'gt' | 'le' | 'lt' | 'from' | 'growth' | 'maintain' | 'noise';

interface NumberToken {
  value: number;
  percent: boolean;
  ratio: boolean;
  start: number;
  end: number;
}

// A number, optionally "/ number" (a ratio such as 5/7), optionally followed by %.
const NUMBER_PATTERN = /(\d[\d.,]*\d|\d)(?:\s*\/\s*(\d[\d.,]*\d|\d))?\s*(%?)/g;

const YES = new Set(['co']);
const NO = new Set(['khong']);

function readNumbers(text: string): NumberToken[] | Issue {
  const tokens: NumberToken[] = [];
  for (const match of text.matchAll(NUMBER_PATTERN)) {
    const [whole, first, second, percentSign] = match;
    const percent = percentSign === '%';
    const a = parseVietnameseNumber(first ?? '', percent);
    if (a === undefined) return issue('phrase.badNumber', { number: first ?? whole });
    let value = a;
    let ratio = false;
    if (second !== undefined) {
      const b = parseVietnameseNumber(second);
      if (b === undefined || b === 0) return issue('phrase.badNumber', { number: whole.trim() });
      value = a / b;
      ratio = true;
    } else if (percent) {
      value = a / 100;
    }
    const start = match.index ?? 0;
    tokens.push({ value, percent, ratio, start, end: start + whole.length });
  }
  return tokens;
}

/** Reads the qualifier words of `prefix`; returns undefined with the unknown words when one is not known. */
function readQualifiers(prefix: string): { found: Set<Qualifier>; unknown: string[] } {
  const found = new Set<Qualifier>();
  const unknown: string[] = [];
  let rest = prefix.replace(/[,:;]/g, ' ').trim();
  while (rest.length > 0) {
    const hit = QUALIFIERS.find(([word]) => rest === word || rest.startsWith(`${word} `) || (/^[<>≤≥]/.test(word) && rest.startsWith(word)));
    if (hit) {
      found.add(hit[1]);
      rest = rest.slice(hit[0].length).trim();
    } else {
      const [word = '', ...others] = rest.split(' ');
      unknown.push(word);
      rest = others.join(' ');
    }
  }
  return { found, unknown };
}

function quantityOf(tokens: NumberToken[], suffix: string): { quantity: Quantity; scale: number } {
  if (tokens.some((t) => t.percent || t.ratio)) return { quantity: 'percent', scale: 1 };
  // Money only when the unit follows the number directly: "1 tỷ đồng", not "10 hoạt động".
  const unit = suffix.trim();
  if (/^ty( dong)?\b/.test(unit)) return { quantity: 'money', scale: 1e9 };
  if (/^trieu( dong)?\b/.test(unit)) return { quantity: 'money', scale: 1e6 };
  if (/^dong\b/.test(unit)) return { quantity: 'money', scale: 1 };
  return { quantity: 'number', scale: 1 };
}

/** Parses one phrase of a document. `phrase` is kept in the issue so the caller can say where and why. */
export function parsePhrase(phrase: string): PhraseResult {
  const folded = fold(phrase).replace(/\([^)]*\)/g, ' ').replace(/ +/g, ' ').replace(/[.;]+$/, '').trim();
  if (folded.length === 0) return { ok: false, issue: issue('phrase.empty', { phrase }) };
  if (YES.has(folded)) return { ok: true, condition: { kind: 'bool', value: true } };
  if (NO.has(folded)) return { ok: true, condition: { kind: 'bool', value: false } };
  if (folded === 'duy tri') return { ok: true, condition: { kind: 'relative', relation: 'maintain' } };
  if (/^(co )?tang truong$/.test(folded)) return { ok: true, condition: { kind: 'relative', relation: 'grow' } };

  const tokens = readNumbers(folded);
  if (!Array.isArray(tokens)) return { ok: false, issue: { ...tokens, params: { ...tokens.params, phrase } } };
  if (tokens.length === 0) return { ok: false, issue: issue('phrase.noNumber', { phrase }) };
  if (tokens.length > 2) return { ok: false, issue: issue('phrase.tooManyNumbers', { phrase, count: tokens.length }) };

  const first = tokens[0] as NumberToken;
  const second = tokens[1];
  const prefix = folded.slice(0, first.start);
  const suffix = folded.slice((second ?? first).end);
  const { found, unknown } = readQualifiers(prefix);
  if (unknown.length > 0) return { ok: false, issue: issue('phrase.unknownWords', { phrase, words: unknown.join(' ') }) };

  const { quantity, scale } = quantityOf(tokens, suffix);
  const upward = UPWARD.test(suffix);
  const downward = DOWNWARD.test(suffix);
  const base: Pick<RangeCondition, 'kind' | 'quantity' | 'exact'> = { kind: 'range', quantity, exact: false };
  const extras = {
    ...(found.has('growth') ? { growth: true } : {}),
    ...(found.has('maintain') ? { maintain: true } : {}),
  };

  if (second) {
    const middle = folded.slice(first.end, second.start);
    if (!/\bden\b/.test(middle)) return { ok: false, issue: issue('phrase.rangeWithoutDen', { phrase }) };
    const lo = first.value * scale;
    const hi = second.value * scale;
    if (lo > hi) return { ok: false, issue: issue('phrase.reversedRange', { phrase }) };
    const upperOpen = /\bden duoi\b/.test(middle);
    const lowerOpen = found.has('gt');
    return {
      ok: true,
      condition: { ...base, ...extras, min: { value: lo, inclusive: !lowerOpen }, max: { value: hi, inclusive: !upperOpen } },
    };
  }

  const value = first.value * scale;
  let condition: RangeCondition;
  if (found.has('gt')) condition = { ...base, min: { value, inclusive: false } };
  else if (found.has('lt')) condition = { ...base, max: { value, inclusive: false } };
  else if (found.has('le') || downward) condition = { ...base, max: { value, inclusive: true } };
  else if (found.has('ge') || found.has('from') || upward) condition = { ...base, min: { value, inclusive: true } };
  else condition = { ...base, exact: true, min: { value, inclusive: true }, max: { value, inclusive: true } };
  return { ok: true, condition: { ...condition, ...extras } };
}

/** True when a phrase holds no digit and is not Có/Không: a named choice such as "Triển khai thường xuyên". */
export function isNamedChoice(phrase: string): boolean {
  const folded = fold(phrase);
  return !/\d/.test(folded) && !YES.has(folded) && !NO.has(folded);
}
