#!/usr/bin/env node
// The `ktd5` command; the compiled sources are in lib/ (npm run build).
const { run } = require('../lib/cli/main.js');

process.exitCode = run(process.argv.slice(2));
