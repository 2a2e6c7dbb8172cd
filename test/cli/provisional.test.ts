/**
 * `ktd5 consolidate` and `ktd5 score` on a Khối folder with the classes of input a secretariat
 * meets: a complete top unit, a provisional runner-up able to overtake it, a table on a hidden
 * sheet, one unit sent twice (NFC and NFD), a name carrying bidi and control characters. What is
 * checked is what the official signs: the JSON contract, the "Tình trạng" column, the notes above the
 * signature on the first page, the proposal line, and that no input changed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { scoreUnit, type RawValue } from '../../src/engine';
import { getRubric } from '../../src/rubrics';
import { DATA_SHEET_NAME } from '../../src/workbook/layouts/data-sheet-contract';
import { capture } from '../helpers/cli';
import { FULL_MARKS, memberBytes, openWorkbook, type Values } from '../helpers/members';

jest.setTimeout(60_000);
const rubric = getRubric('ktd5-2023')!;
const total = (self: Values) => scoreUnit(rubric, { self: self as Record<string, RawValue> }).total;
const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const topValues: Values = { ...FULL_MARKS, 'IV.3': 6 };
const runnerValues: Values = { ...FULL_MARKS, 'III.3': '50%', 'II.5': null };

async function edited(bytes: Uint8Array, edit: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  edit(wb.getWorksheet(DATA_SHEET_NAME)!);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function rowOf(ws: ExcelJS.Worksheet, id: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    if (row.getCell(1).value === id) found = row;
  });
  return found!;
}

let dir: string;
let khoi: string;
let out: string;
let json: {
  units: { unit: string; file: string; total: number; rank: number; complete: boolean; maxPossible: number; problems: { sheet: string; cell: string | null; criterion: string | null; message: string }[] }[];
  proposed: unknown;
  proposalCertain: boolean;
  notCounted: { file: string; unit: string | null; reason: string }[];
};
let code: number;
let human: { out: string; err: string };
const hashes = new Map<string, string>();

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'ktd5-prov-'));
  khoi = path.join(dir, 'khoi');
  mkdirSync(khoi);
  const put = (name: string, bytes: Uint8Array) => writeFileSync(path.join(khoi, name), bytes);
  put('1-dung-dau.xlsx', await memberBytes({ unit: 'Đơn vị Đứng đầu', self: topValues }));
  put(
    '2-tam-tinh.xlsx',
    await edited(await memberBytes({ unit: 'Đơn vị Tạm tính', self: runnerValues }), (ws) => {
      rowOf(ws, 'II.4').getCell(4).value = { formula: 'A1/0', result: { error: '#DIV/0!' } } as unknown as ExcelJS.CellValue;
    }),
  );
  put('3-trang-an.xlsx', await edited(await memberBytes({ unit: 'Đơn vị Trang ẩn', self: FULL_MARKS }), (ws) => (ws.state = 'veryHidden')));
  put('4-gui-lai-a.xlsx', await memberBytes({ unit: 'Sở Tư pháp', self: FULL_MARKS }));
  put('5-gui-lai-b.xlsx', await memberBytes({ unit: 'Sở Tư pháp'.normalize('NFD'), self: FULL_MARKS }));
  put('6-ten-la.xlsx', await memberBytes({ unit: 'Sở\u202e Nội vụ\r\u001b[2K', self: { ...FULL_MARKS, 'IV.3': 2 } }));
  for (const f of readdirSync(khoi)) hashes.set(f, hash(path.join(khoi, f)));
  out = path.join(dir, 'xep-hang.xlsx');
  const r = await capture(['consolidate', khoi, '-o', out, '--json']);
  code = r.code;
  json = JSON.parse(r.out);
  human = await capture(['consolidate', khoi, '-o', path.join(dir, 'xep-hang-2.xlsx')]);
}, 90_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('exit 1; the units ranked are the counted ones, with the engine totals; no input changed', () => {
  expect(code).toBe(1);
  expect(json.units.map((u) => [u.unit, u.total])).toEqual([
    ['Đơn vị Đứng đầu', total(topValues)],
    // Control characters are dropped (the ESC of "ESC[2K" too; what is left is plain text).
    ['Sở Nội vụ [2K', total({ ...FULL_MARKS, 'IV.3': 2 })],
    ['Đơn vị Tạm tính', total({ ...runnerValues, 'II.4': null })],
  ]);
  for (const [f, h] of hashes) expect(hash(path.join(khoi, f))).toBe(h);
});

test('JSON: complete, problems and maxPossible per unit; proposalCertain false; the files not counted with their reason', () => {
  const top = json.units.find((u) => u.unit === 'Đơn vị Đứng đầu');
  const runner = json.units.find((u) => u.unit === 'Đơn vị Tạm tính');
  expect(top).toMatchObject({ complete: true, problems: [], maxPossible: total(topValues) });
  expect(runner?.complete).toBe(false);
  expect(runner?.problems.map((p) => [p.sheet, p.criterion])).toEqual([
    [DATA_SHEET_NAME, 'II.4'],
    [DATA_SHEET_NAME, 'II.5'],
  ]);
  for (const p of runner!.problems) expect(Object.keys(p).sort()).toEqual(['cell', 'criterion', 'message', 'sheet']);
  expect(runner?.maxPossible).toBe(total({ ...runnerValues, 'II.4': FULL_MARKS['II.4']!, 'II.5': FULL_MARKS['II.5']! }));
  expect(runner!.maxPossible).toBeGreaterThan(top!.total);
  expect(json.proposed).toMatchObject({ unit: 'Đơn vị Đứng đầu' });
  expect(json.proposalCertain).toBe(false);
  expect(json.notCounted.map((n) => path.basename(n.file)).sort()).toEqual(['3-trang-an.xlsx', '4-gui-lai-a.xlsx', '5-gui-lai-b.xlsx']);
  expect(json.notCounted.find((n) => n.file.endsWith('3-trang-an.xlsx'))?.reason).toMatch(/ẩn/);
});

test('the ranking sheet: "Tình trạng" per unit; above the signature, the provisional units and the files not counted; the proposal says what could change it', async () => {
  const wb = await openWorkbook(out);
  const ws = wb.worksheets[0]!;
  const rows: { n: number; text: string }[] = [];
  ws.eachRow((row, n) => rows.push({ n, text: (row.values as unknown[]).filter((v) => typeof v === 'string' || typeof v === 'number').join(' | ') }));
  const at = (pattern: RegExp) => rows.find((r) => pattern.test(r.text));
  const header = at(/Tình trạng/)!;
  const statusColumn = (ws.getRow(header.n).values as unknown[]).indexOf('Tình trạng');
  const statuses = new Map<string, unknown>();
  ws.eachRow((row, n) => {
    if (n > header.n && typeof row.getCell(2).value === 'string') statuses.set(row.getCell(2).value as string, row.getCell(statusColumn).value);
  });
  expect(statuses.get('Đơn vị Đứng đầu')).toBe('Đầy đủ');
  expect(statuses.get('Đơn vị Tạm tính')).toBe('Tạm tính (1 ô lỗi, 1 tiêu chí chưa nhập)');
  const proposal = at(/^Đề nghị tặng Bằng khen/)!;
  const provisional = at(/^Đơn vị tạm tính/)!;
  // A long line continues on the next rows (merged cells do not grow to fit wrapped text).
  const proposalText = rows.filter((r) => r.n >= proposal.n && r.n < provisional.n).map((r) => r.text.trim()).join(' ');
  expect(proposalText).toContain('Chưa chắc chắn');
  expect(proposalText).toContain('Đơn vị Tạm tính (tạm tính) có thể đạt tới');
  expect(proposalText).toContain('3 tệp chưa được tính');
  const notCounted = at(/^Tệp không được tính/)!;
  const signature = at(/TRƯỞNG KHỐI/)!;
  expect(proposal.n).toBeLessThan(provisional.n);
  expect(provisional.n).toBeLessThan(notCounted.n);
  expect(notCounted.n).toBeLessThan(signature.n);
  const listed = rows.filter((r) => r.n > notCounted.n && r.n < signature.n).map((r) => r.text).join('\n');
  expect(listed).toMatch(/3-trang-an\.xlsx.*ẩn/);
  expect(listed).toMatch(/4-gui-lai-a\.xlsx.*nộp 2 lần/);
  expect(rows.filter((r) => r.n > provisional.n && r.n < notCounted.n).map((r) => r.text).join('\n')).toMatch(/Đơn vị Tạm tính — Tạm tính \(1 ô lỗi, 1 tiêu chí chưa nhập\); hiện .+ điểm, tối đa có thể .+ điểm/);
});

test('the human report: status per unit, names without control or bidi characters, the uncertain proposal last', () => {
  for (const text of [human.out, human.err]) for (const ch of ['\u202e', '\u001b', '\r']) expect(text).not.toContain(ch);
  expect(human.out).toMatch(/Đơn vị Tạm tính {2}[\d.]+ {2}Tạm tính \(1 ô lỗi, 1 tiêu chí chưa nhập\)/);
  expect(human.out).toContain('Sở Nội vụ');
  expect(human.out.trim().split('\n').at(-1)).toMatch(/^Đề nghị tặng Bằng khen: Đơn vị Đứng đầu .*Chưa chắc chắn: .*Đơn vị Tạm tính/);
});

test('ktd5 score --json gives the same status fields per unit', async () => {
  const r = await capture(['score', path.join(khoi, '2-tam-tinh.xlsx'), '-o', path.join(dir, 'kq.xlsx'), '--json']);
  const u = JSON.parse(r.out).units[0];
  expect(u).toMatchObject({ unit: 'Đơn vị Tạm tính', complete: false });
  expect(u.problems.map((p: { criterion: string }) => p.criterion)).toEqual(['II.4', 'II.5']);
  const wb = await openWorkbook(path.join(dir, 'kq.xlsx'));
  const texts: string[] = [];
  wb.worksheets[0]!.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
  expect(texts).toContain('Tình trạng: Tạm tính (1 ô lỗi, 1 tiêu chí chưa nhập)');
});
