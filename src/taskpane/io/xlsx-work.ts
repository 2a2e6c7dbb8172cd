/**
 * The .xlsx work of the page, off the main thread (xlsx.worker.ts, a fresh worker per file) or,
 * where no Worker can start, in a chunk loaded on demand: reading an untrusted workbook (the guard's
 * limits, then exceljs, into a grid) and rendering a WorkbookSpec into .xlsx bytes. exceljs is only
 * ever in this chunk.
 */
import { DEFAULT_LIMITS, type WorkbookLimits } from '../../workbook/guard/limits';
import { loadWorkbookGrid } from '../../workbook/xlsx/load';
import { renderXlsx } from '../../workbook/xlsx/render';
import { type WorkbookGrid } from '../../workbook/grid';
import { type GuardProblem } from '../../workbook/guard/inspect';
import { type WorkbookSpec } from '../../workbook/spec';

export type WorkRequest =
  | { id: number; kind: 'load'; bytes: ArrayBuffer; limits?: WorkbookLimits; /** test hooks, see test-hooks.ts */ crash?: boolean; stall?: boolean }
  | { id: number; kind: 'render'; spec: WorkbookSpec };

export type LoadOutcome = { ok: true; grid: WorkbookGrid } | { ok: false; problem: GuardProblem } | { ok: false; io: string };

export type WorkResponse =
  | { id: number; kind: 'load'; outcome: LoadOutcome }
  | { id: number; kind: 'render'; bytes: Uint8Array }
  | { id: number; kind: 'failed'; message: string };

/** What a worker says once its script has run: the file's time starts then, not while it loads. */
export interface WorkerReady {
  kind: 'ready';
}

export async function handle(request: WorkRequest): Promise<WorkResponse> {
  try {
    if (request.kind === 'load') {
      // The command's limits, or the page's scaled ones; the browser inflates with fflate (no native zlib here).
      const r = await loadWorkbookGrid(new Uint8Array(request.bytes), request.limits ?? DEFAULT_LIMITS);
      return { id: request.id, kind: 'load', outcome: r };
    }
    return { id: request.id, kind: 'render', bytes: await renderXlsx(request.spec) };
  } catch (e) {
    const message = e instanceof Error ? e.message.slice(0, 200) : String(e);
    if (request.kind === 'load') return { id: request.id, kind: 'load', outcome: { ok: false, io: message } };
    return { id: request.id, kind: 'failed', message };
  }
}
