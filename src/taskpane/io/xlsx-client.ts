/**
 * The page's door to the .xlsx work. Each file is read in a fresh Web Worker (so its memory is given
 * back when it ends) under the command's per-file time limit and the guard's budgets scaled to the
 * device (read-plan.ts); one or two files at a time. A worker that overruns is ended and its file
 * named; a worker that dies is reported for its file; a read can be cancelled. The same code runs in
 * Excel's pane, whose runtime the KTD5.* functions share. Where no Worker can start, the same work
 * runs in a chunk loaded on demand (no time limit can stop it there).
 */
import { type FileOutcome } from '../../workbook/khoi/score-files';
import { type WorkbookSpec } from '../../workbook/spec';
import { createXlsxWorker } from './xlsx-worker-factory';
import { deviceReadPlan, type ReadPlan } from './read-plan';
import { readTestHooks } from './test-hooks';
import { type LoadOutcome, type WorkerReady, type WorkRequest, type WorkResponse } from './xlsx-work';

type Picked = Blob & { name: string };
type ReadOutcome = LoadOutcome | { ok: false; crashed: 'memory' | 'timeout' } | { ok: false; cancelled: true };

/** Set once a worker could not even start (no script, blocked): the work then runs in this thread. */
let workersUnavailable = typeof Worker === 'undefined';
let nextId = 1;

function inThread(request: WorkRequest): Promise<WorkResponse> {
  return import(/* webpackChunkName: "xlsx" */ './xlsx-work').then((work) => work.handle(request));
}

/** A worker's death: the browser's "out of memory" errors, or whatever else it said. */
function died(message: string): ReadOutcome {
  return /memory|allocation failed/i.test(message) ? { ok: false, crashed: 'memory' } : { ok: false, io: message.slice(0, 200) || 'worker stopped' };
}

interface Run<T> {
  done: Promise<T | undefined>;
  /** Ends the worker now; `done` then gives undefined. */
  stop(): void;
}

/**
 * One request in a fresh worker, ended when it answers, fails, overruns `timeoutMs` (counted from
 * the worker's start), or is stopped. `undefined` from `done`: the worker could not start at all.
 */
function inWorker(request: WorkRequest, transfer: Transferable[], timeoutMs?: number): Run<WorkResponse | ReadOutcome> {
  let settle: (r: WorkResponse | ReadOutcome | undefined) => void = () => undefined;
  const done = new Promise<WorkResponse | ReadOutcome | undefined>((resolve) => (settle = resolve));
  let worker: Worker;
  try {
    worker = createXlsxWorker();
  } catch {
    workersUnavailable = true;
    return { done: Promise.resolve(undefined), stop: () => undefined };
  }
  let started = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const finish = (r: WorkResponse | ReadOutcome | undefined) => {
    clearTimeout(timer);
    worker.onmessage = worker.onerror = worker.onmessageerror = null;
    worker.terminate();
    settle(r);
  };
  worker.onmessage = (event: MessageEvent<WorkResponse | WorkerReady>) => {
    if (event.data.kind !== 'ready') return finish(event.data);
    started = true;
    if (timeoutMs !== undefined)
      timer = setTimeout(() => finish({ ok: false, crashed: 'timeout' }), timeoutMs);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    if (!started) workersUnavailable = true;
    finish(started ? died(event.message || 'worker error') : undefined);
  };
  worker.onmessageerror = () => finish({ ok: false, io: 'worker message unreadable' });
  worker.postMessage(request, transfer);
  return { done, stop: () => finish({ ok: false, cancelled: true }) };
}

