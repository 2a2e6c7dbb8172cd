/**
 * LibreOffice as the real spreadsheet engine in tests: opens .xlsx files headless, recalculates,
 * and saves them as .xlsx with the computed values cached. Each run uses its own profile directory,
 * so parallel test files and a user's own LibreOffice never interfere.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const CANDIDATES = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice'];

export function findSoffice(): string | undefined {
  return CANDIDATES.find((p) => existsSync(p));
}

/** Recalculates every file into `outDir` (same base names). Throws with LibreOffice's output on failure. */
export function recalculate(files: string[], outDir: string): string[] {
  const soffice = findSoffice();
  if (!soffice) throw new Error('LibreOffice (soffice) is not installed: apt-get install -y libreoffice-calc-nogui');
  const profile = mkdtempSync(path.join(os.tmpdir(), 'ktd5-lo-profile-'));
  try {
    execFileSync(
      soffice,
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, ...files],
      { stdio: 'pipe', timeout: 180_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const outputs = files.map((f) => path.join(outDir, path.basename(f)));
  const missing = outputs.filter((f) => !existsSync(f));
  if (missing.length > 0) throw new Error(`LibreOffice did not write ${missing.join(', ')}`);
  return outputs;
}
