/**
 * A verb's file problems as `--json` shows them (the shapes of src/cli/json/common.ts). Here, not next
 * to the schemas, so a run loads no zod (issue 18).
 */
import { type FileError } from '../../workbook/khoi/score-files';
import type { FileProblemJson, ProblemListsJson } from '../json';

function fileProblemJson({ file, sheet, cell, message }: FileError): FileProblemJson {
  return { file, sheet: sheet ?? null, cell: cell ?? null, message };
}

/** Splits a verb's file problems by severity (see ProblemListsSchema in src/cli/json/common.ts). */
export function problemLists(problems: readonly FileError[]): ProblemListsJson {
  return {
    errors: problems.filter((p) => p.severity === 'error').map(fileProblemJson),
    warnings: problems.filter((p) => p.severity === 'warning').map(fileProblemJson),
  };
}
