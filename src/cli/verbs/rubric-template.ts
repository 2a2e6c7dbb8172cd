/** `ktd5 rubric-template`: the empty rubric sheet, Kế hoạch 741/KH-KTĐ5's section I as an example, and instructions. */
import { DEFAULT_RUBRIC_ID, getRubric } from '../../rubrics';
import { rubricTemplateWorkbook } from '../../workbook/rubric-sheet/layout';
import { xlsxOutput, type Verb } from '../context';
import { EXIT_NOT_WRITTEN, EXIT_OK, EXIT_USAGE } from '../io';
import { renderFitted, writeOutput } from '../output';
import type { FileWrittenJson } from '../json';
import { expectPositionals } from './catalogue';

export const rubricTemplateVerb: Verb = {
  flags: { values: ['-o', '--output'], booleans: [] },
  async run(ctx) {
    expectPositionals(ctx, 0, 0, '');
    const output = xlsxOutput(ctx);
    if (output === undefined) return EXIT_USAGE;
    const example = getRubric(DEFAULT_RUBRIC_ID);
    if (!example) throw new Error(`built-in rubric ${DEFAULT_RUBRIC_ID} missing`);
    if (writeOutput(ctx, output, await renderFitted(ctx, rubricTemplateWorkbook(example.data)))) return EXIT_NOT_WRITTEN;
    if (ctx.json) {
      const json: FileWrittenJson = { file: output };
      ctx.io.out(JSON.stringify(json));
    } else ctx.io.err(ctx.m.rubricTemplateWritten(output));
    return EXIT_OK;
  },
};
