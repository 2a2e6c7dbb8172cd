/**
 * What every verb's `--json` output shares: a file problem, the errors/warnings split (one meaning for
 * every verb, docs/cli-json.md) and the exit-3 write failure. Types are inferred from the schemas, so
 * the code that builds the JSON is checked against the contract the tests parse with. The verbs import
 * only those types: building a schema costs start-up time a run does not need (issue 18), so the
 * helpers that build this JSON are src/cli/verbs/problem-lists.ts.
 */
import '../../zod-jitless';
import { z } from 'zod';

/** One problem of an input file: where (file, sheet, cell) and the sentence a person reads. */
export const FileProblemSchema = z.strictObject({
  file: z.string(),
  sheet: z.string().nullable(),
  cell: z.string().nullable(),
  message: z.string(),
});
export type FileProblemJson = z.infer<typeof FileProblemSchema>;

/**
 * `errors`: a file or value that could not be used — it is not counted, and the verb exits 1.
 * `warnings`: it was used, but something deserves a look (a text cut to fit Excel, an invisible
 * character in a name, a row of a control file that matches nothing); the exit code is unchanged.
 */
export const ProblemListsSchema = z.strictObject({
  errors: z.array(FileProblemSchema),
  warnings: z.array(FileProblemSchema),
});
export type ProblemListsJson = z.infer<typeof ProblemListsSchema>;

/** Exit 3: the output could not be written, nothing was (stdout holds only this object). */
export const WriteFailureSchema = z.strictObject({
  error: z.strictObject({
    /** The system's error code (ENOSPC, EACCES, EISDIR, …). */
    code: z.string(),
    path: z.string(),
    message: z.string(),
  }),
});
export type WriteFailureJson = z.infer<typeof WriteFailureSchema>;

