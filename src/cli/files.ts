/** Input discovery and safe output: never overwrite an input, write to a temporary file and rename. */
import { existsSync, linkSync, mkdirSync, readdirSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Expands FILE|DIR arguments into .xlsx files (directories: recursively, sorted; Excel's "~$" lock files skipped). */
export function collectXlsx(args: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.xlsx$/i.test(entry.name) && !entry.name.startsWith('~$')) files.push(full);
    }
  };
  for (const arg of args) {
    if (!existsSync(arg)) missing.push(arg);
    else if (statSync(arg).isDirectory()) walk(arg);
    else files.push(arg);
  }
  return { files: [...new Set(files)], missing };
}

function canonical(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/** True when `output` is one of `inputs` (after resolving links). */
export function isAnInput(output: string, inputs: readonly string[]): boolean {
  const out = canonical(output);
  return inputs.some((i) => canonical(i) === out);
}

/**
 * Writes atomically: a temporary file beside the target, then a rename over it. With `noOverwrite`
 * the temporary file is linked to the target instead, which fails (EEXIST) if the target exists.
 */
export function writeAtomically(target: string, bytes: Uint8Array, options: { noOverwrite?: boolean } = {}): void {
  const dir = path.dirname(path.resolve(target));
  mkdirSync(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temp, bytes, { flag: 'wx' });
    if (options.noOverwrite) {
      linkSync(temp, target);
      unlinkSync(temp);
    } else renameSync(temp, target);
  } catch (e) {
    if (existsSync(temp)) unlinkSync(temp);
    throw e;
  }
}
