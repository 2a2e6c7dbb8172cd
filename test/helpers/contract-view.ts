/**
 * One comparable view of a written workbook, from either host: the .xlsx file read back with exceljs,
 * or the strict fake after the Office.js adapter wrote into it. Both are reduced to what a person
 * sees: cell values, formulas (as typed, no "_xlfn."), formats, dropdown items, prompts, the
 * conditional-format rules each cell evaluates in priority order and the colour it shows, merges,
 * widths, page setup and sheet order.
 */
import ExcelJS from 'exceljs';
import { columnIndex, columnLetter } from '../../src/workbook/a1';
import { LISTS_SHEET } from '../../src/workbook/lists-plan';
import { evaluateRule, type CellLookup } from './cf-eval';
import { type FakeExcel, type FakeSheet } from './fake-excel';
import { parseBox, type Box } from './fake-range';

export interface Rule {
  formula: string;
  fill?: string;
  font?: string;
  stop: boolean;
}

export interface SheetView {
  name: string;
  visibility: string;
  cells: Record<string, string>;
  validations: Record<string, string>;
  rules: Record<string, Rule[]>;
  bars: string[];
  merges: string[];
  columns: string[];
  page: string;
  frozen: string;
}

const hex = (c: string | undefined) => (c ? c.replace(/^#/, '').replace(/^FF(?=[0-9A-F]{6}$)/i, '').toUpperCase() : undefined);
const formulaText = (f: string) => f.replace(/^=/, '').replace(/_xl(fn|ws)\./g, '');
const cellsOf = (box: Box) => {
  const out: string[] = [];
  for (let r = box.top; r <= Math.min(box.bottom, 3000); r++) for (let c = box.left; c <= Math.min(box.right, 200); c++) out.push(`${columnLetter(c)}${r}`);
  return out;
};

type Edges = Map<string, boolean[]>;

/** A line between two cells is drawn when either cell has it: the edges each cell shows (top, bottom, left, right). */
function drawn(own: Edges, address: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const [row, col] = [Number(m[2]), columnIndex(m[1]!)];
  const at = (r: number, c: number) => (r >= 1 && c >= 1 ? own.get(`${columnLetter(c)}${r}`) : undefined);
  const e = own.get(address) ?? [false, false, false, false];
  const t = e[0] || Boolean(at(row - 1, col)?.[1]);
  const b = e[1] || Boolean(at(row + 1, col)?.[0]);
  const l = e[2] || Boolean(at(row, col - 1)?.[3]);
  const r = e[3] || Boolean(at(row, col + 1)?.[2]);
  return [t, b, l, r].map((x) => (x ? '1' : '0')).join('');
}

/** The colour a cell shows under these rules (first true rule, stopIfTrue honoured) for a set of test values. */
export function shown(rules: Rule[], lookup: CellLookup, rows: number, cols: number): string {
  for (const r of rules) if (evaluateRule(r.formula, lookup, rows, cols)) return `${r.fill ?? ''}/${r.font ?? ''}`;
  return 'none';
}

interface Style {
  value: unknown;
  formula?: string;
  numFmt?: string;
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  size?: number;
  wrap?: boolean;
  h?: string;
  v?: string;
  border: string;
  locked: boolean;
}

const EMPTY = JSON.stringify([null, null, null, false, false, null, null, false, null, null, '0000', true]);

/** A cell with nothing of its own (no value, format or border of its own) is left out of a view. */
function ownDescription(s: Style, own: boolean[] | undefined): string | undefined {
  const self = describe({ ...s, border: (own ?? []).some(Boolean) ? '1' : '0000' });
  return self === EMPTY ? undefined : describe(s);
}

function describe(s: Style): string {
  const size = s.size === 11 ? undefined : s.size;
  const h = s.h ? s.h.toLowerCase() : undefined;
  const v = s.v ? s.v.toLowerCase().replace('center', 'middle') : undefined;
  return JSON.stringify([s.formula ?? s.value ?? null, s.numFmt && s.numFmt !== 'General' ? s.numFmt : null, hex(s.fill) ?? null, Boolean(s.bold), Boolean(s.italic), hex(s.color) ?? null, size ?? null, Boolean(s.wrap), h ?? null, v ?? null, s.border, s.locked]);
}

export function fakeView(excel: FakeExcel, names: string[]): SheetView[] {
  const lists = excel.sheets.find((s) => s.customProperties.get('ktd5') === LISTS_SHEET);
  return names.map((name) => {
    const sheet = excel.sheet(name);
    const own: Edges = new Map([...sheet.cells].map(([a, c]) => [a, ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'].map((k) => c.borders[k]?.style === 'Continuous')]));
    const cells: Record<string, string> = {};
    for (const [address, c] of sheet.cells) {
      const d = ownDescription({
        value: c.value, formula: c.formula ? formulaText(c.formula) : undefined, numFmt: c.numberFormat, fill: c.fill, bold: c.font.bold, italic: c.font.italic, color: c.font.color, size: c.font.size, wrap: c.wrap, h: c.horizontal, v: c.vertical,
        border: drawn(own, address), locked: c.locked !== false,
      }, own.get(address));
      if (d) cells[address] = d;
    }
    const resolve = (source: string): string => {
      const m = /!\$?([A-Z]+)\$?(\d+):\$?[A-Z]+\$?(\d+)$/.exec(source);
      if (!m || !lists) return source;
      const out: string[] = [];
      for (let r = Number(m[2]); r <= Number(m[3]); r++) out.push(lists.text(`${m[1]}${r}`));
      return out.join('|');
    };
    const validations: Record<string, string> = {};
    for (const v of sheet.validations) {
      const list = (v.rule as { list?: { source: string } } | undefined)?.list;
      const p = v.prompt as { title?: string; message?: string } | undefined;
      const e = v.errorAlert as { title?: string; message?: string; style?: string } | undefined;
      for (const a of cellsOf(parseBox(v.range))) validations[a] = JSON.stringify([list ? resolve(list.source) : null, p?.title ?? null, p?.message ?? null, e?.style?.toLowerCase() ?? null, e?.title ?? null, e?.message ?? null]);
    }
    const rules: Record<string, Rule[]> = {};
    for (const cf of sheet.conditionalFormats) {
      if (cf.type !== 'Custom') continue;
      const box = parseBox(cf.range);
      for (const a of cellsOf(box)) (rules[`${cf.range}@${a}`] ??= []).push({ formula: formulaText(cf.formula ?? ''), fill: hex(cf.fill), font: hex(cf.font), stop: Boolean(cf.stopIfTrue) });
    }
    const bars = sheet.conditionalFormats.filter((c) => c.type === 'DataBar').map((c) => `${c.range}:${hex(c.barColour)}:${JSON.stringify(c.lower)}:${JSON.stringify(c.upper)}`).sort();
    // exceljs leaves out a column of width 9 (its default), so neither side lists one.
    const columns = [...sheet.columnWidths].map(([l, w]) => `${l}=${Math.round((w / 5.6) * 10) / 10}${sheet.hiddenColumns.has(l) ? 'h' : ''}`).filter((c) => !/=9$/.test(c)).sort();
    const p = sheet.page;
    const zoom = p.zoom as { horizontalFitToPages?: number } | undefined;
    const page = JSON.stringify([p.orientation?.toLowerCase() ?? null, p.paperSize ?? null, zoom?.horizontalFitToPages === 1, p.titleRows?.replace(/\$/g, '') ?? null, p.centerHeader ?? null, p.leftFooter || p.rightFooter ? `${p.leftFooter ? `&L${p.leftFooter}` : ''}${p.rightFooter ? `&R${p.rightFooter}` : ''}` : null]);
    const f = sheet.frozen;
    const frozen = f.at ? f.at.replace(/^A1:/, '') : f.rows ? `rows ${f.rows}` : f.columns ? `cols ${f.columns}` : '';
    return { name, visibility: sheet.visibility.toLowerCase(), cells, validations, rules, bars, merges: [...sheet.merges].sort(), columns, page, frozen };
  });
}

type XlsxRule = { type: string; priority: number; formulae?: string[]; stopIfTrue?: boolean; style?: { fill?: { bgColor?: { argb?: string } }; font?: { color?: { argb?: string } } }; cfvo?: { type: string; value?: number }[]; color?: { argb?: string } };

export async function xlsxView(bytes: Uint8Array): Promise<SheetView[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const lists = wb.getWorksheet(LISTS_SHEET);
  const resolve = (source: string): string => {
    const m = /!\$?([A-Z]+)\$?(\d+):\$?[A-Z]+\$?(\d+)$/.exec(source);
    if (!m || !lists) return source;
    const out: string[] = [];
    for (let r = Number(m[2]); r <= Number(m[3]); r++) out.push(String(lists.getCell(`${m[1]}${r}`).value ?? ''));
    return out.join('|');
  };
  return wb.worksheets
    .filter((ws) => ws.name !== LISTS_SHEET)
    .map((ws) => {
      const cells: Record<string, string> = {};
      const own: Edges = new Map();
      ws.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (c) => {
          const b = c.border ?? {};
          own.set(c.address, [b.top, b.bottom, b.left, b.right].map((e) => Boolean(e?.style)));
        }),
      );
      ws.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (c) => {
          // A merged area shows its top-left cell's value; exceljs repeats it in every covered cell.
          const slave = c.isMerged && c.master.address !== c.address;
          const v = slave ? null : (c.value as unknown);
          const formula = v && typeof v === 'object' && 'formula' in (v as object) ? formulaText(String((v as { formula: string }).formula)) : undefined;
          const fill = (c.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
          const d = ownDescription({
            value: formula ? undefined : v === undefined || v === '' ? null : v, formula, numFmt: c.numFmt, fill, bold: c.font?.bold, italic: c.font?.italic, color: c.font?.color?.argb, size: c.font?.size, wrap: c.alignment?.wrapText, h: c.alignment?.horizontal, v: c.alignment?.vertical,
            border: drawn(own, c.address), locked: c.protection?.locked !== false,
          }, own.get(c.address));
          if (d) cells[c.address] = d;
        }),
      );
      const validations: Record<string, string> = {};
      const model = (ws as unknown as { dataValidations: { model: Record<string, { type: string; formulae?: string[]; promptTitle?: string; prompt?: string; showErrorMessage?: boolean; errorStyle?: string; errorTitle?: string; error?: string }> } }).dataValidations.model;
      for (const [ref, v] of Object.entries(model)) {
        const list = v.type === 'list' && v.formulae?.[0] ? resolve(v.formulae[0]) : null;
        for (const a of cellsOf(parseBox(ref.replace(/^range:/, '')))) validations[a] = JSON.stringify([list, v.promptTitle ?? null, v.prompt ?? null, v.showErrorMessage ? (v.errorStyle ?? 'stop') : null, v.errorTitle ?? null, v.error ?? null]);
      }
      const rules: Record<string, Rule[]> = {};
      const bars: string[] = [];
      const cfs = (ws as unknown as { conditionalFormattings: { ref: string; rules: XlsxRule[] }[] }).conditionalFormattings ?? [];
      const all = cfs.flatMap((cf) => cf.rules.map((rule) => ({ ref: cf.ref, rule }))).sort((a, b) => a.rule.priority - b.rule.priority);
      for (const { ref, rule } of all) {
        if (rule.type === 'dataBar') {
          const [lo, hi] = rule.cfvo ?? [];
          bars.push(`${ref}:${hex(rule.color?.argb)}:${JSON.stringify({ type: 'Number', formula: String(lo?.value ?? 0) })}:${JSON.stringify(hi?.type === 'max' ? { type: 'HighestValue' } : { type: 'Number', formula: String(hi?.value) })}`);
          continue;
        }
        for (const a of cellsOf(parseBox(ref))) (rules[`${ref}@${a}`] ??= []).push({ formula: formulaText(rule.formulae?.[0] ?? ''), fill: hex(rule.style?.fill?.bgColor?.argb), font: hex(rule.style?.font?.color?.argb), stop: Boolean(rule.stopIfTrue) });
      }
      const columns: string[] = [];
      (ws.columns ?? []).forEach((col, i) => {
        if (col.width !== undefined && !(col.width === 9 && !col.hidden)) columns.push(`${columnLetter(i + 1)}=${Math.round(col.width * 10) / 10}${col.hidden ? 'h' : ''}`);
      });
      const ps = ws.pageSetup;
      const hf = ws.headerFooter ?? {};
      const print = Boolean(ps.printTitlesRow || hf.oddFooter);
      const page = print ? JSON.stringify([ps.orientation ?? null, ps.paperSize === 9 ? 'A4' : (ps.paperSize ?? null), Boolean(ps.fitToPage && ps.fitToWidth === 1), ps.printTitlesRow?.replace(/\$/g, '') ?? null, hf.oddHeader?.replace(/^&C/, '') ?? null, hf.oddFooter ?? null]) : JSON.stringify([null, null, false, null, null, null]);
      const view = (ws.views ?? [])[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
      const frozen = view?.state === 'frozen' ? (view.xSplit && view.ySplit ? `${columnLetter(view.xSplit)}${view.ySplit}` : view.ySplit ? `rows ${view.ySplit}` : view.xSplit ? `cols ${view.xSplit}` : '') : '';
      const merges = ((ws.model as { merges?: string[] }).merges ?? []).slice().sort();
      return { name: ws.name, visibility: ws.state === 'visible' ? 'visible' : ws.state, cells, validations, rules, bars: bars.sort(), merges, columns: columns.sort(), page, frozen };
    });
}

/** Cells present on one side only count when they hold something visible (an empty default cell is no difference). */
export function comparableCells(a: Record<string, string>, b: Record<string, string>): [Record<string, string>, Record<string, string>] {
  const empty = JSON.stringify([null, null, null, false, false, null, null, false, null, null, '0000', true]);
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const x: Record<string, string> = {};
  const y: Record<string, string> = {};
  for (const k of keys) {
    const p = a[k] ?? empty;
    const q = b[k] ?? empty;
    if (p === empty && q === empty) continue;
    x[k] = p;
    y[k] = q;
  }
  return [x, y];
}

export type { FakeSheet };
