/**
 * The .xlsx writer, loaded only when a verb writes a workbook: exceljs takes a quarter of a second
 * to load, and the parser processes should start reading members meanwhile, not after.
 */
import type * as Render from '../workbook/xlsx/render';
import { type WorkbookSpec } from '../workbook/spec';
import { deflateZip } from './deflate-zip';

export async function renderWorkbook(spec: WorkbookSpec): Promise<Uint8Array> {
  // A plain require (the CLI is CommonJS) so the module loads on first use.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { renderXlsx } = require('../workbook/xlsx/render') as typeof Render;
  // exceljs's Workbook module alone: the package entry also loads its streaming reader and writer and
  // CSV support (measured: 0.48 s of CPU to load against 0.19 s), which writing one workbook never uses.
  // Written uncompressed, then deflated by Node's zlib (deflate-zip.ts).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return deflateZip(await renderXlsx(spec, require('exceljs/lib/doc/workbook') as Render.WorkbookClass, true));
}
