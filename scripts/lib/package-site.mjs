#!/usr/bin/env node
// Turns the WebAssembly build's output into the site to upload (dist/):
//   - Jitsi's iframe API built from its pinned npm source into jitsi/external_api.<hash>.js
//   - cofinix.js, later.js (src/web/js/later.js), boot.js and style.css minified (esbuild)
//   - every asset renamed <name>.<hash>.<ext> (the language catalogues lang/*.mo too) (a new release never mixes with an old cached
//     file), references rewritten; index.html, config.json and preview.png keep their names
//   - the deployer's config.json copied in, and the Content-Security-Policy derived from it
//     (by the app's own reader, cofx_site_csp) written into index.html, the static-host
//     _headers file and the nginx recipe
//   - .gz/.br siblings for the hashed assets only (an edited index.html or config.json is
//     seen at once)
//   - the app's icons drawn (make-icons.mjs), the web app manifest pointing at them, and the
//     service worker (sw.js) filled in with this release's files and a version derived from them
// Usage: package-site.mjs --from DIR --to DIR --csp-tool PATH [--config FILE] [--base-path /sub/]
//                         [--nginx-out FILE]
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

import * as esbuild from 'esbuild';

import { bundleIframeApi, ROOT } from './jitsi-iframe-api.mjs';
import { makeIcons } from './make-icons.mjs';

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

function parseArgs(argv) {
  const args = { basePath: '/' };
  for (let i = 0; i < argv.length; i += 2) {
    const [key, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`${key} needs a value`);
    const name = { '--from': 'from', '--to': 'to', '--config': 'config', '--base-path': 'basePath',
      '--csp-tool': 'cspTool', '--nginx-out': 'nginxOut' }[key];
    if (!name) throw new Error(`unknown option ${key}`);
    args[name] = value;
  }
  if (!args.from || !args.to || !args.cspTool) throw new Error('--from, --to and --csp-tool are required');
  if (!/^\/([A-Za-z0-9._~-]+\/)*$/.test(args.basePath)) {
    throw new Error(`--base-path must look like / or /sub/path/ (got ${args.basePath})`);
  }
  return args;
}

// Emscripten (without Closure, which Debian lacks) leaves local names long; boot.js is written
// to be read. A classic script's top-level names stay as they are (Module, window.cofxBoot).
async function minified(code, loader = 'js') {
  return Buffer.from((await esbuild.transform(code, { loader, minify: true, legalComments: 'none' })).code);
}

const hashOf = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 10);

function hashedName(file, bytes) {
  const ext = path.extname(file);
  return `${file.slice(0, -ext.length)}.${hashOf(bytes)}${ext}`;
}

function replaceAll(text, from, to) {
  if (!text.includes(from)) throw new Error(`expected a reference to ${from}`);
  return text.split(from).join(to);
}

