/**
 * The HTTP security headers the page is served with: the Content-Security-Policy of the page's own
 * <meta> (one source: the built or source taskpane.html), plus what a meta policy cannot say —
 * `frame-ancestors` ('none' for the standalone page; Office's hosts for the add-in, which Office on
 * the web shows in a frame) — and `X-Content-Type-Options: nosniff`.
 * Used by scripts/serve-page.js (`npm run page`), webpack's dev server and the end-to-end tests.
 */
'use strict';
const fs = require('node:fs');

/** Where Office on the web frames an add-in's pane (Excel on the web, Microsoft 365, SharePoint). */
const OFFICE_FRAME_ANCESTORS = [
  "'self'",
  'https://*.officeapps.live.com',
  'https://*.office.com',
  'https://*.office365.com',
  'https://*.microsoft365.com',
  'https://*.cloud.microsoft',
  'https://*.sharepoint.com',
];

/** The policy in the page's `<meta http-equiv="Content-Security-Policy">`. */
function metaPolicy(html) {
  // The built page is minified: its attribute quotes may be gone where they can be.
  const tag = /<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content=(?:"([^"]+)"|'([^']+)')/i.exec(html);
  if (!tag) throw new Error('taskpane.html has no Content-Security-Policy meta tag');
  return (tag[1] || tag[2]).trim().replace(/;\s*$/, '');
}

/** @param {'standalone' | 'addin'} kind */
function securityHeaders(htmlFile, kind) {
  const ancestors = kind === 'addin' ? OFFICE_FRAME_ANCESTORS.join(' ') : "'none'";
  return {
    'content-security-policy': `${metaPolicy(fs.readFileSync(htmlFile, 'utf8'))}; frame-ancestors ${ancestors}`,
    'x-content-type-options': 'nosniff',
  };
}

module.exports = { OFFICE_FRAME_ANCESTORS, metaPolicy, securityHeaders };
