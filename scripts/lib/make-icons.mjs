// The app's icons as PNG files, drawn at build time from the shapes of web/favicon.svg (a
// camera on a rounded square): "any" icons keep the favicon's rounded corners; maskable ones
// fill the square and keep the camera inside the central safe zone (a circle of 40% of the
// size), since launchers cut them to their own shape.
import zlib from 'node:zlib';

const BACKGROUND = [0x1a, 0x00, 0x2b];  // the dark palette's background (app/theme.h)
const BODY = [0x8a, 0x2b, 0xe2];
const LENS = [0xff, 0x6e, 0xc7];

/** Signed distance (negative inside) from p to a rounded rectangle, all in favicon units. */
function roundedRect(x, y, { left, top, width, height, radius }) {
  const qx = Math.abs(x - (left + width / 2)) - width / 2 + radius;
  const qy = Math.abs(y - (top + height / 2)) - height / 2 + radius;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

/** Signed distance to a convex polygon given clockwise (y down); exact inside, close enough at the edge. */
function convexPolygon(x, y, points) {
  let distance = -Infinity;
  for (let i = 0; i < points.length; i += 1) {
    const [ax, ay] = points[i];
    const [bx, by] = points[(i + 1) % points.length];
    const length = Math.hypot(bx - ax, by - ay);
    distance = Math.max(distance, ((x - ax) * (by - ay) - (y - ay) * (bx - ax)) / length);
  }
  return distance;
}

// favicon.svg, in its 64-unit grid.
const TILE = { left: 0, top: 0, width: 64, height: 64, radius: 14 };
const CAMERA = { left: 10, top: 18, width: 32, height: 28, radius: 7 };
const LENS_POINTS = [[42, 27], [54, 20], [54, 44], [42, 37]];

/**
 * RGBA pixels of the logo at `size` px. Maskable: a full square, the camera scaled by 0.8
 * about the centre (its far corners then sit 21 units from it, inside the 25.6-unit safe zone).
 */
export function drawIcon(size, { maskable = false } = {}) {
  const pixels = Buffer.alloc(size * size * 4);
  const unitsPerPixel = 64 / size;
  const scale = maskable ? 0.8 : 1;
  const layers = [
    [BACKGROUND, (x, y) => (maskable ? -Infinity : roundedRect(x, y, TILE))],
    [BODY, (x, y) => roundedRect(32 + (x - 32) / scale, 32 + (y - 32) / scale, CAMERA) * scale],
    [LENS, (x, y) => convexPolygon(32 + (x - 32) / scale, 32 + (y - 32) / scale, LENS_POINTS) * scale],
  ];
  for (let row = 0; row < size; row += 1) {
    for (let column = 0; column < size; column += 1) {
      const x = (column + 0.5) * unitsPerPixel;
      const y = (row + 0.5) * unitsPerPixel;
      let [r, g, b, a] = [0, 0, 0, 0];  // premultiplied
      for (const [colour, distance] of layers) {
        // Anti-aliasing: the share of the pixel covered, from the distance to the edge in pixels.
        const cover = Math.min(Math.max(0.5 - distance(x, y) / unitsPerPixel, 0), 1);
        r = colour[0] * cover + r * (1 - cover);
        g = colour[1] * cover + g * (1 - cover);
        b = colour[2] * cover + b * (1 - cover);
        a = cover + a * (1 - cover);
      }
      const at = (row * size + column) * 4;
      pixels[at] = a ? Math.round(r / a) : 0;
      pixels[at + 1] = a ? Math.round(g / a) : 0;
      pixels[at + 2] = a ? Math.round(b / a) : 0;
      pixels[at + 3] = Math.round(a * 255);
    }
  }
  return pixels;
}

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
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG (8-bit RGBA, no interlace) of `pixels`, size x size. */
export function encodePng(pixels, size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);  // bit depth, colour type RGBA, deflate, adaptive filters, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let row = 0; row < size; row += 1) {
    // Filter type 0 (none) per row; deflate does well enough on flat colours.
    pixels.copy(rows, row * (size * 4 + 1) + 1, row * size * 4, (row + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The site's icons, by the names shell/manifest.webmanifest and index.html use. */
export function makeIcons() {
  return {
    'icons/icon-192.png': encodePng(drawIcon(192), 192),
    'icons/icon-512.png': encodePng(drawIcon(512), 512),
    'icons/maskable-192.png': encodePng(drawIcon(192, { maskable: true }), 192),
    'icons/maskable-512.png': encodePng(drawIcon(512, { maskable: true }), 512),
    // iOS rounds the corners itself and shows transparency as black: the full square.
    'icons/apple-touch-icon.png': encodePng(drawIcon(180, { maskable: true }), 180),
  };
}
