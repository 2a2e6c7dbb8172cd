/**
 * The built add-in as the tests see it: dist/functions.js loaded by tools/load-functions.js in a bare
 * `vm` context (only a fake `CustomFunctions`), and a `call` that returns what the cell would show.
 */
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const DIST = path.join(ROOT, 'dist');

export interface FakeError {
  code: string;
  message: string;
}

export interface LoadedFunctions {
  associated: Map<string, (...args: unknown[]) => unknown>;
  calls: unknown[];
  Error: new (code: string, message: string) => FakeError;
  ErrorCode: Record<string, string>;
  context: Record<string, unknown>;
}

export interface Tools {
  loadFunctions(file?: string): LoadedFunctions;
  loadCommands(file?: string): { actions: Map<string, (event: { completed(): void }) => Promise<void>>; shown: { count: number } };
  loadMetadata(name?: string): { functions: { id: string; name: string; description: string; parameters?: { name: string; description: string; optional?: boolean; type: string }[]; result: { type: string; dimensionality?: string } }[] };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const tools = require('../../tools/load-functions.js') as Tools;

const REQUIRED = ['functions.js', 'functions.json', 'functions.en-us.json', 'commands.js', 'taskpane.html', 'manifest.xml'];

/** Fails with what to do when the add-in has not been built (npm test builds it before jest). */
export function requireDist(): void {
  const missing = REQUIRED.filter((f) => !fs.existsSync(path.join(DIST, f)));
  if (missing.length > 0) {
    throw new Error(`dist/ has no ${missing.join(', ')}: build the add-in first with "npm run build:addin" (npm test runs "npm run build" before jest).`);
  }
}

/** What a cell shows: the value, or the CustomFunctions.Error the function threw. */
export type Shown = unknown;

export function loadBundle(): LoadedFunctions & { call: (id: string, ...args: unknown[]) => Shown } {
  requireDist();
  const loaded = tools.loadFunctions();
  const call = (id: string, ...args: unknown[]): Shown => {
    const fn = loaded.associated.get(id);
    if (!fn) throw new Error(`${id} is not associated`);
    try {
      return fn(...args);
    } catch (e) {
      return e;
    }
  };
  return { ...loaded, call };
}
