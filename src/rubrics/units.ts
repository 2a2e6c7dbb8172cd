/**
 * The unit tables kept beside the documents (src/rubrics/data/<set>.units.json): the names a target
 * set's "lead" texts use for one unit (abbreviations, variants), which names are collective groups,
 * and who follows indicators the document assigns to no one. Data, not code: a new plan's table is a
 * file like dti-province-2022.units.json, checked here when first used.
 */
import dtiUnits from './data/dti-province-2022.units.json';

export interface UnitEntry {
  /** The name the unit's workbook carries. */
  name: string;
  aliases: string[];
  /** A group of units ("Các sở, ban, ngành Tỉnh"): one workbook named for the group. */
  collective: boolean;
}

export interface UnitTable {
  set: string;
  source: string;
  /** The unit the reports are sent to (the consolidating unit). */
  reportTo?: string;
  /** The unit that receives indicators without a lead; none: a workbook of their own. */
  unassignedTo?: string;
  units: UnitEntry[];
}

const RAW: readonly unknown[] = [dtiUnits];

const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string' && s.trim() !== '');

/** Checks a unit table's shape; a built-in one that fails is a bug (it throws). */
export function parseUnitTable(raw: unknown, origin: string): UnitTable {
  const fail = (what: string): never => {
    throw new Error(`${origin}: unit table ${what}`);
  };
  if (!raw || typeof raw !== 'object') return fail('is not an object');
  const r = raw as Record<string, unknown>;
  if (typeof r.set !== 'string' || !r.set) fail('has no "set"');
  for (const k of ['unassignedTo', 'reportTo']) if (r[k] !== undefined && typeof r[k] !== 'string') fail(`"${k}" is not text`);
  if (!Array.isArray(r.units)) return fail('has no "units"');
  const units = r.units.map((u, i): UnitEntry => {
    const e = (u ?? {}) as Record<string, unknown>;
    if (typeof e.name !== 'string' || !e.name.trim()) fail(`unit #${i + 1} has no name`);
    if (e.aliases !== undefined && !isStrings(e.aliases)) fail(`unit "${String(e.name)}" has bad aliases`);
    return { name: e.name as string, aliases: (e.aliases as string[] | undefined) ?? [], collective: e.collective === true };
  });
  return { set: r.set as string, source: typeof r.source === 'string' ? r.source : '', ...(r.reportTo ? { reportTo: r.reportTo as string } : {}), ...(r.unassignedTo ? { unassignedTo: r.unassignedTo as string } : {}), units };
}

let cache: UnitTable[] | undefined;

/** The unit table of a built-in target set, if it has one. */
export function unitTableOf(setId: string): UnitTable | undefined {
  cache ??= RAW.map((raw, i) => parseUnitTable(raw, `built-in unit table #${i + 1}`));
  return cache.find((t) => t.set === setId);
}