/** Reads one file's bytes into a grid, or says why not, as `ktd5` would. */
function readOne(file: Picked, plan: ReadPlan, signal?: AbortSignal): Promise<ReadOutcome> {
  const limit = plan.limits.maxFileBytes;
  if (file.size > limit) return Promise.resolve({ ok: false, problem: { code: 'tooLarge', detail: { bytes: file.size, limit } } });
  if (signal?.aborted) return Promise.resolve({ ok: false, cancelled: true });
  return file.arrayBuffer().then(
    async (bytes) => {
      if (signal?.aborted) return { ok: false, cancelled: true };
      const hooks = readTestHooks();
      const crash = hooks.crashFiles?.includes(file.name) ?? false;
      const stall = hooks.stallFiles?.includes(file.name) ?? false;
      const request: WorkRequest = { id: nextId++, kind: 'load', bytes, limits: plan.limits, ...(crash ? { crash } : {}), ...(stall ? { stall } : {}) };
      const timeoutMs = Math.min(plan.timeoutMs, hooks.readTimeoutMs ?? Infinity);
      if (!workersUnavailable) {
        const run = inWorker(request, [bytes], timeoutMs);
        const stop = () => run.stop();
        signal?.addEventListener('abort', stop, { once: true });
        const r = await run.done;
        signal?.removeEventListener('abort', stop);
        if (r !== undefined) return 'kind' in r ? (r.kind === 'load' ? r.outcome : { ok: false, io: r.kind === 'failed' ? r.message : 'unexpected answer' }) : r;
        if (bytes.byteLength === 0) return { ok: false, io: 'worker could not start' }; // the bytes went to the worker
      }
      const r = await inThread(request);
      return r.kind === 'load' ? r.outcome : { ok: false, io: 'unexpected answer' };
    },
    (e: unknown) => ({ ok: false, io: e instanceof Error ? e.message : String(e) }),
  );
}

export interface ReadOptions {
  /** Called as files finish: how many were read (a cancelled one is not), of how many. */
  onProgress?: (done: number, total: number) => void;
  /** Cancels the run: workers reading are ended, files not yet read are left. */
  signal?: AbortSignal;
  /** For tests; the device's plan otherwise. */
  plan?: ReadPlan;
}

export interface ReadRun {
  /** One per file read (in the order given), whatever became of it. */
  outcomes: FileOutcome[];
  /** Files not read because the run was cancelled. */
  notRead: string[];
}

/** Reads many files, one or two at a time (as the device allows), each in its own worker. */
export async function readFiles(files: Picked[], options: ReadOptions = {}): Promise<ReadRun> {
  const plan = options.plan ?? deviceReadPlan();
  const results: (ReadOutcome | undefined)[] = new Array<ReadOutcome | undefined>(files.length);
  let next = 0;
  let done = 0;
  options.onProgress?.(0, files.length);
  const lane = async () => {
    while (next < files.length && !options.signal?.aborted) {
      const i = next++;
      const r = await readOne(files[i] as Picked, plan, options.signal);
      results[i] = r;
      if ('cancelled' in r) continue; // not read: the progress says what was
      done++;
      options.onProgress?.(done, files.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(plan.concurrency, files.length) }, lane));
  const outcomes: FileOutcome[] = [];
  const notRead: string[] = [];
  files.forEach((f, i) => {
    const r = results[i];
    if (r === undefined || 'cancelled' in r) notRead.push(f.name);
    else outcomes.push({ file: f.name, ...r } as FileOutcome);
  });
  return { outcomes, notRead };
}

/** Reads files as `readFiles` does, giving what became of each. */
export async function loadFiles(files: Picked[], onProgress?: (done: number, total: number) => void): Promise<FileOutcome[]> {
  return (await readFiles(files, onProgress ? { onProgress } : {})).outcomes;
}

/** Renders a workbook spec into .xlsx bytes (our own spec: no time limit). */
export async function renderSpec(spec: WorkbookSpec): Promise<Uint8Array> {
  const request: WorkRequest = { id: nextId++, kind: 'render', spec };
  const r = workersUnavailable ? undefined : await inWorker(request, []).done;
  const response = r ?? (await inThread(request));
  if ('kind' in response && response.kind === 'render') return response.bytes;
  throw new Error('kind' in response && response.kind === 'failed' ? response.message : 'io' in response ? response.io : 'unexpected answer');
}
