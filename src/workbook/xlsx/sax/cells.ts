/**
 * A parsed worksheet reconciled the way exceljs reconciles it (shared strings and styles applied,
 * dates recognised by their format, shared formulas tied to their master, hyperlinks) and laid out
 * as its Worksheet, Row, Column and Cell objects lay it out — the rows, columns and cells they
 * create, the styles new cells take, merges — so that the grid built from it is the one to-grid.ts
 * builds from exceljs.
 */
import { DamagedPart } from './drive';
import { type CellModel, type ColModel, type RowModel, type SheetModel } from './sheet';
import { type Styles, type StyleModel } from './styles';
import { type StringModel } from './text';

export type Kind = 'null' | 'merge' | 'number' | 'string' | 'richText' | 'date' | 'boolean' | 'error' | 'formula' | 'hyperlink';

export interface Cell {
  kind: Kind;
  value?: unknown;
  formula?: string;
  sharedFormula?: string;
  result?: unknown;
  text?: unknown;
  style: StyleModel;
  /** Merged into another cell (the master's value is not this cell's). */
  slave?: boolean;
}

export interface Row {
  cells: (Cell | undefined)[];
  style: StyleModel;
  hidden: boolean;
}

export interface Column {
  hidden: boolean;
  width: number | undefined;
  style: StyleModel;
}

export interface Context {
  styles: Styles | undefined;
  strings: StringModel[] | undefined;
  date1904: boolean;
  /** The sheet's relationships (Id → Target). */
  rels: Map<string, string | undefined> | undefined;
}

