#!/usr/bin/env node
/**
 * Draws the add-in's icons (assets/icon-16.png … icon-128.png): a green rounded square (Excel's
 * green) with three rising white bars, a score chart. Pure Node: pixels → PNG with zlib, no deps.
 *   node assets/make-icons.js
 */
const { Buffer } = require('node:buffer');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const SIZES = [16, 32, 64, 80, 128];
const GREEN = [0x10, 0x7c, 0x41];
const WHITE = [0xff, 0xff, 0xff];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA pixels (size × size × 4) → PNG bytes. */
function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Coverage of pixel (x, y) by a shape, 4×4 supersampled for smooth edges. */
function coverage(x, y, inside) {
  let hits = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (inside(x + (i + 0.5) / 4, y + (j + 0.5) / 4)) hits++;
  return hits / 16;
}

function draw(size) {
  const s = size;
  const radius = s * 0.18;
  const inRounded = (px, py) => {
    const cx = Math.min(Math.max(px, radius), s - radius);
    const cy = Math.min(Math.max(py, radius), s - radius);
    return (px - cx) ** 2 + (py - cy) ** 2 <= radius ** 2;
  };
  // three bars, rising left to right, on a common baseline
  const base = s * 0.8;
  const barW = s * 0.16;
  const gap = s * 0.08;
  const left = (s - (3 * barW + 2 * gap)) / 2;
  const heights = [0.3, 0.45, 0.6].map((h) => h * s);
  const inBars = (px, py) =>
    heights.some((h, i) => {
      const x0 = left + i * (barW + gap);
      return px >= x0 && px <= x0 + barW && py <= base && py >= base - h;
    });
  const rgba = Buffer.alloc(s * s * 4);
  for (let y = 0; y < s; y++) {
    for (let x = 0; x < s; x++) {
      const a = coverage(x, y, inRounded);
      const w = coverage(x, y, (px, py) => inRounded(px, py) && inBars(px, py));
      const k = a > 0 ? w / a : 0;
      const o = (y * s + x) * 4;
      for (let c = 0; c < 3; c++) rgba[o + c] = Math.round(GREEN[c] * (1 - k) + WHITE[c] * k);
      rgba[o + 3] = Math.round(a * 255);
    }
  }
  return png(s, rgba);
}

for (const size of SIZES) {
  const file = path.join(__dirname, `icon-${size}.png`);
  fs.writeFileSync(file, draw(size));
  console.log(`${path.relative(process.cwd(), file)} (${size}×${size})`);
}
