/**
 * The consolidation workbook of a season run: the ranking layout, the season's sheets and notes, and
 * for the final version the sources with their SHA-256 and every sheet protected. Long member texts
 * are fitted to Excel and named. One builder for `ktd5 consolidate`, the page and Excel.
 */
import { type Lang } from '../../engine';
import { fittedWorkbook } from '../khoi/long-texts';
import { type KhoiResult } from '../khoi/score-files';
import { type ConsolidationInfo } from '../khoi/info';
import { consolidationWorkbook, proposalText } from '../layouts/consolidation';
import { type WorkbookSpec } from '../spec';
import { type SeasonRun } from './run';
import { type SourceFile } from './sheets';

export interface SealInput {
  /** Every member file as named in the run, with the SHA-256 of its bytes as read. */
  files: readonly { file: string; sha256: string }[];
  /** The appraisal workbook's SHA-256 (undefined: none, or it is not a file of its own). */
  appraisalSha256?: string;
  date: Date;
}

export function seasonConsolidation(result: KhoiResult, run: SeasonRun, info: ConsolidationInfo, lang: Lang, seal?: SealInput): { spec: WorkbookSpec; sources?: SourceFile[] } {
  let sources: SourceFile[] | undefined;
  const spec = fittedWorkbook(
    () => {
      const built = consolidationWorkbook(result, info, lang);
      run.decorateWorkbook(built, result, proposalText(result, lang));
      if (seal) sources = run.seal(built, seal.files, seal.appraisalSha256, result, seal.date);
      return built;
    },
    result.units,
    result.errors,
    lang,
  );
  return { spec, ...(sources ? { sources } : {}) };
}
