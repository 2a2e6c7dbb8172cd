/**
 * The Tổng hợp screen's season model on files built here: the roster read, the collection statuses
 * (the ones `consolidate --roster` gives), the appraisal workbook filled with three changes and read
 * back, answered notices, last year, and the sealed workbook. Oracles: the statuses from what the
 * test wrote, the points from the engine over the values the files hold, hashes as given.
 */
import { scoreUnit, type RawValue } from '../../src/engine';
import { getRubric } from '../../src/rubrics';
import { type FileOutcome } from '../../src/workbook/khoi/score-files';
import { consolidationWorkbook } from '../../src/workbook/layouts/consolidation';
import { appraisalUnits, appraisalWorkbook } from '../../src/workbook/season/appraisal';
import { SOURCES_SHEET } from '../../src/workbook/season/contract';
import { noticeFiles } from '../../src/workbook/season/notices';
import { readSources } from '../../src/workbook/season/sources';
import { loadWorkbookGrid } from '../../src/workbook/xlsx/load';
import { renderXlsx } from '../../src/workbook/xlsx/render';
import { consolidationInfo } from '../../src/workbook/khoi/info';
import { controlInput, noticeAnswers, seasonResult, seasonView, seasonWorkbook, type PageSeason } from '../../src/taskpane/model/season';
import { FULL_MARKS, type Values } from '../helpers/members';
import { appraise, explain, memberFile, rosterFile } from '../helpers/season-files';

jest.setTimeout(60_000);
const rubric = getRubric('ktd5-2023')!;
const total = (self: Values, appraised: Values = {}) => scoreUnit(rubric, { self: self as Record<string, RawValue>, appraised: appraised as Record<string, RawValue> }).total;
const Y_TE: Values = { ...FULL_MARKS, 'II.4': '90%', 'III.3': '50%', 'I.5': 12 };

async function outcome(file: string, bytes: Uint8Array | Promise<Uint8Array>): Promise<FileOutcome> {
  const loaded = await loadWorkbookGrid(await bytes);
  if (!loaded.ok) throw new Error(`${file} not readable`);
  return { file, ok: true, grid: loaded.grid };
}

let members: FileOutcome[];
let season: PageSeason;

beforeAll(async () => {
  members = await Promise.all([
    outcome('so-tu-phap.xlsx', memberFile('Sở Tư pháp', FULL_MARKS)),
    outcome('so-y-te.xlsx', memberFile('Sở Y tế', Y_TE)),
    outcome('so-noi-vu.xlsx', memberFile('Sở Nội vụ', FULL_MARKS)),
    outcome('so-noi-vu-lan-2.xlsx', memberFile('Sở Nội vụ', { ...FULL_MARKS, 'I.5': 5 })),
    outcome('ban-dan-toc.xlsx', memberFile('Ban Dân tộc', FULL_MARKS, { period: '2022' })),
    outcome('so-y-te-ban-sao.xlsx', memberFile('Sở Y tê', Y_TE)),
  ]);
  const roster = controlInput('roster', await outcome('thanh-vien.xlsx', rosterFile(['Sở Tư pháp', 'Sở Y tế', 'Sở Nội vụ', 'Ban Dân tộc', 'Sở Xây dựng'])), 'vi');
  if (!roster.ok) throw new Error(roster.message);
  season = { roster: roster.value, warnings: [] };
});

test('a workbook without a roster sheet is refused in words; a file that could not be read says why', async () => {
  const notRoster = controlInput('roster', members[0]!, 'vi');
  expect(notRoster).toEqual({ ok: false, message: expect.stringContaining('"Thành viên"') });
  const broken = controlInput('appraisal', { file: 'hong.xlsx', ok: false, io: 'hỏng' }, 'vi');
  expect(broken).toEqual({ ok: false, message: expect.stringContaining('hong.xlsx') });
  expect(controlInput('previous', members[0]!, 'vi')).toEqual({ ok: false, message: expect.stringContaining('so-tu-phap.xlsx') });
});

