// Draws Balise's icons without any image tool: the mark of icon.svg (a white tag on teal) is
// rasterised here from the same geometry with signed distance functions (anti-aliased), and
// written as PNG (zlib only), ICO (PNG entries) and ICNS (PNG entries).
//   node build/icons/render-icons.mjs   → icon.png (512×512), document.ico, document.icns
// The outputs are committed; run this again only when the mark changes.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const TEAL = [15, 118, 110];
const TEAL_LIGHT = [45, 212, 191];
const WHITE = [255, 255, 255];
const PAGE_EDGE = [148, 163, 184];
const FOLD = [203, 213, 225];

// ---- geometry, in a 512×512 space (same numbers as icon.svg) ----
function sdRoundedBox(x, y, x0, y0, x1, y1, r) {
  const qx = Math.abs(x - (x0 + x1) / 2) - ((x1 - x0) / 2 - r);
  const qy = Math.abs(y - (y0 + y1) / 2) - ((y1 - y0) / 2 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

function sdPolygon(x, y, points) {
  let d = Infinity;
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i, i += 1) {
    const [ax, ay] = points[i];
    const [bx, by] = points[j];
    const ex = bx - ax;
    const ey = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * ex + (y - ay) * ey) / (ex * ex + ey * ey)));
    d = Math.min(d, Math.hypot(x - ax - ex * t, y - ay - ey * t));
    if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
  }
  return inside ? -d : d;
}

const TAG = [
  [122, 256],
  [204, 166],
  [392, 166],
  [392, 346],
  [204, 346],
];
/** The tag: a pentagon with rounded corners (grown by 18), a hole, and two lines of "text". */
const tagLayers = [
  { color: WHITE, sd: (x, y) => sdPolygon(x, y, TAG) - 18 },
  { color: TEAL, sd: (x, y) => Math.hypot(x - 200, y - 256) - 24 },
  { color: TEAL_LIGHT, sd: (x, y) => sdRoundedBox(x, y, 250, 214, 356, 238, 12) },
  { color: TEAL_LIGHT, sd: (x, y) => sdRoundedBox(x, y, 250, 274, 326, 298, 12) },
];

const appIcon = [{ color: TEAL, sd: (x, y) => sdRoundedBox(x, y, 32, 32, 480, 480, 96) }, ...tagLayers];

const PAGE = [
  [96, 32],
  [344, 32],
  [424, 112],
  [424, 480],
  [96, 480],
];
const scaled = (layer, s, cx, cy) => ({ ...layer, sd: (x, y) => layer.sd((x - cx) / s + 256, (y - cy) / s + 256) * s });
/** A page with a folded corner, the mark on a teal badge in the middle. */
const documentIcon = [
  { color: PAGE_EDGE, sd: (x, y) => sdPolygon(x, y, PAGE) - 6 },
  { color: WHITE, sd: (x, y) => sdPolygon(x, y, PAGE) + 4 },
  { color: FOLD, sd: (x, y) => sdPolygon(x, y, [[344, 32], [344, 112], [424, 112]]) - 4 },
  ...[{ color: TEAL, sd: (x, y) => sdRoundedBox(x, y, 32, 32, 480, 480, 96) }, ...tagLayers].map((l) => scaled(l, 0.56, 260, 300)),
];

// ---- rasteriser ----
function render(layers, size) {
  const rgba = new Uint8Array(size * size * 4);
  const unit = 512 / size;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const x = (px + 0.5) * unit;
      const y = (py + 0.5) * unit;
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const layer of layers) {
        const coverage = Math.max(0, Math.min(1, 0.5 - layer.sd(x, y) / unit));
        if (coverage === 0) continue;
        const outA = coverage + a * (1 - coverage);
        [r, g, b] = [0, 1, 2].map((c) => (layer.color[c] * coverage + [r, g, b][c] * a * (1 - coverage)) / outA);
        a = outA;
      }
      rgba.set([Math.round(r), Math.round(g), Math.round(b), Math.round(a * 255)], (py * size + px) * 4);
    }
  }
  return rgba;
}

// ---- encoders ----
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

function png(rgba, size) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter method, no interlace
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) Buffer.from(rgba.subarray(y * size * 4, (y + 1) * size * 4)).copy(raw, y * (size * 4 + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.data)]);
}

function icns(images) {
  const entries = images.map(({ type, data }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + entries.reduce((sum, e) => sum + e.length, 0), 4);
  return Buffer.concat([head, ...entries]);
}

const here = (name) => new URL(name, import.meta.url);
const pngOf = (layers, size) => png(render(layers, size), size);

writeFileSync(here('icon.png'), pngOf(appIcon, 512));
writeFileSync(here('document.ico'), ico([16, 32, 48, 256].map((size) => ({ size, data: pngOf(documentIcon, size) }))));
writeFileSync(
  here('document.icns'),
  icns([
    { type: 'ic07', data: pngOf(documentIcon, 128) },
    { type: 'ic08', data: pngOf(documentIcon, 256) },
    { type: 'ic09', data: pngOf(documentIcon, 512) },
  ]),
);
process.stdout.write('icon.png, document.ico, document.icns written in build/icons/\n');
