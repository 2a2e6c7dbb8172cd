/**
 * Loads the built dist/functions.js the way a bare custom-functions runtime would: a fresh `vm`
 * context whose only host global is a fake `CustomFunctions` (associate, Error, ErrorCode). No DOM,
 * no Office, no Node globals (no require, process, console or timers).
 * Used by the add-in tests, bench/functions.bench.js and scripts/validate-manifest.js (ensureBuilt).
 */
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');

/** The ErrorCode values of the real runtime (Excel's error literals). */
const ErrorCode = Object.freeze({
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
});

/**
 * A new JavaScript realm whose global object holds only its built-ins and `globals`. It is an ordinary
 * global object (vm.constants.DONT_CONTEXTIFY, where Node has it), not a sandbox behind interceptors,
 * so global look-ups cost what they cost in a browser's runtime. No code generation from strings, as
 * under the runtime page's Content-Security-Policy.
 */
function bareContext(globals) {
  const options = { codeGeneration: { strings: false, wasm: false } };
  if (vm.constants && vm.constants.DONT_CONTEXTIFY) {
    const context = vm.createContext(vm.constants.DONT_CONTEXTIFY, options);
    Object.assign(context, globals);
    return context;
  }
  return vm.createContext({ ...globals }, options);
}

class FakeCustomFunctionsError {
  constructor(code, message) {
    this.code = code;
    this.message = message;
  }
}

/**
 * Runs dist/functions.js in a new context. Returns the functions it associated by id, the order of
 * the associate calls, and the fake's Error class (to recognise returned or thrown errors).
 */
function loadFunctions(file = path.join(DIST, 'functions.js')) {
  const code = fs.readFileSync(file, 'utf8');
  const associated = new Map();
  const calls = [];
  const CustomFunctions = {
    associate(id, fn) {
      calls.push(id);
      if (typeof id === 'object' && id !== null) {
        for (const [k, v] of Object.entries(id)) associated.set(k, v);
      } else {
        associated.set(id, fn);
      }
    },
    Error: FakeCustomFunctionsError,
    ErrorCode,
  };
  const context = bareContext({ CustomFunctions });
  vm.runInContext(code, context, { filename: file });
  return { associated, calls, Error: FakeCustomFunctionsError, ErrorCode, context };
}

/**
 * Runs dist/commands.js with a fake `Office` (actions.associate, addin.showAsTaskpane). Returns the
 * ribbon actions it associated by name and the number of times a command asked to show the pane.
 */
function loadCommands(file = path.join(DIST, 'commands.js')) {
  const code = fs.readFileSync(file, 'utf8');
  const actions = new Map();
  const shown = { count: 0 };
  const Office = {
    actions: { associate: (name, fn) => actions.set(name, fn) },
    addin: { showAsTaskpane: async () => void shown.count++ },
  };
  const context = bareContext({ Office });
  vm.runInContext(code, context, { filename: file });
  return { actions, shown };
}

/** The function metadata the build generated (dist/functions.json, or another locale's file). */
function loadMetadata(name = 'functions.json') {
  return JSON.parse(fs.readFileSync(path.join(DIST, name), 'utf8'));
}

/** Newest modification time of the files that go into dist/ (the functions, the page, the manifest). */
function newestSource() {
  const roots = ['src/functions', 'src/engine', 'src/rubrics', 'src/commands', 'src/taskpane', 'assets', 'manifest.xml', 'webpack.config.js', 'package.json'].map((p) => path.join(ROOT, p));
  let newest = 0;
  const walk = (p) => {
    const st = fs.statSync(p);
    if (st.isDirectory()) for (const f of fs.readdirSync(p)) walk(path.join(p, f));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const r of roots) if (fs.existsSync(r)) walk(r);
  return newest;
}

/** True when dist/ has the functions, their metadata, the page and the manifest, all newer than their sources. */
function distIsFresh() {
  const files = ['functions.js', 'functions.json', 'functions.en-us.json', 'taskpane.html', 'commands.js', 'manifest.xml'].map((f) => path.join(DIST, f));
  if (!files.every((f) => fs.existsSync(f))) return false;
  const built = Math.min(...files.map((f) => fs.statSync(f).mtimeMs));
  return built >= newestSource();
}

/** Builds dist/ with webpack (production) unless it is already fresh. */
function ensureBuilt() {
  if (distIsFresh()) return false;
  const { execFileSync } = require('node:child_process');
  const webpack = require.resolve('webpack-cli/bin/cli.js');
  execFileSync(process.execPath, [webpack, '--mode', 'production'], { cwd: ROOT, stdio: 'pipe' });
  return true;
}

module.exports = { loadFunctions, loadCommands, loadMetadata, bareContext, ensureBuilt, distIsFresh, ErrorCode, DIST, ROOT };
