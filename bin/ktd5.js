#!/usr/bin/env node
// The `ktd5` command; the compiled sources are in lib/ (npm run build).
const { run } = require('../lib/cli/main.js');

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exitCode = 1;
  },
);
