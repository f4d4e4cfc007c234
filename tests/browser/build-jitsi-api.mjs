#!/usr/bin/env node
// Bundles the real Jitsi iframe API (from @jitsi/react-native-sdk's source, unpacked by
// scripts/setup) and the stand-in conference script into .cache/test-assets/.
// Skips a bundle whose output is newer than every file that went into it.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HERE, '../..');
export const JITSI_SDK_DIR = path.join(ROOT, '.cache/jitsi-sdk-13.2.0');
export const ASSETS_DIR = path.join(ROOT, '.cache/test-assets');
export const EXTERNAL_API_BUNDLE = path.join(ASSETS_DIR, 'external_api.js');
export const STANDIN_BUNDLE = path.join(ASSETS_DIR, 'standin-conference.js');
const NODE_MODULES = path.join(ROOT, 'node_modules');

const BUNDLES = [
  {
    entry: path.join(JITSI_SDK_DIR, 'modules/API/external/index.js'),
    outfile: EXTERNAL_API_BUNDLE,
    globalName: 'JitsiMeetExternalAPI',
    // index.js assigns module.exports = the class; keep the global the constructor even if
    // a later SDK turns that into an ES default export.
    footer: 'if (JitsiMeetExternalAPI && typeof JitsiMeetExternalAPI.default === "function") '
      + '{ JitsiMeetExternalAPI = JitsiMeetExternalAPI.default; }',
  },
  {
    entry: path.join(HERE, 'standin/conference.js'),
    outfile: STANDIN_BUNDLE,
  },
];

async function mtimeOrZero(file) {
  try {
    return (await fs.stat(file)).mtimeMs;
  } catch {
    return 0;
  }
}

/** The files a previous build read, recorded next to its output. */
async function previousInputs(outfile) {
  try {
    return JSON.parse(await fs.readFile(`${outfile}.inputs.json`, 'utf8'));
  } catch {
    return null;
  }
}

async function isUpToDate({ entry, outfile }) {
  const built = await mtimeOrZero(outfile);
  const inputs = await previousInputs(outfile);
  if (!built || !inputs || !inputs.includes(entry)) return false;
  const inputTimes = await Promise.all([...inputs, fileURLToPath(import.meta.url)].map(mtimeOrZero));
  return inputTimes.every((t) => t > 0 && t <= built);
}

async function buildOne(bundle) {
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [bundle.entry],
    outfile: bundle.outfile,
    bundle: true,
    format: 'iife',
    globalName: bundle.globalName,
    footer: bundle.footer ? { js: bundle.footer } : undefined,
    platform: 'browser',
    target: 'es2020',
    resolveExtensions: ['.web.ts', '.web.js', '.ts', '.js', '.json'],
    // The SDK's sources import packages it does not ship; resolve them from our node_modules.
    nodePaths: [NODE_MODULES],
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'inline',
    logLevel: 'warning',
    metafile: true,
  });
  const inputs = Object.keys(result.metafile.inputs).map((p) => path.resolve(ROOT, p));
  await fs.writeFile(`${bundle.outfile}.inputs.json`, JSON.stringify(inputs));
}

/** Builds whatever is stale; returns the paths of both bundles. */
export async function buildTestAssets({ force = false } = {}) {
  if (await mtimeOrZero(BUNDLES[0].entry) === 0) {
    throw new Error(`Jitsi SDK sources missing at ${JITSI_SDK_DIR}: run ./scripts/setup`);
  }
  await fs.mkdir(ASSETS_DIR, { recursive: true });
  for (const bundle of BUNDLES) {
    if (force || !(await isUpToDate(bundle))) await buildOne(bundle);
  }
  return { externalApi: EXTERNAL_API_BUNDLE, standin: STANDIN_BUNDLE };
}

if (import.meta.url === pathToFileURL(process.argv[1] || '').href) {
  buildTestAssets({ force: process.argv.includes('--force') })
    .then((out) => console.log(`${path.relative(ROOT, out.externalApi)}\n${path.relative(ROOT, out.standin)}`))
    .catch((error) => {
      console.error(error.message);
      process.exit(1);
    });
}