const HTML_ESCAPES = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };
const attribute = (text) => text.replace(/[&"<>]/g, (c) => HTML_ESCAPES[c]);

async function writeHashed(to, file, bytes, names) {
  const name = hashedName(file, bytes);
  await fs.mkdir(path.dirname(path.join(to, name)), { recursive: true });
  await fs.writeFile(path.join(to, name), bytes);
  names[file] = name;
  return name;
}

async function precompress(to, name) {
  const bytes = await fs.readFile(path.join(to, name));
  await fs.writeFile(path.join(to, `${name}.gz`), await gzip(bytes, { level: 9 }));
  await fs.writeFile(path.join(to, `${name}.br`), await brotli(bytes, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }));
}

function fillTemplate(text, values) {
  return text.replace(/@([A-Z_]+)@/g, (match, key) => {
    if (!(key in values)) throw new Error(`no value for ${match}`);
    return values[key];
  });
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const from = path.resolve(args.from);
  const to = path.resolve(args.to);
  const configFile = path.resolve(args.config ?? path.join(ROOT, 'web/config.json'));
  const policy = JSON.parse(execFileSync(args.cspTool, [configFile], { encoding: 'utf8' }));

  await fs.rm(to, { recursive: true, force: true });
  await fs.mkdir(to, { recursive: true });
  const names = {};

  // Leaves first: what other files name.
  const apiFile = path.join(from, '.external_api.js');
  await bundleIframeApi(apiFile, { minify: true });
  await writeHashed(to, 'jitsi/external_api.js', await fs.readFile(apiFile), names);
  await fs.rm(apiFile);
  for (const file of ['cofinix.wasm', 'fonts/ui.ttf', 'fonts/han.otf', 'favicon.svg']) {
    await writeHashed(to, file, await fs.readFile(path.join(from, file)), names);
  }
  await writeHashed(to, 'style.css', await minified(await fs.readFile(path.join(from, 'style.css'), 'utf8'), 'css'), names);
  for (const file of ['cofinix.js', 'later.js']) {
    await writeHashed(to, file, await minified(await fs.readFile(path.join(from, file), 'utf8')), names);
  }
  for (const [file, bytes] of Object.entries(makeIcons())) await writeHashed(to, file, bytes, names);
  let manifest = await fs.readFile(path.join(from, 'manifest.webmanifest'), 'utf8');
  for (const file of ['icons/icon-192.png', 'icons/icon-512.png', 'icons/maskable-192.png', 'icons/maskable-512.png']) {
    manifest = replaceAll(manifest, `"${file}"`, `"${names[file]}"`);
  }
  await fs.writeFile(path.join(to, 'manifest.webmanifest'), manifest);
  // The interface's catalogues (scripts/lib/catalogues.py): boot.js names each one it offers.
  const catalogues = (await fs.readdir(path.join(from, 'lang'))).filter((file) => file.endsWith('.mo'))
    .map((file) => `lang/${file}`);
  for (const file of catalogues) await writeHashed(to, file, await fs.readFile(path.join(from, file)), names);
  let boot = await fs.readFile(path.join(from, 'boot.js'), 'utf8');
  for (const file of ['cofinix.wasm', 'fonts/ui.ttf', 'fonts/han.otf', ...catalogues]) {
    boot = replaceAll(boot, `'${file}'`, `'${names[file]}'`);
  }
  const hashedCatalogues = new Set(catalogues.map((file) => names[file]));
  const unbuilt = [...boot.matchAll(/'(lang\/[^']*\.mo)'/g)].map((m) => m[1]).filter((f) => !hashedCatalogues.has(f));
  if (unbuilt.length) throw new Error(`boot.js offers ${unbuilt.join(', ')}, which the build did not make`);
  await writeHashed(to, 'boot.js', await minified(boot), names);

  let html = await fs.readFile(path.join(from, 'index.html'), 'utf8');
  for (const file of ['cofinix.js', 'cofinix.wasm', 'fonts/ui.ttf', 'style.css', 'favicon.svg', 'boot.js',
    'icons/apple-touch-icon.png']) {
    html = replaceAll(html, `"${file}"`, `"${names[file]}"`);
  }
  html = html.replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/,
    `<meta http-equiv="Content-Security-Policy" content="${attribute(policy.meta)}">`);
  if (!html.includes(attribute(policy.meta))) throw new Error('index.html has no Content-Security-Policy to fill in');
  html = replaceAll(html, '<meta name="cofinix:iframe-api" content="">',
    `<meta name="cofinix:iframe-api" content="${attribute(names['jitsi/external_api.js'])}">`);
  html = replaceAll(html, '<meta name="cofinix:later" content="later.js">',
    `<meta name="cofinix:later" content="${attribute(names['later.js'])}">`);
  await fs.writeFile(path.join(to, 'index.html'), html);
  await fs.copyFile(configFile, path.join(to, 'config.json'));
  await fs.copyFile(path.join(from, 'preview.png'), path.join(to, 'preview.png'));

  const hashed = Object.values(names);
  // Everything a start needs, offline too. A new version for any change but config.json's
  // (edited in place, and fetched afresh by the worker anyway).
  // Not the fonts fetched only when a script needs them: a visitor who never needs one never
  // downloads it (once fetched, the HTTP cache keeps it: hashed names are immutable).
  const onDemand = new Set([names['fonts/han.otf']]);
  const precache = ['index.html', 'config.json', 'manifest.webmanifest', ...hashed.filter((name) => !onDemand.has(name))];
  let worker = await fs.readFile(path.join(from, 'sw.js'), 'utf8');
  worker = replaceAll(worker, '@SW_FILES@', precache.join(' '));
  worker = replaceAll(worker, '@SW_VERSION@', hashOf(`${precache.join(' ')}\n${html}\n${manifest}`));
  await fs.writeFile(path.join(to, 'sw.js'), worker);
  for (const name of hashed) {
    if (!name.endsWith('.png')) await precompress(to, name);
  }

  const values = { CSP: policy.header, BASE: args.basePath, ROOT: to };
  const headers = fillTemplate(await fs.readFile(path.join(ROOT, 'deploy/_headers'), 'utf8'), values);
  await fs.writeFile(path.join(to, '_headers'), headers);
  if (args.nginxOut) {
    const nginx = fillTemplate(await fs.readFile(path.join(ROOT, 'deploy/nginx.conf'), 'utf8'), values);
    await fs.mkdir(path.dirname(path.resolve(args.nginxOut)), { recursive: true });
    await fs.writeFile(path.resolve(args.nginxOut), nginx);
  }

  const lines = [`Upload everything in ${path.relative(process.cwd(), to) || to}/ to ${args.basePath} on your host:`];
  for (const name of ['index.html', 'config.json', 'preview.png', '_headers', 'manifest.webmanifest', 'sw.js', ...hashed]) {
    const bytes = (await fs.stat(path.join(to, name))).size;
    lines.push(`  ${name.padEnd(40)} ${(bytes / 1024).toFixed(1).padStart(8)} KB`);
  }
  lines.push('  (plus .gz/.br siblings of the hashed files, for servers that send them as they are)');
  lines.push('', `Content-Security-Policy (in index.html; send it as a header too, see deploy/):`, `  ${policy.header}`);
  lines.push(`Jitsi's iframe API: ${policy.deploymentScript ?? `this site's own copy, ${names['jitsi/external_api.js']}`}`);
  if (args.nginxOut) lines.push(`nginx recipe for this build: ${args.nginxOut}`);
  for (const warning of policy.warnings) lines.push(`warning: ${warning}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error) => {
  console.error(`package-site: ${error.message}`);
  process.exit(1);
});
