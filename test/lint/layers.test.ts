/**
 * The layer rules of eslint.layers.mjs, tried on planted imports: each forbidden import fails lint
 * where it is planted, and the same import is accepted in a layer allowed to make it.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

interface Case {
  file: string;
  code: string;
  forbidden: boolean;
}

const CASES: Case[] = [
  { file: 'src/engine/planted.ts', code: "import ExcelJS from 'exceljs';\nexport const x = ExcelJS;\n", forbidden: true },
  { file: 'src/engine/planted.ts', code: "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", forbidden: true },
  { file: 'src/engine/planted.ts', code: "import { gridOf } from '../workbook/grid';\nexport const x = gridOf;\n", forbidden: true },
  { file: 'src/engine/planted.ts', code: "import { BUILTIN } from '../rubrics';\nexport const x = BUILTIN;\n", forbidden: true },
  { file: 'src/engine/planted.ts', code: "import { fold } from './text';\nexport const x = fold;\n", forbidden: false },
  { file: 'src/rubrics/planted.ts', code: "import { x } from '../workbook/spec';\nexport const y = x;\n", forbidden: true },
  { file: 'src/rubrics/planted.ts', code: "import { fold } from '../engine';\nexport const y = fold;\n", forbidden: false },
  { file: 'src/workbook/planted.ts', code: "import { main } from '../cli/main';\nexport const y = main;\n", forbidden: true },
  { file: 'src/workbook/planted.ts', code: "import { readFileSync } from 'node:fs';\nexport const y = readFileSync;\n", forbidden: false },
  { file: 'src/taskpane/planted.ts', code: "import '../functions/functions';\n", forbidden: true },
  { file: 'src/functions/planted.ts', code: "import { x } from '../taskpane/catalogue';\nexport const y = x;\n", forbidden: true },
  { file: 'src/cli/planted.ts', code: "import { x } from '../../src/taskpane/catalogue';\nexport const y = x;\n", forbidden: true },
  { file: 'src/cli/planted.ts', code: "import { x } from '../workbook/spec';\nexport const y = x;\n", forbidden: false },
];

// One Node process lints every case through ESLint's API (the flat config is an ES module).
const SCRIPT = `
import { ESLint } from 'eslint';
const cases = JSON.parse(process.argv[1]);
const eslint = new ESLint({ cwd: process.cwd() });
const out = [];
for (const c of cases) {
  const [r] = await eslint.lintText(c.code, { filePath: c.file });
  out.push(r.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message));
}
console.log(JSON.stringify(out));
`;

describe('layer rules', () => {
  it('fail on each planted forbidden import and pass the allowed ones', () => {
    const stdout = execFileSync(process.execPath, ['--input-type=module', '-e', SCRIPT, JSON.stringify(CASES)], { cwd: ROOT, encoding: 'utf8' });
    const results = JSON.parse(stdout.trim().split('\n').pop()!) as string[][];
    CASES.forEach((c, i) => {
      const where = `${c.file}: ${c.code.split('\n')[0]}`;
      if (c.forbidden) expect({ where, flagged: (results[i] ?? []).length > 0 }).toEqual({ where, flagged: true });
      else expect({ where, messages: results[i] ?? [] }).toEqual({ where, messages: [] });
    });
  }, 120_000);
});
