/**
 * What the "Tổng hợp" screen shows of a Khối's result (ranking rows with each unit's status, the
 * proposal and what could still change it, the files not counted, the bad files).
 * Types only from the workbook layer: this is part of the start page.
 */
import { type FileError, type KhoiResult, type NotCounted } from '../../workbook/khoi/score-files';
import { type Messages } from '../i18n';

export interface RankRow {
  rank: number;
  unit: string;
  file: string;
  total: number;
  tie: boolean;
  complete: boolean;
  /** "Đầy đủ" / "Tạm tính (2 ô lỗi, 1 tiêu chí chưa nhập)", as on the ranking sheet. */
  status: string;
  maxPossible: number;
}

export function rankingRows(result: KhoiResult): RankRow[] {
  return result.ranked.map((r) => ({
    rank: r.rank,
    unit: r.item.unit.unit,
    file: r.item.file,
    total: r.total,
    tie: r.tie,
    complete: r.item.status.complete,
    status: r.item.status.text,
    maxPossible: r.item.status.maxPossible,
  }));
}

export interface ProposalView {
  kind: 'unit' | 'tie' | 'none';
  text: string;
  certain: boolean;
  /** What could still change it, in words ('' when certain). */
  note: string;
}

export function proposalText(result: KhoiResult, m: Messages): ProposalView {
  const p = result.proposal;
  const rest = { certain: result.proposalCertain, note: result.proposalNote };
  if (p.kind === 'unit') return { kind: 'unit', text: m.khoi.proposal(p.item.unit.unit), ...rest };
  if (p.kind === 'tie') return { kind: 'tie', text: m.khoi.proposalTie(p.items.map((u) => u.unit.unit).join(', ')), ...rest };
  return { kind: 'none', text: m.khoi.proposalNone, ...rest };
}

/** The files left out of the ranking with their reason, as the first printed page lists them. */
export function notCountedLines(result: KhoiResult): { file: string; text: string }[] {
  return result.notCounted.map((n: NotCounted) => ({ file: n.file, text: `${n.unit ? `${n.file} (${n.unit})` : n.file}: ${n.reason}` }));
}

export function fileErrors(result: KhoiResult): { errors: FileError[]; warnings: FileError[] } {
  return { errors: result.errors.filter((e) => e.severity === 'error'), warnings: result.errors.filter((e) => e.severity === 'warning') };
}

/** A file name made of plain letters, digits and dashes ("Khối thi đua 5" → "khoi-thi-dua-5"). */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}
