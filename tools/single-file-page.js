/**
 * dist/ktd5-page.html: the standalone page as one self-contained file, for a secretariat without Node
 * or a server (opened from disk by double-click, offline). The page compilation has two entries, the
 * pane and the .xlsx worker, each bundled whole (no async chunks); this plugin puts both into the
 * page (the worker as a text/plain script that xlsx-worker-factory.inline.ts starts from a Blob URL),
 * inlines the icon, leaves office.js out (as page.html does), and writes a Content-Security-Policy that allows nothing but the
 * page's own script (by hash), inline styles, data: images and blob: workers: nothing is fetched.
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { sources, Compilation, WebpackError } = require('webpack');

const PAGE_FILE = 'ktd5-page.html';
/** Must match INLINE_WORKER_ID in src/taskpane/io/xlsx-worker-factory.inline.ts. */
const WORKER_ELEMENT_ID = 'ktd5-xlsx-worker';

/** A script's text as it can sit inside <script>…</script>: no "</script" or "<!--" to end or confuse it. */
function scriptSafe(code) {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

function csp(scriptHash) {
  return [
    "default-src 'none'",
    `script-src '${scriptHash}'`,
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    'worker-src blob:',
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The single file from the runtime page's template (title, root element) and the two bundles. */
function pageHtml(template, { script, worker, iconPng, licences = '' }) {
  const safeScript = scriptSafe(script);
  const hash = `sha256-${crypto.createHash('sha256').update(safeScript, 'utf8').digest('base64')}`;
  let html = template
    .replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*" \/>/, () => `<meta http-equiv="Content-Security-Policy" content="${csp(hash)}" />`)
    .replace(/\s*<!--[\s\S]*?-->\s*<% if \(officeJsSrc\) \{ %>[\s\S]*?<% \} %>/, '')
    .replace(/<% if \(officeJsSrc\) \{ %>[\s\S]*?<% \} %>/, '')
    .replace(/<link rel="icon"[^>]*>/, () => `<link rel="icon" type="image/png" href="data:image/png;base64,${iconPng.toString('base64')}" />`);
  if (/<script\s[^>]*src=/i.test(html) || /office\.js|<%/.test(html) || !html.includes(`'${hash}'`)) throw new Error('the page template did not take the expected form');
  // function replacers: the bundles contain "$&" and other patterns a replacement string would expand
  html = html.replace(
    '</body>',
    () => `  <script type="text/plain" id="${WORKER_ELEMENT_ID}">${scriptSafe(worker)}</script>\n    <script>${safeScript}</script>\n  </body>`,
  );
  if (licences) html = html.replace('</html>', () => `</html>\n<!--\nLicences of the bundled libraries:\n${licences.replace(/--/g, '- -')}\n-->\n`);
  return html;
}

class SingleFilePagePlugin {
  /** @param {{ template: string, icon: string, pageEntry: string, workerEntry: string }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { template, icon, pageEntry, workerEntry } = this.options;
    compiler.hooks.thisCompilation.tap('SingleFilePagePlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'SingleFilePagePlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE }, (assets) => {
        compilation.fileDependencies.add(template);
        compilation.fileDependencies.add(icon);
        const chunkFile = (entry) => {
          const chunk = compilation.namedChunks.get(entry);
          const files = chunk ? [...chunk.files].filter((f) => f.endsWith('.js')) : [];
          return files.length === 1 ? files[0] : undefined;
        };
        const scriptFile = chunkFile(pageEntry);
        const workerFile = chunkFile(workerEntry);
        const others = Object.keys(assets).filter((f) => f.endsWith('.js') && f !== scriptFile && f !== workerFile);
        const licences = [...new Set(Object.keys(assets).filter((f) => f.endsWith('.LICENSE.txt')).map((f) => assets[f].source().toString().trim()))].join('\n\n');
        if (!scriptFile || !workerFile || others.length > 0) {
          compilation.errors.push(new WebpackError(`single-file page: expected one script per entry, found ${Object.keys(assets).join(', ')}`));
          return;
        }
        try {
          const html = pageHtml(fs.readFileSync(template, 'utf8'), {
            script: assets[scriptFile].source().toString(),
            worker: assets[workerFile].source().toString(),
            iconPng: fs.readFileSync(icon),
            licences,
          });
          for (const name of Object.keys(assets)) compilation.deleteAsset(name);
          // already minified: the minimizers must not parse the HTML
          compilation.emitAsset(PAGE_FILE, new sources.RawSource(html), { minimized: true });
        } catch (e) {
          compilation.errors.push(new WebpackError(`single-file page: ${e.message}`));
        }
      });
    });
  }
}

module.exports = { SingleFilePagePlugin, pageHtml, scriptSafe, PAGE_FILE, WORKER_ELEMENT_ID, TEMPLATE: path.resolve(__dirname, '../src/taskpane/taskpane.html') };
