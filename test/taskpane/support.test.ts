/** Where the pane can run: Excel with every set manifest.xml declares; anywhere else in Office it says why. */
import fs from 'node:fs';
import path from 'node:path';
import { hostSupport, type RequirementsLike } from '../../src/taskpane/host/support';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestRequirements } = require('../../tools/deploy-options.js') as { manifestRequirements(xml: string): { name: string; version: string }[] };

const declared = manifestRequirements(fs.readFileSync(path.join(__dirname, '..', '..', 'manifest.xml'), 'utf8'));

/** An Office that supports each named set up to a version (what Office.context.requirements answers). */
function office(supported: Record<string, string>): RequirementsLike {
  return {
    isSetSupported: (name, version = '1.1') => {
      const max = supported[name];
      if (!max) return false;
      const [a, b] = [version, max].map((v) => v.split('.').map(Number));
      return a![0]! < b![0]! || (a![0] === b![0] && (a![1] ?? 0) <= (b![1] ?? 0));
    },
  };
}

test('the build passes the manifest\'s sets: SharedRuntime 1.1 among them', () => {
  expect(declared).toEqual(expect.arrayContaining([{ name: 'SharedRuntime', version: '1.1' }]));
});

test('Excel with every declared set runs the pane', () => {
  const all = Object.fromEntries(declared.map((s) => [s.name, s.version]));
  expect(hostSupport('Excel', office(all), declared)).toEqual({ ok: true });
});

test('Excel without SharedRuntime (2016, 2019) is named with what it lacks', () => {
  const older = Object.fromEntries(declared.filter((s) => s.name !== 'SharedRuntime').map((s) => [s.name, s.version]));
  expect(hostSupport('Excel', office(older), declared)).toEqual({ ok: false, host: 'Excel', missing: [{ name: 'SharedRuntime', version: '1.1' }] });
});

test('another Office application, or no requirements object, cannot run it', () => {
  const all = Object.fromEntries(declared.map((s) => [s.name, s.version]));
  expect(hostSupport('Word', office(all), declared)).toMatchObject({ ok: false, host: 'Word' });
  expect(hostSupport('Excel', undefined, declared)).toEqual({ ok: false, host: 'Excel', missing: declared });
  const throwing: RequirementsLike = {
    isSetSupported: () => {
      throw new Error('not ready');
    },
  };
  expect(hostSupport('Excel', throwing, declared)).toEqual({ ok: false, host: 'Excel', missing: declared });
});
