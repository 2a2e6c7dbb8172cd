/**
 * Whether the award proposal can still change: it is certain only when one unit is proposed, its
 * total is complete, no other ranked unit's `maxPossible` reaches that total, and every file was
 * counted (a file held back could be the unit that wins). Otherwise the note names, in words, what
 * could change it.
 */
import { formatNumber, nearlyEqual, type Lang, type Proposal, type Ranked } from '../../engine';
import { type WorkbookTexts } from '../messages';
import { type UnitStatus } from './unit-status';

interface Unit {
  unit: { unit: string };
  score: { total: number };
  status: UnitStatus;
}

export function proposalCertainty<T extends Unit>(ranked: Ranked<T>[], proposal: Proposal<T>, notCounted: { file: string }[], t: WorkbookTexts, lang: Lang = 'vi'): { certain: boolean; note: string } {
  if (proposal.kind === 'none') return { certain: false, note: '' };
  const top = proposal.kind === 'unit' ? [proposal.item] : proposal.items;
  const bar = (top[0] as T).score.total;
  const reasons: string[] = [];
  for (const u of top) if (!u.status.complete) reasons.push(t.certainty.provisionalTop(u.unit.unit));
  for (const r of ranked) {
    const u = r.item;
    if (top.includes(u)) continue;
    if (u.status.maxPossible > bar || nearlyEqual(u.status.maxPossible, bar)) reasons.push(t.certainty.challenger(u.unit.unit, formatNumber(u.status.maxPossible, lang)));
  }
  if (notCounted.length > 0) reasons.push(t.certainty.notCounted(notCounted.length));
  const certain = proposal.kind === 'unit' && reasons.length === 0;
  return { certain, note: reasons.length > 0 ? t.certainty.note(reasons.join('; ')) : '' };
}