/** exceljs's utils.isDateFmt. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const stripped = format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(stripped);
}

/** exceljs's utils.excelToDate (JavaScript's coercion of what it is given, as there). */
function excelToDate(v: unknown, date1904: boolean): Date {
  return new Date(Math.round(((v as number) - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

const ADDRESS = /^[A-Z]+\d+$/;

/** Column number → letters (1 → A, 27 → AA); colCache.n2l refuses what Excel cannot hold. */
export function columnLetters(n: number): string {
  if (n < 1 || n > 16384) throw new DamagedPart(`${n} is out of bounds. Excel supports columns from 1 to 16384`);
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** colCache.decodeAddress: letters then digits, `$` allowed; col or row undefined when absent. */
export function decodeAddress(value: string): { col: number | undefined; row: number | undefined; address: string } {
  let col = '';
  let colNumber = 0;
  let row = '';
  let rowNumber = 0;
  let hasRow = false;
  for (let i = 0; i < value.length; i++) {
    const ch = value.charCodeAt(i);
    if (!hasRow && ch >= 65 && ch <= 90) {
      col += value[i];
      colNumber = colNumber * 26 + ch - 64;
    } else if (ch >= 48 && ch <= 57) {
      hasRow = true;
      row += value[i];
      rowNumber = rowNumber * 10 + ch - 48;
    } else if (hasRow && col !== '' && ch !== 36) break;
  }
  if (col !== '' && colNumber > 16384) throw new DamagedPart(`Out of bounds. Invalid column letter: ${col}`);
  return { col: col === '' ? undefined : colNumber, row: hasRow ? rowNumber : undefined, address: col + row };
}

function styleOf(ctx: Context, id: number | undefined, required: boolean): StyleModel | null | undefined {
  if (!id) return undefined;
  if (!ctx.styles) {
    if (required) throw new TypeError("Cannot read properties of undefined (reading 'getStyleModel')");
    return undefined;
  }
  return ctx.styles.style(id);
}

/** CellXform.reconcile, then the value exceljs's Cell holds for the model's type. */
function reconcileCell(m: CellModel, ctx: Context, formulae: Map<string | undefined, string | undefined>, links: Map<string, string | undefined>): Cell {
  const style = styleOf(ctx, m.styleId, false) ?? undefined;
  const cell: Cell = { kind: m.type as Kind, value: m.value, style: style ?? {} };
  switch (m.type) {
    case 'string': {
      let value: unknown = m.value;
      if (typeof value === 'number' && ctx.strings) value = ctx.strings[value];
      if (value === undefined || value === null) throw new TypeError("Cannot read properties of undefined (reading 'richText')");
      if ((value as { richText?: unknown }).richText) cell.kind = 'richText';
      cell.value = value;
      break;
    }
    case 'number':
      if (style && isDateFormat(style.numFmt)) {
        cell.kind = 'date';
        cell.value = excelToDate(m.value, ctx.date1904);
      }
      break;
    case 'formula': {
      cell.formula = m.formula;
      cell.result = m.result !== undefined && style && isDateFormat(style.numFmt) ? excelToDate(m.result, ctx.date1904) : m.result;
      if (m.shareType === 'shared') {
        if (m.ref) formulae.set(m.si, m.address);
        else cell.sharedFormula = formulae.get(m.si);
      }
      break;
    }
    default:
      break;
  }
  if (m.address !== undefined && links.get(m.address)) {
    cell.text = cell.kind === 'formula' ? cell.result : cell.value;
    cell.kind = 'hyperlink';
  }
  return cell;
}

export interface SheetLayout {
  rows: (Row | undefined)[];
  columns: Column[];
  /** A new cell's style: the row's number format, else the column's (Cell's _mergeStyle). */
  newCell(row: Row, column: number): Cell;
  column(c: number): Column;
}

const PLAIN_COLUMN: Column = { hidden: false, width: undefined, style: {} };

export function layOut(model: SheetModel, ctx: Context): SheetLayout {
  const links = new Map<string, string | undefined>();
  for (const h of model.hyperlinks ?? []) {
    if (!h.rId) continue;
    if (!ctx.rels?.has(h.rId)) throw new TypeError("Cannot read properties of undefined (reading 'Target')");
    links.set(h.address as string, ctx.rels.get(h.rId));
  }
  const formulae = new Map<string | undefined, string | undefined>();
  const rowModels = model.rows.filter((r): r is RowModel => Boolean(r));
  const reconciled = rowModels.map((r) => {
    const found = styleOf(ctx, r.styleId, true);
    return { model: r, style: found ?? {}, cells: r.cells.filter(Boolean).map((c) => ({ address: c.address, cell: reconcileCell(c, ctx, formulae, links) })) };
  });

  const columns: Column[] = [];
  const cols = [...(model.cols ?? [])].sort((a, b) => a.min - b.min);
  for (const col of cols) {
    while (columns.length + 1 < col.min) columns.push(PLAIN_COLUMN);
    while (columns.length + 1 <= col.max) columns.push(columnOf(col, ctx));
  }
  const column = (c: number): Column => columns[c - 1] ?? PLAIN_COLUMN;
  const newCell = (row: Row, c: number): Cell => {
    const numFmt = row.style.numFmt || column(c).style.numFmt;
    return { kind: 'null', style: numFmt ? { numFmt } : {} };
  };

  const rows: (Row | undefined)[] = [];
  for (const r of reconciled) {
    const number = r.model.number;
    if (Number.isNaN(number)) throw new DamagedPart('Invalid row number in model');
    const row: Row = { cells: [], style: {}, hidden: false };
    let previous: { col: number; row: number | undefined } | undefined;
    for (const { address, cell } of r.cells) {
      if (cell.kind === 'merge') continue;
      let at: { col: number | undefined; row: number | undefined; address: string };
      if (address) at = decodeAddress(address);
      else if (previous) at = { col: previous.col + 1, row: previous.row, address: `${columnLetters(previous.col + 1)}${previous.row}` };
      else throw new TypeError("Cannot read properties of undefined (reading 'col')");
      if (at.col === undefined) throw new DamagedPart('A Cell needs a Row');
      if (!row.cells[at.col - 1] && !ADDRESS.test(at.address)) throw new DamagedPart(`Invalid Address: ${at.address}`);
      previous = { col: at.col, row: at.row };
      row.cells[at.col - 1] = cell;
    }
    row.hidden = r.model.hidden === true;
    row.style = r.style.numFmt ? { numFmt: r.style.numFmt } : {};
    if (number >= 1) rows[number - 1] = row;
  }
  return { rows, columns, newCell, column };
}

function columnOf(col: ColModel, ctx: Context): Column {
  const style = styleOf(ctx, col.styleId, true);
  return { hidden: Boolean(col.hidden), width: col.width !== undefined ? col.width : 9, style: style ?? {} };
}
