/**
 * What a spec's cell becomes as Office.js input: text as typed text, formulas as a user types them.
 */

/**
 * Text goes in with a quote prefix: Excel reads values written through the API like typed input, so
 * "=HYPERLINK(…)" would become a formula, "95%" a number and "1/2" a date. Prefixed, text stays text.
 */
export function literal(value: string | number | boolean | null): string | number | boolean {
  if (value === null) return '';
  return typeof value === 'string' && value !== '' ? `'${value}` : value;
}

/** A formula as a user types it: "_xlfn."/"_xlws." are file-format prefixes Office.js does not take. */
export function typedFormula(formula: string): string {
  const parts = formula.split(/("(?:[^"]|"")*")/);
  return `=${parts.map((p, i) => (i % 2 === 1 ? p : p.replace(/_xl(?:fn|ws)\./gi, ''))).join('')}`;
}
