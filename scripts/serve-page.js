#!/usr/bin/env node
/**
 * Serves the built standalone page (dist/) on this machine only (127.0.0.1), files only, and prints
 * its address: `npm run page` builds it and runs this. Nothing is uploaded: the page reads and writes
 * the user's .xlsx files in the browser.
 */
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { URL } = require('node:url');

const DIST = path.resolve(__dirname, '..', 'dist');
const PORT = Number(process.env.PORT || 8080);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.css': 'text/css',
};

if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) {
  console.error('Chưa dựng trang: chạy "npm run build:addin" trước. / The page is not built: run "npm run build:addin" first.');
  process.exit(2);
}

const server = http.createServer((req, res) => {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url || '/', 'http://127.0.0.1').pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  if (pathname === '/') pathname = '/taskpane.html';
  const file = path.join(DIST, pathname);
  if (!file.startsWith(DIST + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});

server.listen(PORT, '127.0.0.1', () => {
  console.log(`KTD5 — trang độc lập / standalone page: http://127.0.0.1:${PORT}/  (Ctrl+C để dừng / to stop)`);
});
