/**
 * Emulation standards by unit category (Kế hoạch 207/KH-UBND and 154/KH-UBND): one checklist sheet per category with the
 * values the unit reports, compliance per line (the same native status formulas as the tracking
 * sheets) and in total, with a data bar; `ktd5 track` reads these sheets back like any tracking table.
 */
import { citeSource, shortTitle, fold, type TargetSetData } from '../../engine';
import { address, columnLetter } from '../a1';
import { sheetName } from '../layouts/common';
import { type SheetSpec, type WorkbookSpec } from '../spec';
import { BLOCK } from './contract';
import { STATUS_TEXT } from './status-formulas';
import { tableSheet, type TableSheetLayout } from './layout';
import { trackingTableOf } from './model';
import { summarySheet } from './summary';

const ALIASES: Record<string, string[]> = {
  'so-ban-nganh': ['cap-tinh', 'so', 'tinh'],
  huyen: ['cap-huyen', 'huyen'],
  xa: ['cap-xa', 'xa'],
};

/** Group ids of the document matching a category the user typed (id, alias, or part of the title). */
export function matchCategories(doc: TargetSetData, wanted: string): string[] {
  const key = fold(wanted);
  const byId = doc.groups.filter((g) => g.id === key || (ALIASES[key] ?? []).includes(g.id) || Object.entries(ALIASES).some(([k, v]) => g.id === k && v.includes(key)));
  if (byId.length > 0) return byId.map((g) => g.id);
  return doc.groups.filter((g) => fold(g.title).includes(key)).map((g) => g.id);
}

export interface StandardsInfo {
  unit?: string;
  year: string;
}

function complianceRows(layout: TableSheetLayout, count: number): void {
  const s: SheetSpec = layout.sheet;
  const status = columnLetter(layout.columns.status as number);
  const first = layout.headerRow + 2;
  const range = `${status}${first}:${status}${layout.lastRow}`;
  const row = layout.lastRow + 2;
  const met = `(COUNTIF(${range},"Vượt")+COUNTIF(${range},"Đạt"))`;
  // Nothing is headlined before it is assessed: with no standard judged, the count says so, not "0/6".
  const none = `${met}+COUNTIF(${range},"Chưa đạt")=0`;
  s.cells.set(address(row, 2), { value: 'Số tiêu chuẩn đạt (đạt hoặc vượt)', style: { bold: true, colour: 'total', border: true } });
  s.cells.set(address(row, 3), { formula: `IF(${none},"${STATUS_TEXT.U} ${count}/${count}",${met}&"/${count}")`, style: { bold: true, colour: 'total', border: true, align: 'center' } });
  s.cells.set(address(row + 1, 2), { value: 'Tỷ lệ tiêu chuẩn đạt', style: { bold: true, border: true } });
  s.cells.set(address(row + 1, 3), { formula: `IF(${none},"",${met}/${count})`, style: { bold: true, border: true, numFmt: '0%' } });
  s.dataBars.push({ range: address(row + 1, 3), colour: '63BE7B', min: 0, max: 1 });
  s.cells.set(address(row + 2, 2), { value: 'Kết luận', style: { bold: true, border: true } });
  s.cells.set(address(row + 2, 3), {
    formula: `IF(${met}=${count},"Đạt đủ tiêu chuẩn",IF(COUNTIF(${range},"Chưa đạt")>0,"Chưa đạt đủ tiêu chuẩn","Chưa đánh giá đủ"))`,
    style: { bold: true, border: true },
  });
  s.conditionalFormats.push({
    range: address(row + 2, 3),
    rules: [
      { formula: `${address(row + 2, 3)}="Đạt đủ tiêu chuẩn"`, colour: 'full' },
      { formula: `${address(row + 2, 3)}="Chưa đạt đủ tiêu chuẩn"`, colour: 'zero' },
      { formula: `TRUE`, colour: 'missing' },
    ],
  });
}

export function standardsWorkbook(doc: TargetSetData, categories: string[], info: StandardsInfo): WorkbookSpec {
  const taken = new Set<string>();
  const layouts: { layout: TableSheetLayout; label: string }[] = [];
  for (const id of categories) {
    const group = doc.groups.find((g) => g.id === id);
    const table = trackingTableOf(doc, { groups: [id], nextYear: info.year });
    if (!group || !table) continue;
    const layout = tableSheet({
      name: sheetName(`${group.row}. ${group.title.replace(/^(Đối với|Lĩnh vực)\s+/i, '')}`, taken),
      title: `TIÊU CHUẨN THI ĐUA — ${group.title.toUpperCase()}`,
      subtitle: `${doc.title}. Nguồn: ${citeSource(doc.source)}.`,
      block: [
        [BLOCK.set, shortTitle(doc)],
        [BLOCK.category, group.title],
        [BLOCK.unit, info.unit ?? ''],
      ],
      table,
    });
    complianceRows(layout, group.indicators.length);
    layouts.push({ layout, label: group.title });
  }
  const summary = summarySheet(layouts, `TỔNG HỢP TIÊU CHUẨN — ${doc.title}`, ['Mỗi trang là một loại đơn vị; "Đạt và vượt" là số tiêu chuẩn đơn vị đáp ứng.']);
  return { title: doc.title, sheets: [...layouts.map((l) => l.layout.sheet), summary] };
}
