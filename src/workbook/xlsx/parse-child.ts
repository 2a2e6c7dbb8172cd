/**
 * A parser process: reads member workbooks one at a time on request from the pool, with our own
 * reader (load-own.ts; exceljs is not loaded here). It runs with a capped heap; if a file still
 * exhausts it, only this process dies and the pool reports the file.
 */
import { inflateRawSync } from 'node:zlib';
import { internalReason } from '../guard/inspect';
import { DEFAULT_LIMITS } from '../guard/limits';
import { loadGridOwn } from './load-own';
import { readRegularFile } from './read-file';

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

function handle(request: ParseRequest): ParseReply {
  try {
    // A regular file only, read with a bound: a Buffer is outside the heap cap, so /dev/zero or a fed
    // FIFO would otherwise grow this process without limit.
    const read = readRegularFile(request.file, DEFAULT_LIMITS.maxFileBytes);
    if (!read.ok) {
      return 'tooLarge' in read ? { id: request.id, ok: false, problem: { code: 'tooLarge', detail: read.tooLarge } } : { id: request.id, ok: false, io: read.code };
    }
    const result = loadGridOwn(read.bytes, DEFAULT_LIMITS, nativeInflate);
    return result.ok ? { id: request.id, ok: true, grid: result.grid } : { id: request.id, ok: false, problem: result.problem };
  } catch (e) {
    // loadGridOwn reports its own failures; anything left is a damaged file, said in words.
    return { id: request.id, ok: false, problem: { code: 'damaged', detail: { reason: internalReason(e) } } };
  }
}

// Answered at once, in order: the pool may have the next file waiting in the channel already.
process.on('message', (request: ParseRequest) => {
  process.send?.(handle(request));
});
