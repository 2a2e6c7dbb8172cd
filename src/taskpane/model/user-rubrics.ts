/**
 * The rubric files the user loads in the pane (part of the work chunk): read and validated with the
 * engine, registered for the whole page (pane and custom functions, see src/rubrics/registry.ts),
 * and what the pane keeps of them. Problems come back as sentences naming the file.
 */
import { formatIssue, type Issue } from '../../engine';
import { registeredRubrics, registerRubric, restoreRubrics, unregisterRubric } from '../../rubrics/registry';
import { sourceLine } from '../documents';
import { type Messages } from '../i18n';
import { MAX_RUBRIC_BYTES } from './rubric-library';

export { storedRubrics } from '../../rubrics/registry';

/** A user rubric as the picker shows it. */
export interface UserRubricInfo {
  id: string;
  title: string;
  titleEn?: string;
  /** The document's source line: "01/KH-KTĐ5, 01/03/2024, Khối thi đua 5". */
  source: string;
  /** The file it was loaded from. */
  origin: string;
}

/** Problems listed per file: the first ones are enough to fix it. */
const MAX_LISTED = 8;

export type RubricFileResult = { ok: true; rubric: UserRubricInfo; replaced: boolean; warnings: string[] } | { ok: false; problems: string[] };

export function removeUserRubric(id: string): boolean {
  return unregisterRubric(id);
}

export function userRubrics(): UserRubricInfo[] {
  return registeredRubrics().map((r) => ({
    id: r.id,
    title: r.document.title,
    ...(r.document.titleEn ? { titleEn: r.document.titleEn } : {}),
    source: sourceLine(r.document),
    origin: r.origin,
  }));
}

const listed = (issues: Issue[], m: Messages): string[] => {
  const lines = issues.slice(0, MAX_LISTED).map((i) => formatIssue(i, m.lang));
  if (issues.length > MAX_LISTED) lines.push(m.rubricFile.more(issues.length - MAX_LISTED));
  return lines;
};

/** Parses, validates and registers the text of a .json file the user chose. */
export function loadRubricText(file: string, text: string, m: Messages): RubricFileResult {
  if (text.length > MAX_RUBRIC_BYTES) return { ok: false, problems: [m.rubricFile.tooBig(file)] };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problems: [m.rubricFile.notJson(file)] };
  }
  const r = registerRubric(json, file);
  if (!r.ok) return { ok: false, problems: [m.rubricFile.invalid(file), ...listed(r.issues, m)] };
  const info = userRubrics().find((u) => u.id === r.rubric.id) as UserRubricInfo;
  const warnings = r.warnings.filter((w) => w.severity === 'warning').slice(0, MAX_LISTED).map((w) => formatIssue(w, m.lang));
  return { ok: true, rubric: info, replaced: r.replaced, warnings };
}

/** Registers what the store held; each bad entry is reported (by its file), never fatal. */
export function restoreStored(stored: unknown, m: Messages): { rubrics: UserRubricInfo[]; problems: string[] } {
  const r = restoreRubrics(stored);
  const problems = r.problems.flatMap((p) => [m.rubricFile.storedInvalid(p.origin), ...listed(p.issues, m)]);
  return { rubrics: userRubrics(), problems };
}
