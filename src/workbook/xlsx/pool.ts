/**
 * A small pool of long-lived parser processes (one per core): each member file is parsed in an
 * isolated child with a heap cap and a time limit, and a child that dies or overruns is killed,
 * replaced, and its file reported — so one hostile file never takes the run down with it.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type WorkbookGrid } from '../grid';
import { type GuardProblem } from '../guard/inspect';
import { READ_TIMEOUT_MS } from '../guard/limits';
import { type ParseReply, type ParseRequest } from './parse-child';

export type PoolResult =
  | { ok: true; grid: WorkbookGrid }
  | { ok: false; problem: GuardProblem }
  | { ok: false; io: string }
  | { ok: false; crashed: 'memory' | 'timeout' };

export interface PoolOptions {
  size?: number;
  heapMb?: number;
  timeoutMs?: number;
}

/** The compiled child script: next to this file when running from lib/, else from the build. */
function childScript(): string {
  const here = path.join(__dirname, 'parse-child.js');
  if (existsSync(here)) return here;
  const built = path.resolve(__dirname, '..', '..', '..', 'lib', 'workbook', 'xlsx', 'parse-child.js');
  if (existsSync(built)) return built;
  throw new Error('parse-child.js not found: run `npm run build` first');
}

interface Job {
  file: string;
  resolve: (r: PoolResult) => void;
}

interface Worker {
  child: ChildProcess;
  job?: Job & { id: number; timer: NodeJS.Timeout };
}

export class ParserPool {
  private readonly workers: Worker[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  private readonly size: number;
  private readonly heapMb: number;
  private readonly timeoutMs: number;
  private readonly script = childScript();

  constructor(options: PoolOptions = {}) {
    this.size = Math.max(1, options.size ?? Math.min(os.availableParallelism?.() ?? os.cpus().length, 4));
    // Below 2 GB V8 switches to a frugal heap configuration that doubles exceljs's parse time (measured:
    // 21 ms a member file at 1.5 GB, 9 ms at 2 GB). The guard has already bounded every file, so the cap
    // is the second line of defence: 2 GB per process, one process per core.
    this.heapMb = options.heapMb ?? 2048;
    this.timeoutMs = options.timeoutMs ?? READ_TIMEOUT_MS;
  }

  parse(file: string): Promise<PoolResult> {
    if (this.closed) return Promise.reject(new Error('pool closed'));
    return new Promise((resolve) => {
      this.queue.push({ file, resolve });
      this.pump();
    });
  }

  /**
   * Starts the parser processes now, before any file is asked for: a process takes about a quarter
   * of a second to start and load the reader, which the caller can spend loading its own modules.
   */
  warm(): void {
    if (this.closed) return;
    while (this.workers.length < this.size) this.spawn();
  }

  close(): void {
    this.closed = true;
    for (const w of this.workers) w.child.kill('SIGKILL');
    this.workers.length = 0;
  }

  private spawn(): Worker {
    const child = fork(this.script, [], {
      execArgv: [`--max-old-space-size=${this.heapMb}`],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'advanced',
    });
    child.stderr?.resume(); // an OOM report goes nowhere; the exit tells us
    const worker: Worker = { child };
    child.on('message', (reply: ParseReply) => this.finish(worker, reply));
    child.on('exit', () => this.died(worker));
    child.unref();
    (child as unknown as { channel?: { unref(): void } }).channel?.unref();
    this.workers.push(worker);
    return worker;
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let worker = this.workers.find((w) => !w.job);
      if (!worker) {
        if (this.workers.length >= this.size) return;
        worker = this.spawn();
      }
      const job = this.queue.shift() as Job;
      const id = this.nextId++;
      const timer = setTimeout(() => this.overrun(worker as Worker), this.timeoutMs);
      worker.job = { ...job, id, timer };
      const request: ParseRequest = { id, file: job.file };
      worker.child.send(request);
    }
  }

  private finish(worker: Worker, reply: ParseReply): void {
    const job = worker.job;
    if (!job || job.id !== reply.id) return;
    clearTimeout(job.timer);
    worker.job = undefined;
    if (reply.ok) job.resolve({ ok: true, grid: reply.grid });
    else if ('problem' in reply) job.resolve({ ok: false, problem: reply.problem });
    else job.resolve({ ok: false, io: reply.io });
    this.pump();
  }

  private overrun(worker: Worker): void {
    const job = worker.job;
    worker.job = undefined;
    this.remove(worker);
    worker.child.kill('SIGKILL');
    job?.resolve({ ok: false, crashed: 'timeout' });
    this.pump();
  }

  private died(worker: Worker): void {
    const job = worker.job;
    worker.job = undefined;
    this.remove(worker);
    if (job) {
      clearTimeout(job.timer);
      job.resolve({ ok: false, crashed: 'memory' });
    }
    if (!this.closed) this.pump();
  }

  private remove(worker: Worker): void {
    const i = this.workers.indexOf(worker);
    if (i >= 0) this.workers.splice(i, 1);
  }
}
