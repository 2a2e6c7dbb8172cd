/**
 * Excel's hard limits, enforced once on the host-neutral WorkbookSpec before any adapter renders
 * it (the exceljs renderer and the Office.js writer both call `fitToExcel`): a cell holds at most
 * 32,767 characters, a page header or footer 255 (codes included), a sheet name 31 characters
 * without \ / ? * [ ] : and not starting or ending with an apostrophe. A file past them makes Excel
 * "repair" it, dropping content. Longer text is cut and ends with "…"; each cut is returned so the
 * caller can name it (unit and file) on the output.
 */
import { type CellSpec, type PrintSetup, type SheetSpec, type WorkbookSpec } from './spec';

export const EXCEL_CELL_TEXT = 32_767;
export const EXCEL_HEADER_FOOTER = 255;
export const EXCEL_SHEET_NAME = 31;
/**
 * Of a footer's 255 characters, what the spec's text may take: adapters add their own codes around
 * it (`&L…&RTrang &P/&N`), and each `&` of the text is written doubled (`&&` prints one).
 */
export const FOOTER_TEXT = EXCEL_HEADER_FOOTER - 40;

const ELLIPSIS = '…';

export interface ExcelCut {
  /** The sheet's name as written (after its own fitting). */
  sheet: string;
  cell?: string;
  part: 'cell' | 'header' | 'footer' | 'sheetName';
  /** Why a sheet was renamed: longer than 31 characters, a character Excel refuses, a name taken or reserved. */
  reason?: SheetRename;
  /** The text as the layout gave it, and its length in characters (UTF-16 code units, as Excel counts). */
  original: string;
  length: number;
  limit: number;
}

/** `text` cut to at most `limit` code units, ending with "…", never splitting a surrogate pair. */
export function cutText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = limit - ELLIPSIS.length;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end) + ELLIPSIS;
}

/** How long a footer's text is once written: each `&` doubled. */
function footerLength(text: string): number {
  let n = text.length;
  for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) n++;
  return n;
}

function fitFooter(text: string): string {
  if (footerLength(text) <= FOOTER_TEXT) return text;
  let cut = cutText(text, FOOTER_TEXT);
  while (footerLength(cut) > FOOTER_TEXT) cut = cutText(cut, cut.length - 1);
  return cut;
}

const FORBIDDEN_IN_SHEET_NAME = /[\\/?*[\]:\p{Cc}\p{Cf}]/gu;

export type SheetRename = 'length' | 'characters' | 'duplicate' | 'reserved';

/**
 * A sheet name Excel accepts, unique (case-insensitively) among `taken`, and why it differs from `name`.
 * A name of exactly 31 characters is allowed; only a longer one is cut.
 */
function fitSheetName(name: string, taken: Set<string>): { name: string; reason?: SheetRename } {
  const stripped = name.replace(FORBIDDEN_IN_SHEET_NAME, '_').replace(/^'+|'+$/g, '').trim();
  // Spaces at either end are dropped without a word: the name reads the same.
  let reason: SheetRename | undefined = stripped !== name.trim() ? 'characters' : undefined;
  let clean = stripped;
  if (!clean || clean.toLowerCase() === 'history') {
    clean = `${clean || 'Sheet'}_`;
    reason ??= 'reserved';
  }
  const within = (text: string, limit: number): string => (text.length <= limit ? text : cutText(text, limit));
  let fitted = within(clean, EXCEL_SHEET_NAME);
  if (fitted !== clean) reason = 'length'; // longer than 31: cut, ending in "…"
  for (let i = 2; taken.has(fitted.toLocaleLowerCase()); i++) {
    fitted = `${within(clean, EXCEL_SHEET_NAME - String(i).length - 1)} ${i}`;
    reason ??= 'duplicate';
  }
  taken.add(fitted.toLocaleLowerCase());
  return reason && fitted !== name ? { name: fitted, reason } : { name: fitted };
}

function quoted(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}

/** Formulas and list sources naming a renamed sheet follow it. */
function renameReferences(text: string, renames: Map<string, string>): string {
  let out = text;
  for (const [from, to] of renames) out = out.split(quoted(from)).join(quoted(to));
  return out;
}

/** The spec within Excel's limits, and what was cut. The input spec is not changed. */
export function fitToExcel(spec: WorkbookSpec): { spec: WorkbookSpec; cuts: ExcelCut[] } {
  const cuts: ExcelCut[] = [];
  const taken = new Set<string>();
  const renames = new Map<string, string>();
  const names = spec.sheets.map((s) => {
    const fitted = fitSheetName(s.name, taken);
    if (fitted.name !== s.name) renames.set(s.name, fitted.name);
    return fitted;
  });
  const sheets = spec.sheets.map((sheet, i): SheetSpec => {
    const { name, reason } = names[i] as { name: string; reason?: SheetRename };
    if (reason) cuts.push({ sheet: name, part: 'sheetName', reason, original: sheet.name, length: sheet.name.length, limit: EXCEL_SHEET_NAME });
    let cells: Map<string, CellSpec> | undefined;
    for (const [address, cell] of sheet.cells) {
      let fitted = cell;
      if (typeof cell.value === 'string' && cell.value.length > EXCEL_CELL_TEXT) {
        cuts.push({ sheet: name, cell: address, part: 'cell', original: cell.value, length: cell.value.length, limit: EXCEL_CELL_TEXT });
        fitted = { ...cell, value: cutText(cell.value, EXCEL_CELL_TEXT) };
      }
      if (cell.formula !== undefined && renames.size > 0) {
        const formula = renameReferences(cell.formula, renames);
        if (formula !== cell.formula) fitted = { ...fitted, formula };
      }
      if (fitted !== cell) (cells ??= new Map(sheet.cells)).set(address, fitted);
    }
    let print: PrintSetup | undefined = sheet.print;
    if (print) {
      const { header, footer } = print;
      // Header and footer are text (each `&` written `&&`), placed by the renderers' own codes.
      if (header !== undefined && footerLength(header) > FOOTER_TEXT) {
        cuts.push({ sheet: name, part: 'header', original: header, length: header.length, limit: FOOTER_TEXT });
        print = { ...print, header: fitFooter(header) };
      }
      if (footer !== undefined && footerLength(footer) > FOOTER_TEXT) {
        cuts.push({ sheet: name, part: 'footer', original: footer, length: footer.length, limit: FOOTER_TEXT });
        print = { ...print, footer: fitFooter(footer) };
      }
    }
    const validations = renames.size === 0 ? sheet.validations : sheet.validations.map((v) => (v.source ? { ...v, source: renameReferences(v.source, renames) } : v));
    if (name === sheet.name && !cells && print === sheet.print && validations === sheet.validations) return sheet;
    return { ...sheet, name, cells: cells ?? sheet.cells, validations, ...(print ? { print } : {}) };
  });
  return { spec: { ...spec, sheets }, cuts };
}
