/**
 * The page's door to the .xlsx work: one Web Worker, started on the first file action (so exceljs
 * is not part of what the page loads at start), or the same code in a chunk loaded on demand where
 * no Worker can start. Files are checked against the guard's size limit before they are even read.
 */
import { DEFAULT_LIMITS } from '../../workbook/guard/limits';
import { type FileOutcome } from '../../workbook/khoi/score-files';
import { type WorkbookSpec } from '../../workbook/spec';
import { createXlsxWorker } from './xlsx-worker-factory';
import { type LoadOutcome, type WorkRequest, type WorkResponse } from './xlsx-work';

type Pending = (response: WorkResponse) => void;

interface Channel {
  send(request: WorkRequest, transfer: Transferable[]): void;
}

let channel: Promise<Channel> | undefined;
const pending = new Map<number, Pending>();
let nextId = 1;

function receive(response: WorkResponse): void {
  const done = pending.get(response.id);
  pending.delete(response.id);
  done?.(response);
}

function inThread(): Promise<Channel> {
  return import(/* webpackChunkName: "xlsx" */ './xlsx-work').then((work) => ({
    send: (request) => void work.handle(request).then(receive),
  }));
}

function startChannel(): Promise<Channel> {
  if (typeof Worker === 'undefined') return inThread();
  try {
    const worker = createXlsxWorker();
    worker.onmessage = (event: MessageEvent<WorkResponse>) => receive(event.data);
    worker.onerror = (event) => {
      // The worker could not run: every waiting request fails, and later ones run in this thread.
      event.preventDefault();
      channel = inThread();
      for (const [id, done] of [...pending]) done({ id, kind: 'failed', message: event.message || 'worker error' });
      pending.clear();
      worker.terminate();
    };
    return Promise.resolve({ send: (request, transfer) => worker.postMessage(request, transfer) });
  } catch {
    return inThread();
  }
}

async function call(request: WorkRequest, transfer: Transferable[] = []): Promise<WorkResponse> {
  channel ??= startChannel();
  const c = await channel;
  return new Promise((resolve) => {
    pending.set(request.id, resolve);
    c.send(request, transfer);
  });
}

/** Reads one picked file into a grid, or says why it cannot be read (as `ktd5` would). */
export async function loadFile(file: Blob & { name: string }): Promise<FileOutcome> {
  if (file.size > DEFAULT_LIMITS.maxFileBytes) return { file: file.name, ok: false, problem: { code: 'tooLarge', detail: { bytes: file.size, limit: DEFAULT_LIMITS.maxFileBytes } } };
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch (e) {
    return { file: file.name, ok: false, io: e instanceof Error ? e.message : String(e) };
  }
  const response = await call({ id: nextId++, kind: 'load', bytes }, [bytes]);
  const outcome: LoadOutcome = response.kind === 'load' ? response.outcome : { ok: false, io: response.kind === 'failed' ? response.message : 'unexpected answer' };
  return { file: file.name, ...outcome } as FileOutcome;
}

/** Reads many files one after another, reporting each one done. */
export async function loadFiles(files: (Blob & { name: string })[], onProgress?: (done: number, total: number) => void): Promise<FileOutcome[]> {
  const out: FileOutcome[] = [];
  onProgress?.(0, files.length);
  for (const f of files) {
    out.push(await loadFile(f));
    onProgress?.(out.length, files.length);
  }
  return out;
}

/** Renders a workbook spec into .xlsx bytes. */
export async function renderSpec(spec: WorkbookSpec): Promise<Uint8Array> {
  const response = await call({ id: nextId++, kind: 'render', spec });
  if (response.kind === 'render') return response.bytes;
  throw new Error(response.kind === 'failed' ? response.message : 'unexpected answer');
}
