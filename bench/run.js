#!/usr/bin/env node
/**
 * Benchmarks (not tests: they report, they never fail CI).
 *   npm run bench             human-readable figures
 *   npm run bench -- --json   the same, then one JSON object on the last line with every key
 * Each bench/*.bench.js exports { name, run(log) → Promise<object of figures> }.
 */
const fs = require('node:fs');
const path = require('node:path');

async function main() {
  const json = process.argv.includes('--json');
  const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.js'))
    .sort();
  const figures = {};
  for (const file of files) {
    const bench = require(path.join(__dirname, file));
    if (only.length > 0 && !only.includes(bench.name)) continue;
    console.log(`— ${bench.name}`);
    Object.assign(figures, await bench.run((line) => console.log(`  ${line}`)));
  }
  figures.peak_rss_mb = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(`Bộ nhớ đỉnh của tiến trình đo: ${figures.peak_rss_mb} MB`);
  if (json) console.log(JSON.stringify(figures));
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
