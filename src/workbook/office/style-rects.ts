/**
 * Which cells share a format, as rectangles, so each format is set once per rectangle rather than
 * once per cell. A merged area takes its top-left cell's format throughout.
 */
import { columnLetter, parseAddress } from '../a1';
import { type CellSpec, type CellStyle, type SheetSpec } from '../spec';

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** The format part of the style, as JSON (see formatKey). */
  key: string;
}

/** The format part of a style (the number format travels with the values). */
function formatKey(style: CellStyle | undefined): string {
  if (!style) return '';
  const { numFmt: _n, ...rest } = style;
  void _n;
  const keys = Object.keys(rest).filter((k) => rest[k as keyof typeof rest] !== undefined && rest[k as keyof typeof rest] !== false);
  return keys.length === 0 ? '' : JSON.stringify(Object.fromEntries(keys.sort().map((k) => [k, rest[k as keyof typeof rest]])));
}

/** Cells sharing a style, as rectangles: runs along each row, stacked while the next row repeats them. */
export function styleRects(cells: Map<string, CellSpec>): Rect[] {
  const rows = new Map<number, { col: number; key: string }[]>();
  for (const [address, cell] of cells) {
    const key = formatKey(cell.style);
    if (!key) continue;
    const a = parseAddress(address);
    if (!a) continue;
    (rows.get(a.row) ?? rows.set(a.row, []).get(a.row)!).push({ col: a.column, key });
  }
  const done: Rect[] = [];
  let open = new Map<string, Rect>();
  for (const row of [...rows.keys()].sort((x, y) => x - y)) {
    const runs: Rect[] = [];
    for (const c of rows.get(row)!.sort((x, y) => x.col - y.col)) {
      const last = runs[runs.length - 1];
      if (last && last.key === c.key && last.right === c.col - 1) last.right = c.col;
      else runs.push({ top: row, bottom: row, left: c.col, right: c.col, key: c.key });
    }
    const next = new Map<string, Rect>();
    for (const r of runs) {
      const id = `${r.left}:${r.right}:${r.key}`;
      const prev = open.get(id);
      if (prev && prev.bottom === row - 1) {
        prev.bottom = row;
        next.set(id, prev);
        open.delete(id);
      } else next.set(id, r);
    }
    done.push(...open.values());
    open = next;
  }
  done.push(...open.values());
  return done;
}

/** A rectangle's A1 address. */
export const rectAddress = (r: Rect) => `${columnLetter(r.left)}${r.top}:${columnLetter(r.right)}${r.bottom}`;

/**
 * The cells whose format is written: a merged area takes its top-left cell's format throughout, as
 * the .xlsx renderer's merge does, so its borders and fill cover the whole area.
 */
export function formattedCells(spec: SheetSpec): Map<string, CellSpec> {
  const out = new Map(spec.cells);
  for (const merge of spec.merges) {
    const [from, to = from] = merge.split(':') as [string, string?];
    const a = parseAddress(from);
    const b = parseAddress(to as string);
    const style = spec.cells.get(from)?.style;
    if (!a || !b || !style) continue;
    for (let r = a.row; r <= b.row; r++) for (let c = a.column; c <= b.column; c++) if (!out.has(`${columnLetter(c)}${r}`)) out.set(`${columnLetter(c)}${r}`, { style });
  }
  return out;
}
