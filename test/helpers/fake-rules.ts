/**
 * Excel's documented limits, as the strict fake enforces them (each has its own test in
 * test/workbook/fake-excel-rules.test.ts). Messages start with Office.js's error code.
 */

/** Excel's sheet-name rules: 1–31 characters, none of []:*?/\, no apostrophe at either end, not "History". */
export function checkSheetName(name: string, existing: string[]): void {
  if (name.length === 0 || name.length > 31) throw new Error(`InvalidArgument: sheet name must have 1–31 characters: ${name}`);
  if (/[[\]:*?/\\]/.test(name)) throw new Error(`InvalidArgument: sheet name contains one of []:*?/\\: ${name}`);
  if (name.startsWith("'") || name.endsWith("'")) throw new Error(`InvalidArgument: sheet name starts or ends with an apostrophe: ${name}`);
  if (name.toLowerCase() === 'history') throw new Error('InvalidArgument: "History" is reserved by Excel');
  if (existing.some((n) => n.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: ${name}`);
}

/** A sheet name as Excel writes it in a reference: quoted unless it is a plain identifier. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Sheet references in a formula, outside its string literals: `'Name'!` or `Name!`. */
export function sheetRefs(formula: string): { name: string; start: number; end: number }[] {
  const out: { name: string; start: number; end: number }[] = [];
  const re = /"(?:[^"]|"")*"|'((?:[^']|'')+)'!|([A-Za-z_\u00C0-\u1EF9][\w.\u00C0-\u1EF9]*)!/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(formula))) {
    if (m[1] !== undefined) out.push({ name: m[1].replace(/''/g, "'"), start: m.index, end: re.lastIndex });
    else if (m[2] !== undefined) out.push({ name: m[2], start: m.index, end: re.lastIndex });
  }
  return out;
}

/** The formula with every reference to `from` replaced (by a rename, or by "#REF!" on delete). */
export function rewriteSheetRefs(formula: string, from: string, to: string | null): string {
  let out = formula;
  for (const r of sheetRefs(formula).reverse()) {
    if (r.name.toLowerCase() !== from.toLowerCase()) continue;
    if (to === null) {
      const rest = /^\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?|^\$?[A-Z]+:\$?[A-Z]+|^\$?\d+:\$?\d+/.exec(out.slice(r.end));
      out = `${out.slice(0, r.start)}#REF!${out.slice(r.end + (rest?.[0].length ?? 0))}`;
    } else out = `${out.slice(0, r.start)}${quoteSheet(to)}!${out.slice(r.end)}`;
  }
  return out;
}

export const MAX_FORMULA_LENGTH = 8192;

/** A formula as Office.js takes it: what a user types, with the leading "=", no file-format prefixes. */
export function checkFormula(formula: string, where: string): void {
  if (!formula.startsWith('=')) throw new Error(`InvalidArgument: ${where}: a formula needs its leading "=": ${formula.slice(0, 60)}`);
  if (formula.length > MAX_FORMULA_LENGTH) throw new Error(`InvalidArgument: ${where}: formula longer than ${MAX_FORMULA_LENGTH} characters`);
  const outside = formula.replace(/"(?:[^"]|"")*"/g, '""');
  if (/_xl(fn|ws|udf)\./i.test(outside)) throw new Error(`InvalidArgument: ${where}: "_xlfn."/"_xlws." is file-format syntax, not what a user types: ${formula.slice(0, 60)}`);
}

/** Header/footer text: ≤ 255 characters, every "&" starts a code Excel knows ("&&" for a literal &). */
export function checkHeaderFooter(text: string, where: string): void {
  if (text.length > 255) throw new Error(`InvalidArgument: ${where}: header/footer longer than 255 characters`);
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '&') continue;
    const code = text[i + 1] ?? '';
    if (code === '&' || /[LCRPNDTFAZGBIUESXYK+-]/.test(code)) i++;
    else if (/\d/.test(code)) while (/\d/.test(text[i + 1] ?? '')) i++;
    else if (code === '"') i = text.indexOf('"', i + 2);
    else throw new Error(`InvalidArgument: ${where}: "&${code}" is not a header/footer code (a literal & is written "&&"): ${text}`);
  }
}

export const VALIDATION_RULE_TYPES = ['wholeNumber', 'decimal', 'textLength', 'date', 'time', 'list', 'custom'] as const;

/** Excel's data-validation limits (Office.js rejects the rule or the alert). */
export function checkPrompt(p: { title?: string; message?: string }): void {
  if ((p.title ?? '').length > 32) throw new Error(`InvalidArgument: validation prompt title longer than 32 characters: ${p.title}`);
  if ((p.message ?? '').length > 255) throw new Error('InvalidArgument: validation prompt message longer than 255 characters');
}
export function checkErrorAlert(e: { title?: string; message?: string }): void {
  if ((e.title ?? '').length > 32) throw new Error(`InvalidArgument: validation error title longer than 32 characters: ${e.title}`);
  if ((e.message ?? '').length > 225) throw new Error('InvalidArgument: validation error message longer than 225 characters');
}
