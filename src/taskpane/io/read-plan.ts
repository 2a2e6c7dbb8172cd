/**
 * How the page reads member files on this device: how many at once, and the guard's budgets scaled
 * to what the device can hold. The command gives each file its own process with a 2 GB heap; on the
 * page every worker shares the renderer process (and, in Excel, the runtime of the KTD5.* functions),
 * and a worker whose JavaScript heap runs out takes that whole process down with it (measured in
 * Chromium: "Target crashed", the page and its results gone). So the page must refuse, before
 * parsing, any file that could get that far: the budgets that decide exceljs's memory (inflated
 * bytes, cells, merged and named cells, each held as objects) are scaled to the device.
 */
import { DEFAULT_LIMITS, READ_TIMEOUT_MS, SHEET_COLUMNS, SHEET_ROWS, type WorkbookLimits } from '../../workbook/guard/limits';

export interface Device {
  /** `navigator.deviceMemory` (GB, rounded down by the browser); absent outside Chromium. */
  memoryGb?: number;
  /** `navigator.hardwareConcurrency`. */
  cores?: number;
}

export interface ReadPlan {
  /** Files read at the same time (each in its own worker). */
  concurrency: number;
  limits: Readonly<WorkbookLimits>;
  /** The command's per-file time limit. */
  timeoutMs: number;
  /** The share of the command's budgets this device gets (1 = the command's). */
  scale: number;
}

/** Where the browser does not say (Firefox, Safari), assume a small office PC. */
export const DEFAULT_DEVICE_MEMORY_GB = 4;
/** Renderer memory one file at the command's limits took on the page (issue 19: 2.9 GB, measured). */
const COST_AT_COMMAND_LIMITS = 3 * 1024 ** 3;
/** Never below this share: a member's data sheet is a few thousand cells, far under 1/8 of the budgets. */
const MIN_SCALE = 1 / 8;

/**
 * V8 sizes a heap from the physical memory, about a quarter of it and at most 4 GB (pointer
 * compression); half of that is left to the page, its results, the functions and the collector.
 */
function heapBudgetBytes(memoryGb: number): number {
  return (Math.min(memoryGb / 4, 4) * 1024 ** 3) / 2;
}

export function readPlan(device: Device = {}): ReadPlan {
  const memoryGb = device.memoryGb && device.memoryGb > 0 ? device.memoryGb : DEFAULT_DEVICE_MEMORY_GB;
  const concurrency = memoryGb >= 8 && (device.cores ?? 1) >= 4 ? 2 : 1;
  const scale = Math.max(MIN_SCALE, Math.min(1, heapBudgetBytes(memoryGb) / concurrency / COST_AT_COMMAND_LIMITS));
  const scaled = (n: number) => Math.floor(n * scale);
  const limits: WorkbookLimits = {
    ...DEFAULT_LIMITS,
    maxEntryBytes: scaled(DEFAULT_LIMITS.maxEntryBytes),
    maxTotalBytes: scaled(DEFAULT_LIMITS.maxTotalBytes),
    maxCells: scaled(DEFAULT_LIMITS.maxCells),
    maxMergeArea: scaled(DEFAULT_LIMITS.maxMergeArea),
    // A whole-column name (a lookup list, say) and print titles of up to ten rows stay readable everywhere.
    maxDefinedNameArea: Math.max(SHEET_ROWS + 10 * SHEET_COLUMNS, scaled(DEFAULT_LIMITS.maxDefinedNameArea)),
    // Validations are counted but never parsed (slim.ts leaves them out), so they cost no memory here.
  };
  return { concurrency, limits: Object.freeze(limits), timeoutMs: READ_TIMEOUT_MS, scale };
}

/** The plan for the device the page runs on. */
export function deviceReadPlan(): ReadPlan {
  const nav = (typeof navigator === 'undefined' ? {} : navigator) as { deviceMemory?: number; hardwareConcurrency?: number };
  return readPlan({ ...(nav.deviceMemory ? { memoryGb: nav.deviceMemory } : {}), ...(nav.hardwareConcurrency ? { cores: nav.hardwareConcurrency } : {}) });
}
