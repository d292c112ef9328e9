// Draws images/icon.png (128x128): a magnifying glass over a gold disc on ASEAN blue.
// No dependencies: pixels are computed with 4x4 supersampling and written as a PNG with zlib.
// Run: node scripts/make-icon.mjs
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const BLUE = [11, 61, 145];
const GOLD = [255, 204, 0];
const RED = [206, 17, 38];
const WHITE = [255, 255, 255];

/** Rounded square background. */
function inBackground(x, y) {
  const r = 24;
  const cx = Math.min(Math.max(x, r), SIZE - r);
  const cy = Math.min(Math.max(y, r), SIZE - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Distance from point p to segment a-b. */
function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The colour at a sample point, or null for transparent. */
function shade(x, y) {
  if (!inBackground(x, y)) return null;
  const lens = { x: 54, y: 54, r: 30 };
  const d = Math.hypot(x - lens.x, y - lens.y);
  if (Math.abs(d - lens.r) <= 6) return WHITE; // the ring
  if (segmentDistance(x, y, 76, 76, 104, 104) <= 8) return WHITE; // the handle
  if (d < lens.r - 6) {
    if (d < 11) return RED; // centre of the disc
    return GOLD;
  }
  return BLUE;
}

const pixels = Buffer.alloc(SIZE * SIZE * 4);
for (let y = 0; y < SIZE; y++) {
  for (let x = 0; x < SIZE; x++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const c = shade(x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES);
        if (!c) continue;
        r += c[0]; g += c[1]; b += c[2]; a++;
      }
    }
    const i = (y * SIZE + x) * 4;
    if (a > 0) {
      pixels[i] = Math.round(r / a);
      pixels[i + 1] = Math.round(g / a);
      pixels[i + 2] = Math.round(b / a);
    }
    pixels[i + 3] = Math.round((255 * a) / (SAMPLES * SAMPLES));
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
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

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) pixels.copy(rows, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4); // filter 0 per row
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
mkdirSync(path.join(root, 'images'), { recursive: true });
writeFileSync(path.join(root, 'images', 'icon.png'), png);
console.log(`images/icon.png: ${SIZE}x${SIZE}, ${png.length} bytes`);
