/**
 * The Office.js adapter, writing side: puts a WorkbookSpec into the open workbook through the Excel
 * API, the same layouts as the .xlsx files from the same specs. Two syncs look at the workbook, then
 * sheets are written in syncs under the request budget (batch.ts).
 *
 * Never losing a user's work: a sheet of ours (marked with a custom property, ExcelApi 1.12) is
 * cleared and rewritten in place — never renamed or deleted, so a user's formula pointing at it keeps
 * working. A sheet the user fills in (`generated: false`, e.g. "Dữ liệu") is never replaced: a second
 * one is named beside it. A user's sheet with our name makes us pick another name. The lists sheet
 * behind the dropdowns is only ever added to, so dropdowns of a kept sheet keep their items.
 */
import { columnLetter, parseAddress } from '../a1';
import { LISTS_SHEET, planLists } from '../lists-plan';
import { fitToExcel } from '../excel-limits';
import { printReady } from '../print';
import { type WorkbookSpec } from '../spec';
import { Batch } from './batch';
import { deleteNotes, loadedNoteCount, loadNotes, type UnwrittenNote } from './cell-notes';
import { excelRequirements, officeApiSupport, type ApiSupport, type Requirements, type XlContext, type XlNotes, type XlRange, type XlWorksheet } from './excel-api';
import { literal } from './cell-input';
import { writeSheet } from './sheet-writer';

export { literal } from './cell-input';

export const GENERATED_PROPERTY = 'ktd5';

export interface WriteResult {
  /** The sheet names actually used, in the spec's order (a user's sheet of the same name makes us pick another). */
  sheets: string[];
  /** Our sheets that were rewritten in place. */
  replaced: string[];
  /** Cell notes this Excel could not take (no ExcelApi 1.18), for the caller to show: never dropped silently. */
  notesNotWritten: UnwrittenNote[];
}

/** A name Excel accepts: none of []:*?/\, no apostrophe at either end, not "History", ≤ 31 characters. */
export function safeSheetName(wanted: string): string {
  let name = wanted.replace(/[[\]:*?/\\]/g, '-').replace(/^'+|'+$/g, '').trim().slice(0, 31).trim();
  if (name === '') name = 'KTD5';
  return name.toLowerCase() === 'history' ? `${name} (KTD5)` : name;
}

