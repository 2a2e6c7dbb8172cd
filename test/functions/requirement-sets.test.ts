/**
 * Requirement sets, proven from the code: every Office.js member src/ uses (Excel, Office and
 * CustomFunctions, directly or through the workbook layer's Office-shaped interfaces) is mapped to
 * the `[Api set: …]` of its declaration in the Office typings (test/helpers/office-api-audit.ts), and
 * none may need more than manifest.xml's <Requirements> declare unless an isSetSupported check with a
 * fallback guards it. The manifest declares exactly what the code needs, and Excel 2021 (ExcelApi
 * 1.14) is enough. A planted newer call shows the audit fails when it should.
 */
import fs from 'node:fs';
import path from 'node:path';
import { auditOfficeApi, compareVersions, declaredSets, neededSets, ROOT, violations, type Audit } from '../helpers/office-api-audit';

const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
/** Excel 2021, the oldest perpetual Excel a SharedRuntime add-in runs in, has ExcelApi up to 1.14. */
const EXCEL_2021 = '1.14';

jest.setTimeout(300_000); // one TypeScript program over src/ and the Office typings

let audit: Audit;
beforeAll(() => {
  audit = auditOfficeApi();
  const needed = [...neededSets(audit.uses)].map(([n, v]) => `${n} ${v}`).join(', ');
  console.log(`Office.js uses in src/: ${audit.uses.length}; the code needs ${needed}; manifest.xml declares ${[...declaredSets(manifest)].map(([n, v]) => `${n} ${v}`).join(', ')}`);
});

test('the audit sees the Office.js the code uses, through the workbook layer\'s interfaces too', () => {
  const members = new Set(audit.uses.map((u) => u.member));
  // direct uses and uses through XlContext / SettingsLike, each with the set its declaration names
  for (const m of ['Excel.run', 'Office.Addin.showAsTaskpane', 'CustomFunctions.Error', 'Excel.Range.dataValidation', 'Excel.Worksheet.customProperties', 'Office.Settings.get']) expect(members.has(m)).toBe(true);
  const set = (m: string) => audit.uses.find((u) => u.member === m)?.set;
  expect(set('Excel.Range.dataValidation')).toEqual({ name: 'ExcelApi', version: '1.8' });
  expect(set('Office.Addin.showAsTaskpane')).toEqual({ name: 'SharedRuntime', version: '1.1' });
  expect(set('Excel.run')).toEqual({ name: 'ExcelApi', version: '1.1' });
  // every member of our Office-shaped interfaces exists on the Office type it stands for
  expect(audit.unmapped).toEqual([]);
});

test('no unguarded call needs a newer set than manifest.xml declares', () => {
  expect(violations(audit.uses, declaredSets(manifest))).toEqual([]);
});

test('manifest.xml declares exactly the sets the code needs, and Excel 2021 (ExcelApi 1.14) is enough', () => {
  const needed = neededSets(audit.uses);
  const declared = declaredSets(manifest);
  expect(Object.fromEntries(declared)).toEqual(Object.fromEntries(needed));
  expect(needed.has('SharedRuntime')).toBe(true);
  expect(compareVersions(needed.get('ExcelApi') ?? '1.1', EXCEL_2021)).toBeLessThanOrEqual(0);
});

describe('planted calls to a newer API (one audit, one file each)', () => {
  const code = (body: string) => `import { type XlContext } from './excel-api';
export async function planted(context: XlContext): Promise<unknown> {
  const range = (context as unknown as Excel.RequestContext).workbook.worksheets.getItem('A').getRange('A1');
  ${body}
}
`;
  const PLANTS = {
    unguarded: 'return range.getDependents();',
    guarded: `if (Office.context.requirements.isSetSupported('ExcelApi', '1.15')) {
    return range.getDependents();
  } else {
    return undefined;
  }`,
    noFallback: `if (Office.context.requirements.isSetSupported('ExcelApi', '1.15')) return range.getDependents();\n  return undefined;`,
    olderCheck: `return Office.context.requirements.isSetSupported('ExcelApi', '1.14') ? range.getDependents() : undefined;`,
  };
  const file = (kind: string) => path.join('src', 'workbook', 'office', `planted-${kind}.ts`);
  let planted: Audit;
  beforeAll(() => {
    planted = auditOfficeApi(Object.fromEntries(Object.entries(PLANTS).map(([kind, body]) => [file(kind), code(body)])));
  });
  // judged against a manifest that declares exactly what src/ needs (whatever manifest.xml says today)
  const found = (kind: string) => violations(planted.uses.filter((u) => u.file === file(kind)), neededSets(audit.uses));

  test('unguarded: the audit fails and names the file, line, member and set', () => {
    expect(found('unguarded')).toEqual([expect.stringMatching(/^src[/\\]workbook[/\\]office[/\\]planted-unguarded\.ts:4 Excel\.Range\.getDependents needs ExcelApi 1\.15 \(manifest: 1\.\d+\)$/)]);
    // and it is counted in what the code would need
    expect(neededSets(planted.uses).get('ExcelApi')).toBe('1.15');
  });

  test('guarded by isSetSupported with a fallback: accepted', () => {
    expect(found('guarded')).toEqual([]);
    expect(planted.uses.find((u) => u.file === file('guarded') && u.member === 'Excel.Range.getDependents')?.guarded).toBe(true);
  });

  test('guarded without a fallback, or by a check for an older version: still a failure', () => {
    expect(found('noFallback')).toHaveLength(1);
    expect(found('olderCheck')).toHaveLength(1);
  });
});
