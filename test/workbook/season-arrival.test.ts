/**
 * Reading member files as they arrive from the parser pool (SeasonRun.parsed) must change nothing:
 * the members, the files set aside and the scores are those of a run that reads them all at the end.
 * Oracle: the same SeasonRun over the same files without arrivals.
 */
import { getRubric } from '../../src/rubrics';
import { scoreFiles, type FileOutcome } from '../../src/workbook/khoi/score-files';
import { SeasonRun } from '../../src/workbook/season/run';
import { loadWorkbookGrid } from '../../src/workbook/xlsx/load';
import { FULL_MARKS } from '../helpers/members';
import { memberFile } from '../helpers/season-files';

jest.setTimeout(60_000);

async function outcome(file: string, bytes: Promise<Uint8Array>): Promise<FileOutcome> {
  const loaded = await loadWorkbookGrid(await bytes);
  if (!loaded.ok) throw new Error(`${file} not readable`);
  return { file, ok: true, grid: loaded.grid };
}

test('files read on arrival, in any order, give the run a whole read gives', async () => {
  const outcomes: FileOutcome[] = [
    await outcome('so-tu-phap.xlsx', memberFile('Sở Tư pháp', FULL_MARKS)),
    await outcome('so-y-te.xlsx', memberFile('Sở Y tế', { ...FULL_MARKS, 'II.4': '90%' })),
    await outcome('so-noi-vu-2022.xlsx', memberFile('Sở Nội vụ', FULL_MARKS, { period: '2022' })),
    { file: 'hong.xlsx', ok: false, io: 'EACCES' },
  ];
  const resolveRubric = (id: string) => getRubric(id);
  const runOf = () => new SeasonRun({ warnings: [] }, { lang: 'vi', resolveRubric, period: '2023' });

  const whole = runOf();
  const wholePrepared = whole.prepare(outcomes, undefined);
  const arriving = runOf();
  for (const o of [...outcomes].reverse()) arriving.parsed(o);
  const arrivingPrepared = arriving.prepare(outcomes, undefined);

  expect(arriving.members).toEqual(whole.members);
  expect(arriving.filtered).toEqual(whole.filtered);
  // The other period is set aside; the unreadable file goes on, to be reported with its reason.
  expect(arrivingPrepared.outcomes.map((o) => o.file)).toEqual(['so-tu-phap.xlsx', 'so-y-te.xlsx', 'hong.xlsx']);
  const score = (p: typeof wholePrepared) => scoreFiles(p.outcomes, { ...p.options, resolveRubric, lang: 'vi' });
  const totals = (r: ReturnType<typeof score>) => r.ranked.map((x) => [x.item.unit.unit, x.item.score.total]);
  expect(totals(score(arrivingPrepared))).toEqual(totals(score(wholePrepared)));
  expect(totals(score(arrivingPrepared))).toHaveLength(2);
  expect(score(arrivingPrepared).notCounted).toEqual(score(wholePrepared).notCounted);
});
