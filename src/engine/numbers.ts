/**
 * Numbers as Vietnamese documents and users write them: decimal comma ("95,5"), dot as thousands
 * separator ("4.380", "50.000"), and also the dot decimals of OCR'd tables ("0.5649", "75.35%").
 */

/** Tolerance for comparing fractions: 0.8999999999999999 is 90 %. */
export const EPSILON = 1e-9;

export function nearlyEqual(a: number, b: number): boolean {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b;
  return Math.abs(a - b) <= EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}

const NUMBER_TEXT = /^[+-]?(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?|[.,]\d+)$/;

/**
 * Parses one number written the Vietnamese way. `percentContext` says the number carries a % sign:
 * then a single dot is a decimal point ("75.35%"), since a percent never needs thousands groups.
 * Returns undefined for anything that is not exactly one number.
 */
export function parseVietnameseNumber(raw: string, percentContext = false): number | undefined {
  const text = raw.trim();
  if (!NUMBER_TEXT.test(text)) return undefined;
  const negative = text.startsWith('-');
  const body = text.replace(/^[+-]/, '');
  let normalized: string;
  const dotGroups = /^[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/.test(body);
  if (dotGroups && !(percentContext && /^\d+\.\d+$/.test(body))) {
    normalized = body.replace(/\./g, '').replace(',', '.');
  } else if (/ /.test(body)) {
    normalized = body.replace(/ /g, '').replace(',', '.');
  } else {
    normalized = body.replace(',', '.');
  }
  const value = Number(normalized);
  if (!Number.isFinite(value)) return undefined;
  return negative ? -value : value;
}

/** Rounds half away from zero to `digits` decimals, as the documents print their totals. */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.sign(value) * Math.round(Math.abs(value) * factor + EPSILON) / factor;
}
