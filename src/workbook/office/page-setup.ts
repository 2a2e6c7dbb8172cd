/** A sheet's page setup for printing: paper, orientation, margins, fit, print titles, header and footer. */
import { headerFooterText as headerText } from '../header-footer';
import { type SheetSpec } from '../spec';
import { type XlWorksheet } from './excel-api';

/** Queues the print settings (no sync); the caller reserves their bytes in the batch. */
export function writePageSetup(ws: XlWorksheet, print: NonNullable<SheetSpec['print']>): void {
  ws.pageLayout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  ws.pageLayout.paperSize = 'A4';
  const m = print.margins;
  if (m) {
    // Inches in the spec, points in Office.js.
    ws.pageLayout.leftMargin = m.left * 72;
    ws.pageLayout.rightMargin = m.right * 72;
    ws.pageLayout.topMargin = m.top * 72;
    ws.pageLayout.bottomMargin = m.bottom * 72;
    ws.pageLayout.headerMargin = m.header * 72;
    ws.pageLayout.footerMargin = m.footer * 72;
  }
  // One page wide, as many pages tall as needed (null: no vertical fit).
  if (print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: null };
  if (print.titleRows) ws.pageLayout.setPrintTitleRows(print.titleRows.split(':').map((r) => `$${r}`).join(':'));
  if (print.header) ws.pageLayout.headersFooters.defaultForAllPages.centerHeader = headerText(print.header);
  if (print.footer) ws.pageLayout.headersFooters.defaultForAllPages.leftFooter = headerText(print.footer);
  ws.pageLayout.headersFooters.defaultForAllPages.rightFooter = 'Trang &P/&N';
}
