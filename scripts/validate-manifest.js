#!/usr/bin/env node
/**
 * `npm run validate`: checks manifest.xml offline, then online (tools/validate-manifest/, TypeScript,
 * loaded through the TypeScript compiler's transpiler). Usage, rules and exit codes: tools/validate-manifest/cli.ts.
 */
require('../bench/ts-require.js');
const checker = require('../tools/validate-manifest/index.ts');

if (require.main === module) {
  checker.main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}

module.exports = checker;
