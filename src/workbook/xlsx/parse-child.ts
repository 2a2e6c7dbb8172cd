/**
 * A parser process: reads member workbooks one at a time on request from the pool. It runs with a
 * capped heap; if exceljs still exhausts it, only this process dies and the pool reports the file.
 */
import { readFileSync, statSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { DEFAULT_LIMITS } from '../guard/limits';
import { loadWorkbookGrid } from './load-node';

export interface ParseRequest {
  id: number;
  file: string;
}

export type ParseReply =
  | { id: number; ok: true; grid: import('../grid').WorkbookGrid }
  | { id: number; ok: false; problem: import('../guard/inspect').GuardProblem }
  | { id: number; ok: false; io: string };

/** Node's native inflater, stopped by zlib itself one byte past the limit. */
function nativeInflate(compressed: Uint8Array, limit: number): Uint8Array | 'tooLarge' {
  try {
    const out = inflateRawSync(compressed, { maxOutputLength: Math.max(1, limit) });
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return 'tooLarge';
    throw e;
  }
}

async function handle(request: ParseRequest): Promise<ParseReply> {
  try {
    const size = statSync(request.file).size;
    if (size > DEFAULT_LIMITS.maxFileBytes) {
      return { id: request.id, ok: false, problem: { code: 'tooLarge', detail: { bytes: size, limit: DEFAULT_LIMITS.maxFileBytes } } };
    }
    const bytes = new Uint8Array(readFileSync(request.file));
    const result = await loadWorkbookGrid(bytes, DEFAULT_LIMITS, nativeInflate);
    return result.ok ? { id: request.id, ok: true, grid: result.grid } : { id: request.id, ok: false, problem: result.problem };
  } catch (e) {
    return { id: request.id, ok: false, io: (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e)) };
  }
}

process.on('message', (request: ParseRequest) => {
  void handle(request).then((reply) => process.send?.(reply));
});
