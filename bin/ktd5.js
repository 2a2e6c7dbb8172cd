#!/usr/bin/env node
// The `ktd5` command; the compiled sources are in lib/ (npm run build).
// Parser processes first (when the verb reads member workbooks), so they start while the rest loads.
const { startParsers } = require('../lib/cli/early-start.js');

const argv = process.argv.slice(2);
const pool = startParsers(argv);
const { run } = require('../lib/cli/main.js');

run(argv, undefined, pool).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exitCode = 1;
  },
);
