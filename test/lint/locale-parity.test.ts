/**
 * Every locale pair says the same things: the Vietnamese and English files of each face have the same
 * keys at every depth, lists of the same length, and no empty text. Each sentence is also built once
 * with stand-in arguments, so a text that comes out empty (or throws) in either language is caught.
 */
import { en as cliEn } from '../../src/cli/messages/en';
import { vi as cliVi } from '../../src/cli/messages/vi';
import * as engineEn from '../../src/engine/messages/en';
import * as engineVi from '../../src/engine/messages/vi';
import { en as functionsEn } from '../../src/functions/messages.en';
import { vi as functionsVi } from '../../src/functions/messages.vi';
import { en as paneEn } from '../../src/taskpane/i18n/en';
import { vi as paneVi } from '../../src/taskpane/i18n/vi';
import { en as guardEn } from '../../src/workbook/guard/messages.en';
import { vi as guardVi } from '../../src/workbook/guard/messages.vi';
import { en as workbookEn } from '../../src/workbook/messages/en';
import { vi as workbookVi } from '../../src/workbook/messages/vi';
import { en as rubricSheetEn } from '../../src/workbook/rubric-sheet/messages.en';
import { vi as rubricSheetVi } from '../../src/workbook/rubric-sheet/messages.vi';
import { en as seasonEn } from '../../src/workbook/season/messages/en';
import { vi as seasonVi } from '../../src/workbook/season/messages/vi';
import * as byLeadEn from '../../src/workbook/tracking/by-lead/texts.en';
import * as byLeadVi from '../../src/workbook/tracking/by-lead/texts.vi';
import { en as trackEn } from '../../src/workbook/tracking/texts.en';
import { vi as trackVi } from '../../src/workbook/tracking/texts.vi';

/** An argument that serves as text, number, list or parameter object: "7" wherever it is read. */
const ANY: unknown = new Proxy(['7'], { get: (target, key) => (typeof key === 'symbol' || key in target ? Reflect.get(target, key) : '7') });

/** Every leaf of a locale object: its path and, for a text or a sentence, what it says. */
function leaves(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'function') {
    const args = Array.from({ length: Math.max(1, value.length) }, () => ANY);
    out.set(path, String((value as (...a: unknown[]) => unknown)(...args)));
  } else if (Array.isArray(value)) {
    out.set(`${path}.length`, String(value.length));
    value.forEach((v, i) => leaves(v, `${path}[${i}]`).forEach((text, p) => out.set(p, text)));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) leaves(v, path ? `${path}.${k}` : k).forEach((text, p) => out.set(p, text));
  } else {
    out.set(path, String(value));
  }
  return out;
}

const PAIRS: [string, unknown, unknown][] = [
  ['engine', engineVi, engineEn],
  ['cli', cliVi, cliEn],
  ['workbook', workbookVi, workbookEn],
  ['workbook/tracking', trackVi, trackEn],
  ['workbook/tracking/by-lead', byLeadVi, byLeadEn],
  ['workbook/guard', guardVi, guardEn],
  ['workbook/rubric-sheet', rubricSheetVi, rubricSheetEn],
  ['workbook/season', seasonVi, seasonEn],
  ['functions', functionsVi, functionsEn],
  ['taskpane', paneVi, paneEn],
];

/** The engine's and by-lead's modules export vi*-named and en*-named objects side by side: pair them by name. */
function byLocaleName(module: unknown, prefix: 'vi' | 'en'): unknown {
  if (module === null || typeof module !== 'object') return module;
  const entries = Object.entries(module as Record<string, unknown>);
  const named = new RegExp(`^${prefix}(?=[A-Z]|$)`);
  if (!entries.some(([k]) => named.test(k))) return module;
  return Object.fromEntries(entries.map(([k, v]) => [k.replace(named, '') || '_', v]));
}

describe.each(PAIRS)('%s: Vietnamese and English', (_name, vi, en) => {
  const v = leaves(byLocaleName(vi, 'vi'));
  const e = leaves(byLocaleName(en, 'en'));

  test('the same keys, lists of the same length', () => {
    expect([...e.keys()].sort()).toEqual([...v.keys()].sort());
    for (const [path, text] of v) if (path.endsWith('.length')) expect(`${path}=${e.get(path)}`).toBe(`${path}=${text}`);
  });

  test('no empty text in either language', () => {
    const empty = [...v, ...e].filter(([, text]) => text.trim() === '').map(([path]) => path);
    expect(empty).toEqual([]);
  });
});
