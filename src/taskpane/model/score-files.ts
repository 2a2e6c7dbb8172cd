/** Scores loaded files with the same code as `ktd5 score` and `ktd5 consolidate` (part of the work chunk); a sheet may name a loaded rubric file's id. */
import { resolveRubric } from '../../rubrics/registry';
import { scoreFiles, type FileOutcome, type KhoiResult } from '../../workbook/khoi/score-files';
import { type PaneLang } from '../i18n';

export function scoreOutcomes(outcomes: FileOutcome[], lang: PaneLang): KhoiResult {
  return scoreFiles(outcomes, { resolveRubric: (id) => resolveRubric(id), lang });
}
