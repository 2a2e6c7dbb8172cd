/**
 * The command's early start (cli/early-start.ts): for a verb that reads members, parser processes
 * start and parse the inputs before the command's modules load; what they give is exactly what a
 * parse asked for later gives.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startParsers } from '../../src/cli/early-start';
import { ParserPool } from '../../src/workbook/xlsx/pool';
import { getRubric } from '../../src/rubrics';
import { templateWorkbook } from '../../src/workbook/layouts/data-sheet';
import { renderXlsx } from '../../src/workbook/xlsx/render';

describe('startParsers', () => {
  let dir: string;
  let files: string[];
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'ktd5-early-'));
    const rubric = getRubric('ktd5-2023');
    if (!rubric) throw new Error('ktd5-2023 missing');
    files = [];
    for (const unit of ['Sở Một', 'Sở Hai', 'Sở Ba']) {
      const file = path.join(dir, `${unit}.xlsx`);
      writeFileSync(file, await renderXlsx(templateWorkbook(rubric, { unit, khoi: 'Khối 5', period: '2023' })));
      files.push(file);
    }
    writeFileSync(path.join(dir, 'hong.xlsx'), 'không phải zip');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('starts no pool for a verb that reads no members, or for --help', () => {
    expect(startParsers(['template', '-o', path.join(dir, 'x.xlsx')])).toBeUndefined();
    expect(startParsers(['consolidate', '--help'])).toBeUndefined();
    expect(startParsers([])).toBeUndefined();
  });

  it('parses the inputs early, with the same results as a later parse, a bad file among them', async () => {
    const pool = startParsers(['consolidate', dir, '-o', path.join(dir, 'out.xlsx'), '--khoi', 'Khối 5']);
    expect(pool).toBeInstanceOf(ParserPool);
    const fresh = new ParserPool({ size: 1 });
    try {
      for (const file of [...files, path.join(dir, 'hong.xlsx')]) {
        const early = await (pool as ParserPool).parse(file);
        expect(early).toEqual(await fresh.parse(file));
      }
      // A second parse of a file is a new parse, not the early result again.
      expect((await (pool as ParserPool).parse(files[0] as string)).ok).toBe(true);
    } finally {
      pool?.close();
      fresh.close();
    }
  }, 60_000);
});
