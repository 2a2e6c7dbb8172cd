/**
 * Hooks for the page's end-to-end tests, read from `globalThis.__ktd5TestHooks`, which nothing in
 * the page or the add-in ever sets: a test sets it before the page starts (Playwright's
 * addInitScript). No query flag, no stored setting, so no link or file can turn a hook on. Anyone who
 * sets it by hand in the browser's console can only hurt their own read, and the page reports that
 * as it reports any file: the time limit can only be shortened, never lengthened or removed, and a
 * crash is forced only in the worker of the named file (it allocates memory without bound until
 * the browser refuses), which is then reported for that file like any worker that dies; a stalled
 * file's worker never answers, so its read runs until the time limit or a cancel ends it.
 */
export interface ReadTestHooks {
  /** A shorter per-file time limit, so a test need not wait the command's 30 s. */
  readTimeoutMs?: number;
  /** Names of files whose worker is made to die by allocating without bound. */
  crashFiles?: string[];
  /** Names of files whose worker never answers (a read that is still running, deterministically). */
  stallFiles?: string[];
}

export function readTestHooks(): ReadTestHooks {
  const hooks = (globalThis as { __ktd5TestHooks?: unknown }).__ktd5TestHooks;
  if (!hooks || typeof hooks !== 'object') return {};
  const { readTimeoutMs, crashFiles, stallFiles } = hooks as Record<string, unknown>;
  const names = (v: unknown) => (Array.isArray(v) ? v.filter((f): f is string => typeof f === 'string') : undefined);
  return {
    ...(typeof readTimeoutMs === 'number' && readTimeoutMs > 0 ? { readTimeoutMs } : {}),
    ...(names(crashFiles) ? { crashFiles: names(crashFiles) } : {}),
    ...(names(stallFiles) ? { stallFiles: names(stallFiles) } : {}),
  };
}
