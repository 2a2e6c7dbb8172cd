/**
 * Whether a unit's total is final (đầy đủ) or provisional (tạm tính): every cell that could not be
 * read, was hidden or held an error, and every criterion left blank, is a problem of the unit; its
 * `maxPossible` is the total it would reach if each of those criteria scored full points.
 */
import { type CriterionResult, type UnitScore } from '../../engine';
import { type WorkbookTexts } from '../messages';

export interface UnitProblem {
  sheet: string;
  cell: string | null;
  criterion: string | null;
  message: string;
}

export interface UnitStatus {
  complete: boolean;
  problems: UnitProblem[];
  maxPossible: number;
  /** Distinct cells with an error, criteria left blank, problems of the sheet not tied to a criterion. */
  errorCells: number;
  missing: number;
  others: number;
  /** "Đầy đủ" or "Tạm tính (2 ô lỗi, 1 tiêu chí chưa nhập)" (in the language scored). */
  text: string;
}

/** The sentence of the "Tình trạng" column. */
export function statusText(t: WorkbookTexts, s: Pick<UnitStatus, 'complete' | 'errorCells' | 'missing' | 'others'>): string {
  return s.complete ? t.status.complete : t.status.provisional(s.errorCells, s.missing, s.others);
}

/**
 * The unit's status from its score and the problems found on its sheet (`errors`, each with the
 * criterion it is about, or none for the sheet). A criterion with no value at all is "chưa nhập".
 */
export function unitStatus(score: UnitScore, errors: UnitProblem[], cells: Record<string, { self: string }>, sheet: string, t: WorkbookTexts): UnitStatus {
  const troubled = new Set(errors.flatMap((p) => (p.criterion ? [p.criterion] : [])));
  const missing = score.criteria.filter((c) => c.final.state === 'missing' && !troubled.has(c.id));
  const problems: UnitProblem[] = [
    ...errors,
    ...missing.map((c) => ({ sheet, cell: cells[c.id]?.self ?? null, criterion: c.id, message: t.status.missingValue(c.id) })),
  ];
  const open = (c: CriterionResult) => troubled.has(c.id) || c.final.state === 'missing' || c.final.state === 'error';
  const maxPossible = score.total + score.criteria.filter(open).reduce((sum, c) => sum + Math.max(0, c.final.max - c.final.points), 0);
  const counts = {
    errorCells: new Set(errors.filter((p) => p.criterion).map((p) => p.cell ?? p.criterion)).size,
    missing: missing.length,
    others: errors.filter((p) => !p.criterion).length,
  };
  const complete = problems.length === 0;
  return { complete, problems, maxPossible: round(maxPossible), ...counts, text: statusText(t, { complete, ...counts }) };
}

/** Sums of points like 0.5 + 0.25 stay exact to the hundredth the documents use. */
function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
