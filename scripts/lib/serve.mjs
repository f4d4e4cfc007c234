#!/usr/bin/env node
// A small static file server for dist/ (used by ./scripts/run and the browser tests).
// Loopback only, GET/HEAD only, bounded in connections, request time and memory cache.
import { createServer } from 'node:http';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.wasm', '.json', '.webmanifest', '.css', '.svg', '.ttf', '.otf', '.ico',
  '.txt', '.map']);
const NO_CACHE = new Set(['.html', '.json', '.webmanifest']);
const NO_CACHE_FILES = new Set(['sw.js']);  // the service worker keeps its name from release to release
// Release files carry a content hash in their names (cofinix.3f2a0b1c9d.wasm): cached for good,
// as the hosting recipes say (deploy/_headers), so a repeat visit is measured as one.
const HASHED_NAME = /\.[0-9a-f]{10}\.[a-z0-9]+$/;
const ENCODINGS = [
  { name: 'br', suffix: '.br', compress: promisify(zlib.brotliCompress),
    options: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } } },
  { name: 'gzip', suffix: '.gz', compress: promisify(zlib.gzip), options: { level: 6 } },
];

const MAX_CONNECTIONS = 128;
const REQUEST_TIMEOUT_MS = 30_000;
const MAX_FILE_BYTES = 256 * 1024 * 1024;
const MAX_CACHE_BYTES = 128 * 1024 * 1024;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

class HttpError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}

/** Memory cache of compressed bodies, evicting the oldest entries past MAX_CACHE_BYTES. */
class CompressedCache {
  #entries = new Map();
  #bytes = 0;

