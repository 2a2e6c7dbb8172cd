/**
 * The per-lead split of a target set: each indicator goes to every unit its "lead" text names
 * (co-leads each get it, marked as such), names are matched through the set's unit table (aliases,
 * collective groups), and indicators with no lead go to the unit the table names for them. Pure and
 * generic: any target set whose indicators carry `lead`.
 */
import { fold, printableName, unitIdentity } from '../../../engine';
import { type UnitTable } from '../../../rubrics/units';
import { type TrackedIndicator, type TrackingTable } from '../model';

export type LeadRole = 'lead' | 'co-lead' | 'unassigned';

export interface LeadUnit {
  name: string;
  collective: boolean;
  /** Named in the unit table (or no table was given). */
  known: boolean;
}

export interface Assignment {
  group: { id: string; row: string; title: string };
  indicator: TrackedIndicator;
  role: LeadRole;
  /** The other units named in the same lead text. */
  coLeads: string[];
}

export interface LeadBook extends LeadUnit {
  assignments: Assignment[];
}

export interface LeadSplit {
  books: LeadBook[];
  /** Lead names the unit table does not know (each became a workbook of its own). */
  unknown: string[];
}

/** The name of the workbook for indicators without a lead when the unit table names no one. */
export const UNASSIGNED_BOOK = 'Chưa phân công';

interface Index {
  byKey: Map<string, LeadUnit>;
}

function indexOf(units: UnitTable | undefined): Index {
  const byKey = new Map<string, LeadUnit>();
  for (const u of units?.units ?? []) {
    const unit = { name: u.name, collective: u.collective, known: true };
    for (const n of [u.name, ...u.aliases]) byKey.set(unitIdentity(n), unit);
  }
  return { byKey };
}

/** One unit as the table names it: its canonical name when known, else the name as written. */
export function resolveUnit(name: string, units: UnitTable | undefined): LeadUnit {
  const hit = indexOf(units).byKey.get(unitIdentity(name));
  return hit ?? { name: printableName(name), collective: false, known: !units };
}

// Separators between units in a lead text; "và" also joins words inside one name ("Thông tin và Truyền thông").
const SEPARATORS = /(\s*[;,]\s*|\s+và\s+)/u;

/**
 * The units one lead text names. The longest run of pieces that is a known name wins; pieces the
 * table does not know are kept together up to the next ";" (a name with commas stays one name).
 */
export function splitLead(text: string, units: UnitTable | undefined): LeadUnit[] {
  const { byKey } = indexOf(units);
  const parts = printableName(text).split(SEPARATORS);
  const tokens = parts.filter((_, i) => i % 2 === 0);
  const seps = parts.filter((_, i) => i % 2 === 1);
  const out: LeadUnit[] = [];
  let pending = '';
  const flush = () => {
    const name = pending.trim();
    if (name) out.push(byKey.get(unitIdentity(name)) ?? { name, collective: false, known: !units });
    pending = '';
  };
  for (let i = 0; i < tokens.length; ) {
    let found: LeadUnit | undefined;
    let end = i;
    for (let j = tokens.length - 1; j >= i && !found; j--) {
      let joined = tokens[i] as string;
      for (let k = i + 1; k <= j; k++) joined += `${seps[k - 1]}${tokens[k]}`;
      const hit = byKey.get(unitIdentity(joined));
      if (hit) {
        found = hit;
        end = j;
      }
    }
    if (found) {
      flush();
      out.push(found);
      i = end + 1;
      continue;
    }
    pending = pending ? `${pending}${seps[i - 1] ?? ''}${tokens[i]}` : (tokens[i] as string);
    if ((seps[i] ?? ';').trim() === ';') flush();
    i++;
  }
  flush();
  const seen = new Set<string>();
  return out.filter((u) => u.name && !seen.has(unitIdentity(u.name)) && seen.add(unitIdentity(u.name)));
}

/** Every lead unit's indicators, books sorted by name. */
export function splitByLead(table: TrackingTable, units: UnitTable | undefined): LeadSplit {
  const books = new Map<string, LeadBook>();
  const unknown = new Set<string>();
  const bookOf = (u: LeadUnit): LeadBook => {
    const key = unitIdentity(u.name);
    let b = books.get(key);
    if (!b) {
      b = { ...u, assignments: [] };
      books.set(key, b);
    }
    return b;
  };
  const fallback = units?.unassignedTo ? resolveUnit(units.unassignedTo, units) : { name: UNASSIGNED_BOOK, collective: false, known: true };
  for (const g of table.groups) {
    const group = { id: g.id, row: g.row, title: g.title };
    for (const indicator of g.indicators) {
      const leads = indicator.lead ? splitLead(indicator.lead, units) : [];
      if (leads.length === 0) {
        bookOf(fallback).assignments.push({ group, indicator, role: 'unassigned', coLeads: [] });
        continue;
      }
      for (const u of leads) {
        if (!u.known) unknown.add(u.name);
        const coLeads = leads.filter((x) => x !== u).map((x) => x.name);
        bookOf(u).assignments.push({ group, indicator, role: coLeads.length > 0 ? 'co-lead' : 'lead', coLeads });
      }
    }
  }
  return { books: [...books.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi')), unknown: [...unknown] };
}

/** A readable ASCII file name stem ("Sở Kế hoạch và Đầu tư" → "so-ke-hoach-va-dau-tu"). */
export function slug(name: string): string {
  const s = fold(name)
    .replace(/&/g, ' va ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return s || 'don-vi';
}
