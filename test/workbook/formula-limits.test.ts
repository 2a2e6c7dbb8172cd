/**
 * Excel refuses a file whose formulas are longer than 8,192 characters or nest functions deeper than
 * 64 levels (LibreOffice is more lenient, so its recalculation tests would not notice): every native
 * formula our layouts write — data sheets of every built-in rubric, tracking workbooks of every target
 * set and the DTI — stays within both.
 */
import { builtinDocuments, getRubric } from '../../src/rubrics';
import { templateWorkbook } from '../../src/workbook/layouts/data-sheet';
import { trackingWorkbook } from '../../src/workbook/tracking/workbooks';
import { type WorkbookSpec } from '../../src/workbook/spec';

const MAX_LENGTH = 8192;
const MAX_NESTING = 64;

/** Deepest nesting of function calls: parentheses outside string literals. */
function nesting(formula: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (const ch of formula) {
    if (ch === '"') inString = !inString;
    else if (!inString && ch === '(') deepest = Math.max(deepest, ++depth);
    else if (!inString && ch === ')') depth--;
  }
  return deepest;
}

function formulasOf(spec: WorkbookSpec): { where: string; formula: string }[] {
  return spec.sheets.flatMap((s) => [...s.cells].filter(([, c]) => c.formula !== undefined).map(([ref, c]) => ({ where: `${s.name}!${ref}`, formula: c.formula as string })));
}

const workbooks: [string, WorkbookSpec][] = [
  ...builtinDocuments()
    .filter((d) => d.kind === 'rubric')
    .map((d): [string, WorkbookSpec] => [`data sheet ${d.id}`, templateWorkbook(getRubric(d.id)!, { unit: 'Đơn vị thử', khoi: 'Khối 5', period: '2023' })]),
  ...builtinDocuments()
    .filter((d) => d.kind !== 'rubric')
    .map((d): [string, WorkbookSpec | undefined] => [`tracking ${d.id}`, trackingWorkbook(d)])
    .filter((x): x is [string, WorkbookSpec] => x[1] !== undefined),
];

test.each(workbooks)('%s: every formula within Excel\'s length and nesting limits', (_, spec) => {
  const formulas = formulasOf(spec);
  expect(formulas.length).toBeGreaterThan(0);
  const tooLong = formulas.filter((f) => f.formula.length > MAX_LENGTH).map((f) => `${f.where}: ${f.formula.length} characters`);
  const tooDeep = formulas.filter((f) => nesting(f.formula) > MAX_NESTING).map((f) => `${f.where}: ${nesting(f.formula)} levels`);
  expect(tooLong).toEqual([]);
  expect(tooDeep).toEqual([]);
});
