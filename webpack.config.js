/**
 * Builds the Excel add-in into dist/ (layout of the Office add-in templates, shared runtime):
 *   dist/functions.js       the KTD5.* custom functions (loads in a bare JS runtime)
 *   dist/functions.json     their metadata, generated from the JSDoc of src/functions/functions.ts
 *   dist/functions.en-us.json   the same with English descriptions (src/functions/help.en.json)
 *   dist/commands.js        ribbon command handlers
 *   dist/taskpane.html/.js  the one runtime page: task pane, functions and commands
 *   dist/office-js/         office.js from node_modules (no CDN), loaded by the page
 *   dist/assets/, dist/manifest.xml
 * `npm run build` (production), `npm run watch`, `npm run dev-server` (https://localhost:3000).
 */
const path = require('node:path');
const fs = require('node:fs');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { sources, WebpackError, Compilation } = require('webpack');
const { securityHeaders } = require('./scripts/security-headers');

const DEV_PORT = 3000;
const FUNCTIONS_SOURCE = './src/functions/functions.ts';
const OFFICE_JS = path.dirname(require.resolve('@microsoft/office-js/package.json'));

/**
 * Writes functions.en-us.json: functions.json with the English descriptions of help.en.json.
 * Every function and parameter must have its English text, or the build fails.
 */
class EnglishMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('EnglishMetadataPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'EnglishMetadataPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, (assets) => {
        const vi = assets['functions.json'];
        if (!vi) return;
        const helpFile = path.resolve(__dirname, 'src/functions/help.en.json');
        compilation.fileDependencies.add(helpFile);
        const help = JSON.parse(fs.readFileSync(helpFile, 'utf8'));
        const metadata = JSON.parse(vi.source().toString());
        for (const fn of metadata.functions) {
          const en = help[fn.id];
          if (!en) {
            compilation.errors.push(new WebpackError(`help.en.json: no English help for ${fn.id}`));
            continue;
          }
          fn.description = en.description;
          for (const p of fn.parameters ?? []) {
            if (!en.parameters?.[p.name]) compilation.errors.push(new WebpackError(`help.en.json: no English help for ${fn.id}(${p.name})`));
            else p.description = en.parameters[p.name];
          }
        }
        compilation.emitAsset('functions.en-us.json', new sources.RawSource(JSON.stringify(metadata, null, 2)));
      });
    });
  }
}

async function httpsOptions() {
  // Only for the dev server: trusted localhost certificates of the Office tooling.
  const devCerts = require('office-addin-dev-certs');
  const o = await devCerts.getHttpsServerOptions();
  return { ca: o.ca, key: o.key, cert: o.cert };
}

module.exports = async (env, options) => {
  const dev = options.mode === 'development';
  const serving = Boolean(env && env.WEBPACK_SERVE);
  return {
    devtool: dev ? 'source-map' : false,
    target: ['web', 'es2020'],
    entry: {
      functions: FUNCTIONS_SOURCE,
      commands: './src/commands/commands.ts',
      taskpane: './src/taskpane/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      chunkFilename: 'chunks/[name].[contenthash:8].js',
      globalObject: 'globalThis',
      clean: true,
      // Rewrite every output, changed or not: tools/load-functions.js judges freshness by modification time.
      compareBeforeEmit: false,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              // type-checking is `npm run typecheck`; ES modules keep webpack's tree shaking and sideEffects.
              transpileOnly: true,
              compilerOptions: { module: 'ESNext', moduleResolution: 'bundler', target: 'ES2020', jsx: 'react-jsx', sourceMap: dev, noEmit: false },
            },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: FUNCTIONS_SOURCE }),
      new EnglishMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'commands', 'taskpane'],
        chunksSortMode: 'manual',
        scriptLoading: 'defer',
        inject: 'head',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml' },
          // office.js and what it loads for Excel, from node_modules (never a CDN); no telemetry files.
          {
            from: '{office.js,custom-functions-runtime.js,es6-promise.js,o15apptofilemappingtable.js,excel-*.js,en-us/office_strings.js,vi-vn/office_strings.js}',
            context: path.join(OFFICE_JS, 'dist'),
            to: 'office-js/',
            globOptions: { ignore: ['**/*.debug.js'] },
            info: { minimized: true },
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: DEV_PORT,
      // The add-in's headers: framed only by Office's hosts (scripts/security-headers.js).
      headers: { 'Access-Control-Allow-Origin': '*', ...securityHeaders(path.resolve(__dirname, 'src/taskpane/taskpane.html'), 'addin') },
      static: { directory: path.resolve(__dirname, 'dist') },
      server: serving ? { type: 'https', options: await httpsOptions() } : 'https',
      client: { overlay: false },
    },
  };
};
