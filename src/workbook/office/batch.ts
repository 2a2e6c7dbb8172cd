/**
 * Syncs under Excel on the web's 5 MB request limit: the writer counts what it queues (the JSON
 * Office.js sends, in UTF-8 bytes, plus a fixed cost per action and object path) and syncs before a
 * batch would pass the budget. The budget leaves room for what the estimate does not see.
 */
import { type XlContext } from './excel-api';

/** Aim per sync; the strict fake refuses 5 MB and the bench's goal is ≤ 4 MB. */
export const SYNC_BUDGET_BYTES = 2_500_000;
/** One action with its object path, as Office.js serialises them (JSON, ids, names). */
export const ACTION_BYTES = 220;

const encoder = new TextEncoder();

/** The UTF-8 size of a value's JSON, as it travels in the request. */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? '';
  // ASCII-only text (most formulas) needs no encoding pass.
  let ascii = true;
  for (let i = 0; i < json.length && ascii; i++) ascii = json.charCodeAt(i) < 0x80;
  return ascii ? json.length : encoder.encode(json).length;
}

export class Batch {
  private pending = 0;
  constructor(
    private readonly context: XlContext,
    /** Called after every sync this batch makes (e.g. to suspend calculation again). */
    private readonly afterSync: () => void = () => undefined,
    readonly budget = SYNC_BUDGET_BYTES,
  ) {}

  /** Counts an operation about to be queued; syncs first when it would take the batch over budget. */
  async reserve(bytes: number = ACTION_BYTES): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.budget) await this.flush();
    this.pending += bytes;
  }

  async flush(): Promise<void> {
    if (this.pending === 0) return;
    await this.context.sync();
    this.pending = 0;
    this.afterSync();
  }
}