  get(key) { return this.#entries.get(key); }

  set(key, body) {
    if (body.length > MAX_CACHE_BYTES) return;
    this.#entries.set(key, body);
    this.#bytes += body.length;
    for (const [oldKey, oldBody] of this.#entries) {
      if (this.#bytes <= MAX_CACHE_BYTES) break;
      this.#entries.delete(oldKey);
      this.#bytes -= oldBody.length;
    }
  }
}

function normalizeBasePath(basePath) {
  let base = String(basePath || '/');
  if (!base.startsWith('/')) base = `/${base}`;
  if (!base.endsWith('/')) base += '/';
  return base;
}

/** Which encodings the client accepts (q=0 means refused), in our order of preference. */
function acceptedEncodings(header) {
  const accepted = new Set();
  for (const part of String(header || '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  return ENCODINGS.filter((e) => accepted.has(e.name) || accepted.has('*'));
}

/** Maps a URL path below the base path to segments, refusing anything that could escape root. */
function toSegments(relativePath) {
  const segments = [];
  for (const raw of relativePath.split('/')) {
    let segment;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      throw new HttpError(400, 'bad URL encoding');
    }
    if (segment === '..' || /[\\/\0]/.test(segment)) throw new HttpError(403, 'forbidden path');
    if (segment !== '' && segment !== '.') segments.push(segment);
  }
  return segments;
}

async function statOrNull(file) {
  try {
    return await fs.stat(file);
  } catch {
    return null;
  }
}

export async function startServer({ root, port = 0, host = '127.0.0.1', basePath = '/' } = {}) {
  if (!root) throw new Error('startServer: root is required');
  if (!LOOPBACK_HOSTS.has(host)) throw new Error(`startServer: refusing non-loopback host ${host}`);
  const rootDir = await fs.realpath(path.resolve(root));
  const base = normalizeBasePath(basePath);
  const cache = new CompressedCache();

  async function resolveFile(urlPath) {
    if (!urlPath.startsWith(base)) {
      if (`${urlPath}/` === base) return { redirect: base };
      throw new HttpError(404, 'outside base path');
    }
    const segments = toSegments(urlPath.slice(base.length));
    let file = path.join(rootDir, ...segments);
    let stat = await statOrNull(file);
    if (stat?.isDirectory()) {
      if (!urlPath.endsWith('/')) return { redirect: `${urlPath}/` };
      file = path.join(file, 'index.html');
      stat = await statOrNull(file);
    }
    if (!stat?.isFile()) throw new HttpError(404, 'not found');
    // A symlink inside root must not lead outside it.
    const real = await fs.realpath(file);
    if (real !== rootDir && !real.startsWith(rootDir + path.sep)) throw new HttpError(403, 'forbidden path');
    if (stat.size > MAX_FILE_BYTES) throw new HttpError(413, 'file too large');
    return { file: real, stat };
  }

  async function encodedBody(file, stat, ext, encodings) {
    for (const encoding of encodings) {
      const sibling = await statOrNull(file + encoding.suffix);
      if (sibling?.isFile() && sibling.mtimeMs >= stat.mtimeMs) {
        return { encoding: encoding.name, body: await fs.readFile(file + encoding.suffix) };
      }
    }
    const plain = await fs.readFile(file);
    const encoding = encodings[0];
    if (!encoding || !COMPRESSIBLE.has(ext) || plain.length < 256) return { encoding: null, body: plain };
    const key = `${file}|${stat.mtimeMs}|${stat.size}|${encoding.name}`;
    let body = cache.get(key);
    if (!body) {
      body = await encoding.compress(plain, encoding.options);
      cache.set(key, body);
    }
    return { encoding: encoding.name, body };
  }

  async function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      throw new HttpError(405, 'method not allowed');
    }
    const urlPath = String(req.url || '/').split(/[?#]/, 1)[0] || '/';
    if (!urlPath.startsWith('/')) throw new HttpError(400, 'bad request target');
    const target = await resolveFile(urlPath);
    if (target.redirect) {
      res.writeHead(301, { Location: target.redirect, 'Content-Length': 0 });
      res.end();
      return;
    }
    const { file, stat } = target;
    const ext = path.extname(file).toLowerCase();
    const { encoding, body } = await encodedBody(file, stat, ext, acceptedEncodings(req.headers['accept-encoding']));
    const headers = {
      'Content-Type': MIME_TYPES[ext] || 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': NO_CACHE.has(ext) || NO_CACHE_FILES.has(path.basename(file)) ? 'no-cache'
        : HASHED_NAME.test(path.basename(file)) ? 'public, max-age=31536000, immutable'
          : 'public, max-age=0, must-revalidate',
      'X-Content-Type-Options': 'nosniff',
      Vary: 'Accept-Encoding',
    };
    if (encoding) headers['Content-Encoding'] = encoding;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const text = status === 500 ? 'internal error\n' : `${error.message}\n`;
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
      res.end(req.method === 'HEAD' ? undefined : text);
    });
  });
  server.maxConnections = MAX_CONNECTIONS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.headersTimeout = REQUEST_TIMEOUT_MS;
  server.keepAliveTimeout = 2_000;

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = server.address().port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${actualPort}${base}`,
    port: actualPort,
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function parseArgs(argv) {
  const options = { root: 'dist', port: 8080, host: '127.0.0.1', basePath: '/' };
  const names = { '--root': 'root', '--port': 'port', '--host': 'host', '--base': 'basePath' };
  for (let i = 0; i < argv.length; i += 1) {
    const name = names[argv[i]];
    if (!name || i + 1 >= argv.length) {
      throw new Error(`usage: serve.mjs [--root DIR] [--port N] [--host 127.0.0.1] [--base /path/] (bad: ${argv[i]})`);
    }
    options[name] = name === 'port' ? Number(argv[++i]) : argv[++i];
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    throw new Error(`bad port: ${options.port}`);
  }
  return options;
}

async function main() {
  const server = await startServer(parseArgs(process.argv.slice(2)));
  console.log(server.url);
  const stop = () => server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (import.meta.url === pathToFileURL(process.argv[1] || '').href) {
  main().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
