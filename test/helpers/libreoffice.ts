/**
 * LibreOffice as the real spreadsheet engine in tests: opens .xlsx files headless, recalculates,
 * and saves them as .xlsx with the computed values cached. Each run uses its own profile directory,
 * so parallel test files and a user's own LibreOffice never interfere.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * Every sheet of each file as CSV text the way LibreOffice prints it in `locale` (its own profile with
 * that locale): "0,8917" in vi-VN where en-US prints "0.8917". Returns the CSV text by sheet name.
 */
export function exportCsvInLocale(file: string, outDir: string, locale: string): Map<string, string> {
  const soffice = findSoffice();
  if (!soffice) throw new Error('LibreOffice (soffice) is not installed');
  const profile = mkdtempSync(path.join(os.tmpdir(), 'ktd5-lo-profile-'));
  try {
    mkdirSync(path.join(profile, 'user'), { recursive: true });
    const prop = (name: string) => `<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="${name}" oor:op="fuse"><value>${locale}</value></prop></item>`;
    writeFileSync(
      path.join(profile, 'user', 'registrymodifications.xcu'),
      `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${prop('ooSetupSystemLocale')}${prop('ooLocale')}</oor:items>\n`,
    );
    // Filter options: comma, double quote, UTF-8, from line 1, formatted text as shown, all sheets (-1).
    execFileSync(soffice, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1066,false,true,true,false,false,-1', '--outdir', outDir, file], {
      stdio: 'pipe',
      timeout: 180_000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const base = path.basename(file, path.extname(file));
  const out = new Map<string, string>();
  for (const f of readdirSync(outDir)) if (f.startsWith(`${base}-`) && f.endsWith('.csv')) out.set(f.slice(base.length + 1, -4), readFileSync(path.join(outDir, f), 'utf8'));
  return out;
}

/** CSV text as rows of cells (quoted cells may hold commas, quotes and line breaks). */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [[]];
  let cell = '';
  let quoted = false;
  for (let k = 0; k < text.length; k++) {
    const ch = text[k] as string;
    if (quoted) {
      if (ch === '"' && text[k + 1] === '"') [cell, k] = [cell + '"', k + 1];
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',' || ch === '\n') {
      (rows.at(-1) as string[]).push(cell);
      cell = '';
      if (ch === '\n') rows.push([]);
    } else if (ch !== '\r') cell += ch;
  }
  (rows.at(-1) as string[]).push(cell);
  return rows;
}
