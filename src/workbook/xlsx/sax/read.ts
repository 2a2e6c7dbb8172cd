/**
 * Our own reader of a checked member workbook: the parts the guard inflated (sheets with their
 * formula text already cut, data validations and conditional formats left out as for exceljs), each parsed in one SAX pass, into the grid that exceljs plus
 * to-grid.ts would give — the same sheets in the same order, values, formats and hidden rows and
 * columns — at a fraction of the cost (no zip rebuilt, no streams, no object model). Parts are found
 * by the names and patterns exceljs uses. What exceljs would fail to load throws (the loader reports
 * a damaged file).
 */
import { partName } from '../../guard/parts';
import { type WorkbookGrid } from '../../grid';
import { parseBook, parseRels } from './book';
import { layOut } from './cells';
import { drive } from './drive';
import { parseSheet, type SheetModel } from './sheet';
import { applyMerges, sheetGrid } from './sheet-grid';
import { parseStyles, type Styles } from './styles';
import { SharedStringsX, type StringModel } from './text';
import { withoutUnreadParts } from '../slim';

// Kept as JSZip gives it to exceljs: a byte-order mark stays in the text (saxes skips it).
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

interface ParsedSheet {
  path: string;
  sheetNo: string;
  model: SheetModel;
  name?: string;
  id?: number;
  state?: string;
}

export function gridFromParts(parts: ReadonlyMap<string, Uint8Array>): WorkbookGrid {
  // JSZip's view: names resolved, the last of two entries under one name kept; exceljs drops a leading "/".
  const entries = new Map<string, Uint8Array>();
  for (const [name, data] of parts) {
    if (name.endsWith('/')) continue;
    const resolved = partName(name);
    entries.set(resolved.startsWith('/') ? resolved.slice(1) : resolved, data);
  }
  let book = { sheets: [] as ReturnType<typeof parseBook>['sheets'], date1904: false };
  let bookRels: Map<string, string | undefined> | undefined;
  let strings: StringModel[] | undefined;
  let styles: Styles | undefined;
  const sheets: ParsedSheet[] = [];
  const byPath = new Map<string, ParsedSheet>();
  const sheetRels = new Map<string, Map<string, string | undefined>>();
  for (const [name, data] of entries) {
    if (/xl\/media\//.test(name) || /xl\/theme\/([a-zA-Z0-9]+)[.]xml/.test(name)) continue;
    switch (name) {
      case '_rels/.rels':
        parseRels(utf8.decode(data));
        continue;
      case 'xl/workbook.xml':
        book = parseBook(utf8.decode(data));
        continue;
      case 'xl/_rels/workbook.xml.rels':
        bookRels = parseRels(utf8.decode(data));
        continue;
      case 'xl/sharedStrings.xml': {
        const x = new SharedStringsX();
        drive(utf8.decode(data), x);
        strings = x.values;
        continue;
      }
      case 'xl/styles.xml':
        styles = parseStyles(utf8.decode(data));
        continue;
      case 'docProps/app.xml':
      case 'docProps/core.xml':
      case '[Content_Types].xml':
        continue; // never read into a grid (the exceljs path leaves them out too: slim.ts)
      default:
        break;
    }
    const sheet = /xl\/worksheets\/sheet(\d+)[.]xml/.exec(name);
    if (sheet) {
      const parsed: ParsedSheet = { path: name, sheetNo: sheet[1] as string, model: parseSheet(utf8.decode(withoutUnreadParts(data))) };
      sheets.push(parsed);
      byPath.set(name, parsed);
      continue;
    }
    const rels = /xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/.exec(name);
    if (rels) sheetRels.set(rels[1] as string, parseRels(utf8.decode(data)));
  }

  // WorkbookXform.reconcile: each <sheet> to its part through the workbook's relationships.
  for (const s of book.sheets) {
    if (!bookRels?.has(s.rId as string)) continue;
    const target = bookRels.get(s.rId as string);
    if (target === undefined) throw new TypeError("Cannot read properties of undefined (reading 'replace')");
    const parsed = byPath.get(`xl/${target.replace(/^(\s|\/xl\/)+/, '')}`);
    if (parsed) Object.assign(parsed, { name: s.name, id: s.id, state: s.state });
  }

  // Every worksheet part is laid out (exceljs fails on any), listed by sheetId, ordered as in workbook.xml.
  const byId: { sheet: ParsedSheet; orderNo: number; layout: ReturnType<typeof layOut> }[] = [];
  for (const s of sheets) {
    const layout = layOut(s.model, { styles, strings, date1904: book.date1904, rels: sheetRels.get(s.sheetNo) });
    applyMerges(layout, s.model.merges);
    if (s.id !== undefined && Number.isInteger(s.id) && s.id >= 1) byId[s.id] = { sheet: s, orderNo: book.sheets.findIndex((b) => b.id === s.id), layout };
  }
  const listed = byId.filter(Boolean).sort((a, b) => a.orderNo - b.orderNo);
  return { sheets: listed.map((s) => sheetGrid(s.sheet.name as string, s.sheet.state, s.layout)) };
}
