/** `ktd5 verify`: are the files a sealed consolidation was made from still the same (SHA-256)? */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { seasonTexts } from '../../workbook/season/messages';
import { readSources } from '../../workbook/season/sources';
import { fileFailure } from '../../workbook/khoi/score-files';
import { UsageError } from '../args';
import { flag, type Verb } from '../context';
import { collectXlsx, isAnInput } from '../files';
import { EXIT_INPUT_ERRORS, EXIT_OK, EXIT_USAGE } from '../io';
import type { VerifyJson } from '../json';
import { display, parseInputs } from './read-members';

export const verifyVerb: Verb = {
  flags: { values: ['--appraisal'], booleans: [] },
  async run(ctx) {
    const s = seasonTexts(ctx.lang);
    const [sealed, ...inputs] = ctx.args.positionals;
    if (!sealed || inputs.length === 0) throw new UsageError('missingArgument', ctx.m.needInputs);
    if (!existsSync(sealed) || !statSync(sealed).isFile()) {
      ctx.io.err(ctx.m.noSuchInput(sealed));
      return EXIT_USAGE;
    }
    const [outcome] = await parseInputs(ctx, [sealed]);
    if (!outcome?.ok) {
      ctx.io.err(outcome ? fileFailure(outcome, ctx.lang).message : ctx.m.noSuchInput(sealed));
      return EXIT_USAGE;
    }
    const recorded = readSources(outcome.grid);
    if (!recorded) {
      ctx.io.err(s.notSealed(sealed));
      return EXIT_USAGE;
    }
    const { files, missing: notFound } = collectXlsx(inputs);
    for (const f of notFound) ctx.io.err(ctx.m.noSuchInput(f));
    const appraisal = flag(ctx, '--appraisal');
    const given = files.filter((f) => !isAnInput(f, [sealed]) && !(appraisal && isAnInput(f, [appraisal])));
    const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
    const changed: string[] = [];
    const missing: string[] = [];
    const used = new Set<string>();
    const find = (name: string): string | undefined => {
      const exact = given.find((f) => !used.has(f) && display(f) === name);
      if (exact) return exact;
      const byName = given.filter((f) => !used.has(f) && path.basename(f) === path.basename(name));
      return byName.length === 1 ? byName[0] : undefined;
    };
    for (const r of recorded) {
      if (r.kind === 'appraisal') {
        if (!appraisal || !existsSync(appraisal)) missing.push(r.file);
        else if (sha(appraisal) !== r.sha256) changed.push(r.file);
        continue;
      }
      const f = find(r.file);
      if (!f) {
        missing.push(r.file);
        continue;
      }
      used.add(f);
      if (sha(f) !== r.sha256) changed.push(r.file);
    }
    const extra = given.filter((f) => !used.has(f)).map(display);
    if (appraisal && !recorded.some((r) => r.kind === 'appraisal')) extra.push(display(appraisal));
    const ok = changed.length === 0 && missing.length === 0 && extra.length === 0;
    if (ctx.json) {
      const json: VerifyJson = { ok, changed, missing, extra };
      ctx.io.out(JSON.stringify(json, null, 2));
    } else {
      for (const f of changed) ctx.io.out(s.verifyChanged(f));
      for (const f of missing) ctx.io.out(s.verifyMissing(f));
      for (const f of extra) ctx.io.out(s.verifyExtra(f));
      if (ok) ctx.io.out(s.verifyOk(recorded.length));
      else ctx.io.err(s.verifyFailed(changed.length + missing.length + extra.length));
    }
    return ok ? EXIT_OK : EXIT_INPUT_ERRORS;
  },
};