test('collection: each roster member\'s status and the stray file with its suggestion', () => {
  const view = seasonView(seasonResult(members, season, 'vi'), 'vi');
  expect(view.collection?.rows.map((r) => [r.unit, r.status, r.statusText])).toEqual([
    ['Sở Tư pháp', 'submitted', 'Đã nộp'],
    ['Sở Y tế', 'submitted', 'Đã nộp'],
    ['Sở Nội vụ', 'duplicate', 'Nộp trùng'],
    ['Ban Dân tộc', 'wrong-period', 'Sai kỳ đánh giá'],
    ['Sở Xây dựng', 'missing', 'Chưa nộp'],
  ]);
  expect(view.collection?.rows.find((r) => r.unit === 'Sở Nội vụ')?.files).toEqual(['so-noi-vu.xlsx', 'so-noi-vu-lan-2.xlsx']);
  expect(view.collection?.unknown).toEqual([{ unit: 'Sở Y tê', file: 'so-y-te-ban-sao.xlsx', suggestion: 'Sở Y tế' }]);
  expect(view.differences).toEqual([]);
  expect(view.previous).toBeUndefined();
});

test('the appraisal filled with three changes, read back: points, reasons; explanations beside them; last year; the seal', async () => {
  const first = seasonResult(members, season, 'vi');
  const book = await renderXlsx(appraisalWorkbook(appraisalUnits(first.result, season.roster?.roster.members), consolidationInfo(first.result.units), 'vi'));
  const filled = await appraise(book, [
    { unit: 'Sở Tư pháp', id: 'II.4', value: '80%', reason: 'Hệ thống ghi 80%.' },
    { unit: 'Sở Y tế', id: 'I.5', value: 10, reason: 'Chỉ 10 tin bài có minh chứng.' },
    { unit: 'Sở Y tế', id: 'IV.3', value: 6, reason: 'Sáng kiến cấp cơ sở.' },
  ]);
  const appraisal = controlInput('appraisal', await outcome('tham-dinh.xlsx', filled), 'vi');
  if (!appraisal.ok) throw new Error(appraisal.message);
  // Only the units the ranking counts are appraised: Sở Nội vụ's two files give no rows to read back apart.
  expect(appraisal.warnings).toEqual([]);
  expect([...appraisal.value.book.units.values()].map((u) => u.unit)).toEqual(['Sở Tư pháp', 'Sở Y tế']);
  const withAppraisal: PageSeason = { ...season, appraisal: appraisal.value, appraisalSha256: 'a'.repeat(64) };
  const second = seasonResult(members, withAppraisal, 'vi');
  const totals = Object.fromEntries(second.result.units.map((u) => [u.unit.unit, u.score.total]));
  expect(totals['Sở Tư pháp']).toBe(total(FULL_MARKS, { 'II.4': '80%' }));
  expect(totals['Sở Y tế']).toBe(total(Y_TE, { 'I.5': 10, 'IV.3': 6 }));
  const diffs = seasonView(second, 'vi').differences;
  expect(diffs.map((d) => [d.unit, d.id, d.reason])).toEqual(
    expect.arrayContaining([
      ['Sở Tư pháp', 'II.4', 'Hệ thống ghi 80%.'],
      ['Sở Y tế', 'I.5', 'Chỉ 10 tin bài có minh chứng.'],
      ['Sở Y tế', 'IV.3', 'Sáng kiến cấp cơ sở.'],
    ]),
  );
  expect(diffs).toHaveLength(3);
  const ii4 = diffs.find((d) => d.id === 'II.4')!;
  const engine = scoreUnit(rubric, { self: FULL_MARKS as Record<string, RawValue>, appraised: { 'II.4': '80%' } }).criteria.find((c) => c.id === 'II.4')!;
  expect([ii4.selfPoints, ii4.appraisedPoints, ii4.difference]).toEqual([engine.self.points, engine.final.points, engine.final.points - engine.self.points]);

  // Notices as the page zips them, one per ranked unit (two files for Sở Nội vụ rank neither); Sở Y tế answers one row.
  const notices = noticeFiles(second.result, consolidationInfo(second.result.units), (u, id) => second.run.reason(u, id), 'vi');
  expect(notices.map((n) => n.fileName).sort()).toEqual(['thong-bao-so-tu-phap.xlsx', 'thong-bao-so-y-te.xlsx']);
  const yte = notices.find((n) => n.unit === 'Sở Y tế')!;
  const answered = await explain(await renderXlsx(yte.spec), { 'I.5': 'Có thêm 2 tin bài trên cổng.' });
  const read = noticeAnswers([await outcome(yte.fileName, answered), members[0]!], 'vi');
  expect(read.warnings).toEqual([expect.stringContaining('so-tu-phap.xlsx')]);
  const third = seasonResult(members, { ...withAppraisal, answers: read.answers }, 'vi');
  expect(third.result.units.map((u) => u.score.total)).toEqual(second.result.units.map((u) => u.score.total));
  expect(seasonView(third, 'vi').differences.find((d) => d.unit === 'Sở Y tế' && d.id === 'I.5')?.explanation).toBe('Có thêm 2 tin bài trên cổng.');

  // Last year: Sở Tư pháp had more, Sở Y tế less (the engine says so for these values).
  const Y_TE_2022: Values = { ...Y_TE, 'II.4': '10%', 'II.5': '10%', 'III.1': '10%' };
  expect(total(Y_TE_2022)).toBeLessThan(total(Y_TE, { 'I.5': 10, 'IV.3': 6 }));
  expect(total(FULL_MARKS)).toBeGreaterThan(total(FULL_MARKS, { 'II.4': '80%' }));
  const lastYear = seasonResult([await outcome('a.xlsx', memberFile('Sở Tư pháp', FULL_MARKS)), await outcome('b.xlsx', memberFile('SỞ Y TẾ', Y_TE_2022))], { warnings: [] }, 'vi');
  const previous = controlInput('previous', await outcome('tong-hop-2022.xlsx', renderXlsx(consolidationWorkbook(lastYear.result, { khoi: 'Khối 5', period: '2022' }, 'vi'))), 'vi');
  if (!previous.ok) throw new Error(previous.message);
  const fourth = seasonResult(members, { ...withAppraisal, previous: previous.value }, 'vi');
  const change = seasonView(fourth, 'vi').previous!;
  expect(change.get('so-tu-phap.xlsx')).toMatchObject({ direction: 'down', total: 100, rank: 1 });
  expect(change.get('so-tu-phap.xlsx')?.change).toMatch(/^▼ /);
  expect(change.get('so-y-te.xlsx')?.direction).toBe('up');
  expect([...change.keys()].sort()).toEqual(['so-tu-phap.xlsx', 'so-y-te.xlsx']);
  // A unit last year's file does not have is new this year.
  const onlyOne = { file: 'tong-hop-2022.xlsx', year: { ...previous.value.year, units: new Map([...previous.value.year.units].filter(([, u]) => u.unit === 'Sở Tư pháp')) } };
  expect(seasonView(seasonResult(members, { ...season, previous: onlyOne }, 'vi'), 'vi').previous?.get('so-y-te.xlsx')).toMatchObject({ direction: 'new', change: 'Mới năm nay', rank: null, total: null });

  // The seal: every file given with its hash, the appraisal's too, every sheet protected.
  const files = members.map((m, i) => ({ file: m.file, sha256: String(i).repeat(64) }));
  const { spec, sources } = seasonWorkbook(fourth, 'vi', { files, appraisalSha256: withAppraisal.appraisalSha256!, date: new Date(2024, 0, 20) });
  expect(sources?.map((s) => [s.file, s.sha256, s.kind])).toEqual([...files.map((f) => [f.file, f.sha256, 'member']), ['tham-dinh.xlsx', 'a'.repeat(64), 'appraisal']]);
  expect(spec.sheets.every((s) => s.protect)).toBe(true);
  expect(spec.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Tình hình nộp', 'So với năm trước', SOURCES_SHEET]));
  const loaded = await loadWorkbookGrid(await renderXlsx(spec));
  if (!loaded.ok) throw new Error('sealed workbook not readable');
  expect(readSources(loaded.grid)?.map((s) => s.sha256)).toEqual([...files.map((f) => f.sha256), 'a'.repeat(64)]);
});
