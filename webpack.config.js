/**
 * Builds the Excel add-in into dist/ (layout of the Office add-in templates, shared runtime):
 *   dist/functions.js       the KTD5.* custom functions (loads in a bare JS runtime)
 *   dist/functions.json     their metadata, generated from the JSDoc of src/functions/functions.ts
 *   dist/functions.en-us.json   the same with English descriptions (src/functions/help.en.json)
 *   dist/commands.js        ribbon command handlers
 *   dist/taskpane.html/.js  the add-in's one runtime page: task pane, functions and commands (with office.js)
 *   dist/page.html          the standalone page `npm run page` serves: the pane without office.js
 *   dist/office-js/         office.js and its host files from node_modules (self-hosted builds only)
 *   dist/ktd5-page.html     the standalone page as one self-contained file (production builds)
 *   dist/assets/, dist/manifest.xml, dist/ktd5-build.json (what the build was for)
 * `npm run build` (production), `npm run watch`, `npm run dev-server` (https://localhost:3000).
 * For an office's own server: `npm run build -- --env origin=https://… [--env version=1.2.0.0]
 * [--env officejs=local]` (tools/deploy-options.js); office.js then comes from Microsoft's CDN unless
 * `officejs=local`.
 */
const path = require('node:path');
const fs = require('node:fs');
const { URL } = require('node:url');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { sources, WebpackError, Compilation, DefinePlugin, NormalModuleReplacementPlugin } = require('webpack');
const { securityHeaders } = require('./scripts/security-headers');
const { manifestRequirements, deployOptions, templateManifest, buildInfo, BUILD_INFO, CDN_OFFICE_JS } = require('./tools/deploy-options');
const { SingleFilePagePlugin, TEMPLATE: PAGE_TEMPLATE } = require('./tools/single-file-page');

const DEV_PORT = 3000;
const FUNCTIONS_SOURCE = './src/functions/functions.ts';
const MANIFEST = path.resolve(__dirname, 'manifest.xml');
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

/** TypeScript through ts-loader, ES modules kept (webpack's tree shaking and sideEffects need them). */
function tsRules(dev) {
  return [
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
  ];
}

/** office.js and every file it loads for Excel, all locales' strings included; no telemetry files. */
const OFFICE_JS_FILES = '{office.js,custom-functions-runtime.js,es6-promise.js,o15apptofilemappingtable.js,excel-*.js,*/office_strings.js}';

/** The pane checks the host for exactly the sets manifest.xml declares (src/taskpane/host/support.ts). */
function requirementsDefine() {
  return new DefinePlugin({
    __KTD5_REQUIREMENTS__: DefinePlugin.runtimeValue(() => JSON.stringify(manifestRequirements(fs.readFileSync(MANIFEST, 'utf8'))), { fileDependencies: [MANIFEST] }),
  });
}

/** The single-file page: the pane and the .xlsx worker, each one whole bundle, put into one HTML file. */
function pageConfig(deploy) {
  return {
    name: 'page',
    mode: 'production',
    devtool: false,
    target: ['web', 'es2020'],
    entry: { 'ktd5-page': './src/taskpane/index.tsx', 'ktd5-page-worker': './src/taskpane/io/xlsx.worker.ts' },
    output: { path: deploy.outDir, filename: '[name].js', publicPath: '', asyncChunks: false, globalObject: 'globalThis', clean: false, compareBeforeEmit: false },
    optimization: { splitChunks: false, runtimeChunk: false },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: { rules: tsRules(false) },
    plugins: [
      requirementsDefine(),
      new NormalModuleReplacementPlugin(/[\\/]xlsx-worker-factory$/, (resource) => {
        resource.request = resource.request.replace(/xlsx-worker-factory$/, 'xlsx-worker-factory.inline');
      }),
      new SingleFilePagePlugin({ template: PAGE_TEMPLATE, icon: path.resolve(__dirname, 'assets/icon-32.png'), pageEntry: 'ktd5-page', workerEntry: 'ktd5-page-worker' }),
    ],
    performance: { hints: false },
  };
}

module.exports = async (env, options) => {
  const dev = options.mode === 'development';
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const deploy = deployOptions(env);
  const localOfficeJs = deploy.officeJs === 'local';
  const addin = {
    name: 'addin',
    devtool: dev ? 'source-map' : false,
    target: ['web', 'es2020'],
    entry: {
      functions: FUNCTIONS_SOURCE,
      commands: './src/commands/commands.ts',
      taskpane: './src/taskpane/index.tsx',
    },
    output: {
      path: deploy.outDir,
      filename: '[name].js',
      chunkFilename: 'chunks/[name].[contenthash:8].js',
      globalObject: 'globalThis',
      // the single-file page is written by the other compilation (run alongside this one)
      clean: { keep: /^ktd5-page\.html$/ },
      // Rewrite every output, changed or not: tools/load-functions.js judges freshness by modification time.
      compareBeforeEmit: false,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: { rules: tsRules(dev) },
    plugins: [
      requirementsDefine(),
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: FUNCTIONS_SOURCE }),
      new EnglishMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        templateParameters: {
          officeJsSrc: localOfficeJs ? 'office-js/office.js' : CDN_OFFICE_JS,
          officeJsCsp: localOfficeJs ? '' : ` ${new URL(CDN_OFFICE_JS).origin}`,
        },
        chunks: ['functions', 'commands', 'taskpane'],
        chunksSortMode: 'manual',
        scriptLoading: 'defer',
        inject: 'head',
      }),
      // The standalone page (`npm run page`): the pane alone, without office.js (nothing outside Office
      // loads it, nor the telemetry frame it opens); its policy allows our own scripts only.
      new HtmlWebpackPlugin({
        filename: 'page.html',
        template: './src/taskpane/taskpane.html',
        templateParameters: { officeJsSrc: '', officeJsCsp: '' },
        chunks: ['taskpane'],
        scriptLoading: 'defer',
        inject: 'head',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => templateManifest(content.toString('utf8'), deploy) },
          {
            from: 'manifest.xml',
            to: BUILD_INFO,
            transform: (content) => `${JSON.stringify(buildInfo(deploy, templateManifest(content.toString('utf8'), deploy)), null, 2)}\n`,
          },
          // office.js from node_modules, only for self-hosted builds (the others load it from the CDN).
          ...(localOfficeJs
            ? [
                {
                  from: OFFICE_JS_FILES,
                  context: path.join(OFFICE_JS, 'dist'),
                  to: 'office-js/',
                  globOptions: { ignore: ['**/*.debug.js'] },
                  info: { minimized: true },
                },
              ]
            : []),
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: DEV_PORT,
      // The add-in's headers: framed only by Office's hosts (scripts/security-headers.js).
      headers: { 'Access-Control-Allow-Origin': '*', ...securityHeaders(path.resolve(__dirname, 'src/taskpane/taskpane.html'), 'addin') },
      static: { directory: deploy.outDir },
      server: serving ? { type: 'https', options: await httpsOptions() } : 'https',
      client: { overlay: false },
    },
  };
  // The single-file page is a release artefact: production builds only (not watch or the dev server).
  return dev || serving ? addin : [addin, pageConfig(deploy)];
};
