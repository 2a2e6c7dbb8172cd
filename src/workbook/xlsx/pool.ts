/**
 * A small pool of long-lived parser processes (one per two cores): each member file is parsed in an
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
  /** Retried alone after its child died with other files in flight: whichever of them caused it is then known. */
  solo?: boolean;
}

interface Worker {
  child: ChildProcess;
  /** Sent and not yet answered, in the order the child works on them; the first one's time is running. */
  jobs: (Job & { id: number })[];
  timer?: NodeJS.Timeout;
}

/**
 * Files in flight per child: the next ones wait in the child's channel, so the child goes on as soon
 * as it answers, without waiting for this process to be scheduled (on a busy machine that wait was
 * a large part of each file) or to finish what it is doing (loading its modules and the writer's,
 * a few tenths of a second in which it answers nothing, or writing progress).
 */
const DEPTH = 8;

/**
 * One parser process per two cores, at most four. A Node process parsing keeps about one and a half
 * cores busy (V8 compiles and collects garbage on threads of its own), and each process pays its own
 * start and JIT warm-up: measured on 2 cores, 200 member files, one process 2.2–2.4 s end to end
 * against 3.0 s for two and 3.3 s for three.
 */
function defaultPoolSize(): number {
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  return Math.min(4, Math.max(1, Math.floor(cores / 2)));
}

export class ParserPool {
  private readonly workers: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly early = new Map<string, Promise<PoolResult>>();
  private nextId = 1;
  private closed = false;
  private readonly size: number;
  private readonly heapMb: number;
  private readonly timeoutMs: number;
  private readonly script = childScript();

  constructor(options: PoolOptions = {}) {
    this.size = Math.max(1, options.size ?? defaultPoolSize());
    // Below 2 GB V8 switches to a frugal heap configuration that doubles exceljs's parse time (measured:
    // 21 ms a member file at 1.5 GB, 9 ms at 2 GB). The guard has already bounded every file, so the cap
    // is the second line of defence: 2 GB per process, one process per two cores.
    this.heapMb = options.heapMb ?? 2048;
    this.timeoutMs = options.timeoutMs ?? READ_TIMEOUT_MS;
  }

  parse(file: string): Promise<PoolResult> {
    if (this.closed) return Promise.reject(new Error('pool closed'));
    const early = this.early.get(file);
    if (early) {
      this.early.delete(file);
      return early;
    }
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

  /**
   * Starts parsing files the caller will most likely ask for (the command's inputs, found before its
   * modules are loaded); the next parse() of each gets this result. Files never asked for cost only
   * their parse.
   */
  prefetch(files: readonly string[]): void {
    for (const file of files) if (!this.early.has(file)) this.early.set(file, this.parse(file));
  }

  close(): void {
    this.closed = true;
    for (const w of this.workers) {
      clearTimeout(w.timer);
      w.child.kill('SIGKILL');
    }
    this.workers.length = 0;
  }

  private spawn(): Worker {
    const child = fork(this.script, [], {
      execArgv: [`--max-old-space-size=${this.heapMb}`],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'advanced',
    });
    child.stderr?.resume(); // an OOM report goes nowhere; the exit tells us
    const worker: Worker = { child, jobs: [] };
    child.on('message', (reply: ParseReply) => this.finish(worker, reply));
    child.on('exit', () => this.lost(worker, 'memory'));
    child.unref();
    (child as unknown as { channel?: { unref(): void } }).channel?.unref();
    this.workers.push(worker);
    return worker;
  }

  /** A child for the next job: an idle one (started if there is room), else one with room in its channel. */
  private workerFor(job: Job): Worker | undefined {
    let idle = this.workers.find((w) => w.jobs.length === 0);
    if (!idle && this.workers.length < this.size) idle = this.spawn();
    if (idle || job.solo) return idle;
    const open = this.workers.filter((w) => w.jobs.length < DEPTH && !w.jobs.some((j) => j.solo));
    return open.sort((a, b) => a.jobs.length - b.jobs.length)[0];
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.closed) {
      const worker = this.workerFor(this.queue[0] as Job);
      if (!worker) return;
      const job = this.queue.shift() as Job;
      const id = this.nextId++;
      worker.jobs.push({ ...job, id });
      if (worker.jobs.length === 1) this.startClock(worker);
      const request: ParseRequest = { id, file: job.file };
      worker.child.send(request);
    }
  }

  /** The time limit of the file the child is now working on (the first in its channel). */
  private startClock(worker: Worker): void {
    worker.timer = setTimeout(() => {
      this.lost(worker, 'timeout');
      worker.child.kill('SIGKILL');
    }, this.timeoutMs);
  }

  private finish(worker: Worker, reply: ParseReply): void {
    const job = worker.jobs[0];
    if (!job || job.id !== reply.id) return;
    clearTimeout(worker.timer);
    worker.jobs.shift();
    if (worker.jobs.length > 0) this.startClock(worker);
    if (reply.ok) job.resolve({ ok: true, grid: reply.grid });
    else if ('problem' in reply) job.resolve({ ok: false, problem: reply.problem });
    else job.resolve({ ok: false, io: reply.io });
    this.pump();
  }

  /**
   * A child that died or overran. With one file in flight, that file is the cause and is reported;
   * with more, the answer of one that was done may not have left the child before it died, so each
   * of them is parsed again alone in a fresh child, which tells the cause apart.
   */
  private lost(worker: Worker, crashed: 'memory' | 'timeout'): void {
    clearTimeout(worker.timer);
    const i = this.workers.indexOf(worker);
    if (i >= 0) this.workers.splice(i, 1);
    const jobs = worker.jobs;
    worker.jobs = [];
    const [first] = jobs;
    if (jobs.length === 1 && first) first.resolve({ ok: false, crashed });
    else this.queue.unshift(...jobs.map((j) => ({ file: j.file, resolve: j.resolve, solo: true })));
    if (!this.closed) this.pump();
  }
}
