#!/usr/bin/env node
/**
 * Serves the built standalone page (dist/) on this machine only (127.0.0.1), files only, with the
 * page's security headers (security-headers.js), and prints its address: `npm run page` builds it
 * and runs this; `npm run page -- --port 8081` picks the port (0: any free one). Nothing is uploaded:
 * the page reads and writes the user's .xlsx files in the browser. It opens no browser by itself.
 */
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { URL } = require('node:url');
const { securityHeaders } = require('./security-headers');

const DIST = path.resolve(__dirname, '..', 'dist');
const DEFAULT_PORT = 8080;
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.css': 'text/css',
};

function fail(message) {
  console.error(message);
  process.exit(2);
}

function portArgument(argv) {
  const at = argv.findIndex((a) => a === '--port' || a.startsWith('--port='));
  const text = at < 0 ? process.env.PORT : argv[at].includes('=') ? argv[at].slice('--port='.length) : argv[at + 1];
  if (text === undefined || text === '') return DEFAULT_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`Cổng không hợp lệ: "${text}" (cần số từ 0 đến 65535). / Invalid port: "${text}" (a number from 0 to 65535).`);
  return port;
}

const port = portArgument(process.argv.slice(2));
// page.html: the pane without office.js (the add-in's taskpane.html loads it, for Office only).
const PAGE = 'page.html';
if (!fs.existsSync(path.join(DIST, PAGE))) {
  fail('Chưa dựng trang: chạy "npm run build:addin" trước. / The page is not built: run "npm run build:addin" first.');
}
const headers = securityHeaders(path.join(DIST, PAGE), 'standalone');

const server = http.createServer((req, res) => {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url || '/', 'http://127.0.0.1').pathname);
  } catch {
    res.writeHead(400, headers).end();
    return;
  }
  if (pathname === '/') pathname = `/${PAGE}`;
  const file = path.join(DIST, pathname);
  if (!file.startsWith(DIST + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404, headers).end();
    return;
  }
  res.writeHead(200, { ...headers, 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});

server.on('error', (e) => {
  if (e.code === 'EADDRINUSE') fail(`Cổng ${port} đang được dùng: chọn cổng khác, ví dụ "npm run page -- --port ${port + 1}". / Port ${port} is in use: pick another, e.g. "npm run page -- --port ${port + 1}".`);
  if (e.code === 'EACCES') fail(`Không được dùng cổng ${port} (cần quyền quản trị): chọn cổng trên 1024. / Port ${port} is not allowed (needs admin rights): pick one above 1024.`);
  fail(`Không mở được máy chủ trang: ${e.message} / Cannot start the page server: ${e.message}`);
});

server.listen(port, '127.0.0.1', () => {
  const address = `http://127.0.0.1:${server.address().port}/`;
  console.log(`KTD5 — trang độc lập / standalone page: ${address}`);
  console.log('Mở địa chỉ này trong trình duyệt. Ctrl+C để dừng. / Open this address in a browser. Ctrl+C to stop.');
});
