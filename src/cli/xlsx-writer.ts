/**
 * The .xlsx writer, loaded only when a verb writes a workbook: exceljs takes a quarter of a second
 * to load, and the parser processes should start reading members meanwhile, not after.
 */
import type * as Render from '../workbook/xlsx/render';
import { type WorkbookSpec } from '../workbook/spec';
import { deflateZip } from './deflate-zip';

interface Writer {
  renderXlsx: typeof Render.renderXlsx;
  Workbook: Render.WorkbookClass;
}

let writer: Writer | undefined;

function loadWriter(): Writer {
  if (!writer) {
    // Plain requires (the CLI is CommonJS) so the modules load on first use.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { renderXlsx } = require('../workbook/xlsx/render') as typeof Render;
    // exceljs's Workbook module alone: the package entry also loads its streaming reader and writer and
    // CSV support (measured: 0.48 s of CPU to load against 0.19 s), which writing one workbook never uses.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    writer = { renderXlsx, Workbook: require('exceljs/lib/doc/workbook') as Render.WorkbookClass };
  }
  return writer;
}

/**
 * Loads the writer on the next turn of the event loop: a verb that reads member workbooks calls this
 * when it starts, so that the load happens while the parser processes work, not after them.
 */
export function preloadWriter(): void {
  setImmediate(loadWriter).unref();
}

export async function renderWorkbook(spec: WorkbookSpec): Promise<Uint8Array> {
  const { renderXlsx, Workbook } = loadWriter();
  // Written uncompressed, then deflated by Node's zlib (deflate-zip.ts).
  return deflateZip(await renderXlsx(spec, Workbook, true));
}