/** A free name: "Xếp hạng", else "Xếp hạng (2)", … (Excel compares names ignoring case). */
function freeName(wanted: string, taken: Set<string>): string {
  const lower = (s: string) => s.toLocaleLowerCase('vi');
  const used = new Set([...taken].map(lower));
  const base = safeSheetName(wanted);
  if (!used.has(lower(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    if (!used.has(lower(name))) return name;
  }
}

const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** Points the spec's references to its own sheets at the names they actually got. */
function retargeter(renames: Map<string, string>): (formula: string) => string {
  const moved = [...renames].filter(([from, to]) => from !== to);
  if (moved.length === 0) return (f) => f;
  return (formula) => {
    const parts = formula.split(/("(?:[^"]|"")*")/);
    return parts.map((p, i) => (i % 2 === 1 ? p : moved.reduce((acc, [from, to]) => acc.split(`${quoted(from)}!`).join(`${quoted(to)}!`), p))).join('');
  };
}

/** Clears a sheet of ours for rewriting, keeping the sheet itself (and references to it). */
function clearSheet(ws: XlWorksheet, wasProtected: boolean, charts: { delete(): void }[], notes: XlNotes | undefined, requirements: Requirements): void {
  if (wasProtected) ws.protection.unprotect();
  for (const chart of charts) chart.delete();
  deleteNotes(notes, requirements); // before the clear, whether or not clearing takes notes with it
  const all = ws.getRange();
  all.conditionalFormats.clearAll();
  all.dataValidation.clear();
  all.unmerge();
  all.clear('All');
  all.format.useStandardWidth = true;
  all.format.useStandardHeight = true;
  all.columnHidden = false;
  ws.freezePanes.unfreeze();
  ws.visibility = 'Visible';
}

/** The support the context reports (the strict fake) or office.js's requirement check. */
function supportOf(context: XlContext): ApiSupport {
  const own = (context as { isExcelApiSupported?: ApiSupport }).isExcelApiSupported;
  return typeof own === 'function' ? (v) => own.call(context, v) : officeApiSupport();
}

export async function writeWorkbookSpec(context: XlContext, given: WorkbookSpec, support: ApiSupport = supportOf(context)): Promise<WriteResult> {
  const { spec } = fitToExcel(printReady(given)); // Excel's limits (cell text, footer, sheet names): see excel-limits.ts
  const canMark = support('1.12');
  const canSuspend = support('1.6');
  const requirements = excelRequirements(support);
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const existing = sheets.items.map((ws) => ({ ws, marker: canMark ? ws.customProperties.getItemOrNullObject(GENERATED_PROPERTY) : undefined }));
  if (canMark) {
    for (const e of existing) e.marker?.load('value');
    await context.sync();
  }
  // Without custom properties we cannot tell our sheets from the user's: every existing sheet is kept.
  const ours = new Map(existing.flatMap((e) => (e.marker && !e.marker.isNullObject ? [[String(e.marker.value), e.ws] as const] : [])));
  const taken = new Set(existing.map((e) => e.ws.name));
  const lists = planLists(spec.sheets);

  // What a reused sheet holds that must go first: protection, charts; the lists sheet's columns.
  const plan = spec.sheets.map((sheetSpec) => {
    const reuse = sheetSpec.generated ? ours.get(sheetSpec.name) : undefined;
    if (!reuse) return { spec: sheetSpec, reuse };
    const protection = reuse.protection;
    protection.load('protected');
    const charts = reuse.charts;
    charts.load('items');
    const notes = loadNotes(reuse, requirements);
    return { spec: sheetSpec, reuse, protection, charts, notes };
  });
  const oldLists = lists.columns.length > 0 ? ours.get(LISTS_SHEET) : undefined;
  const oldListsUsed = oldLists?.getUsedRangeOrNullObject(true);
  oldListsUsed?.load(['values', 'address']);
  if (plan.some((p) => p.reuse) || oldListsUsed) await context.sync();

  const batch = new Batch(context, () => canSuspend && context.workbook.application.suspendApiCalculationUntilNextSync());
  if (canSuspend) context.workbook.application.suspendApiCalculationUntilNextSync();
  const renames = new Map<string, string>();
  const targets: { ws: XlWorksheet; index: number }[] = [];
  const replaced: string[] = [];
  for (const [index, p] of plan.entries()) {
    // Clearing a sheet: a dozen actions, and one delete per note it had.
    await batch.reserve((12 + 2 * (p.reuse ? loadedNoteCount(p.notes, requirements) : 0)) * 220);
    if (p.reuse) {
      clearSheet(p.reuse, Boolean(p.protection?.protected), p.charts?.items ?? [], p.notes, requirements);
      replaced.push(p.spec.name);
      renames.set(p.spec.name, p.reuse.name);
      targets.push({ ws: p.reuse, index });
      continue;
    }
    const name = freeName(p.spec.name, taken);
    taken.add(name);
    const ws = sheets.add(name);
    if (canMark && p.spec.generated) ws.customProperties.add(GENERATED_PROPERTY, p.spec.name);
    renames.set(p.spec.name, name);
    targets.push({ ws, index });
  }
  const listRange = await writeLists(lists.columns, oldLists, oldListsUsed, { sheets, taken, canMark, batch });

  const retarget = retargeter(renames);
  const notesNotWritten: UnwrittenNote[] = [];
  for (const { ws, index } of targets) {
    const left = await writeSheet(ws, spec.sheets[index]!, { listRange, retarget }, batch, requirements);
    notesNotWritten.push(...left.map((n) => ({ sheet: renames.get(spec.sheets[index]!.name) as string, ...n })));
  }
  const names = spec.sheets.map((s) => renames.get(s.name) as string);
  const first = targets.find((t) => !spec.sheets[t.index]!.hidden);
  if (first) first.ws.activate();
  await batch.flush();
  // Calculation was suspended while writing: Excel leaves the recalculation to us.
  if (canSuspend) {
    context.workbook.application.calculate('Full');
    await context.sync();
  }
  return { sheets: names, replaced, notesNotWritten };
}

/**
 * The dropdown lists, one column per list on the hidden lists sheet. An existing lists sheet of ours
 * is extended, never rewritten or deleted: a column already holding the same items is shared, new
 * lists take the next free columns, so the dropdowns of a sheet we kept still point at their items.
 */
async function writeLists(
  columns: string[][],
  old: XlWorksheet | undefined,
  oldUsed: XlRange | undefined,
  env: { sheets: XlContext['workbook']['worksheets']; taken: Set<string>; canMark: boolean; batch: Batch },
): Promise<(items: string[]) => XlRange | undefined> {
  if (columns.length === 0) return () => undefined;
  const present: string[][] = [];
  if (old && oldUsed && !oldUsed.isNullObject) {
    const origin = parseAddress(oldUsed.address.slice(oldUsed.address.lastIndexOf('!') + 1).split(':')[0]!.replace(/\$/g, ''));
    const values = oldUsed.values;
    const offset = (origin?.column ?? 1) - 1;
    for (let c = 0; c < (values[0]?.length ?? 0); c++) {
      const col: string[] = [];
      for (let r = 0; r < values.length; r++) {
        const v = values[r]?.[c];
        if (v === '' || v === null || v === undefined) break;
        col.push(String(v));
      }
      present[c + offset] = col;
    }
  }
  let ws = old;
  if (!ws) {
    const name = freeName(LISTS_SHEET, env.taken);
    env.taken.add(name);
    ws = env.sheets.add(name);
    if (env.canMark) ws.customProperties.add(GENERATED_PROPERTY, LISTS_SHEET);
  }
  const where = new Map<string, string>();
  let next = present.length;
  for (const items of columns) {
    const key = JSON.stringify(items);
    if (where.has(key)) continue;
    const same = present.findIndex((col) => col && JSON.stringify(col) === key);
    const index = same >= 0 ? same : next++;
    const letter = columnLetter(index + 1);
    const ref = `$${letter}$1:$${letter}$${items.length}`;
    where.set(key, ref);
    if (same < 0) {
      await env.batch.reserve(items.reduce((n, s) => n + s.length * 3 + 8, 220));
      ws.getRange(ref).values = items.map((item) => [literal(item)]);
    }
  }
  // Hidden from users, as in the .xlsx files; we never delete it (Excel refuses to delete a VeryHidden sheet).
  ws.visibility = 'VeryHidden';
  const target = ws;
  return (items) => {
    const ref = where.get(JSON.stringify(items));
    return ref ? target.getRange(ref) : undefined;
  };
}

/** Selects a cell (e.g. a criterion's input cell when the user clicks it in the pane). */
export async function selectCell(context: XlContext, sheet: string, address: string): Promise<void> {
  if (!parseAddress(address)) throw new Error(`not a cell address: ${address}`);
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(address).select();
  await context.sync();
}
