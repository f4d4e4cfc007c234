#!/usr/bin/env node
// Bundles the real Jitsi iframe API (from @jitsi/react-native-sdk's source, unpacked by
// scripts/setup) and the stand-in conference script into .cache/test-assets/.
// Skips a bundle whose output is newer than every file that went into it.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

import {
  bundleOptions, IFRAME_API_ENTRY, IFRAME_API_FOOTER, JITSI_SDK_DIR, ROOT,
} from '../../scripts/lib/jitsi-iframe-api.mjs';

export { JITSI_SDK_DIR, ROOT };
const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ASSETS_DIR = path.join(ROOT, '.cache/test-assets');
export const EXTERNAL_API_BUNDLE = path.join(ASSETS_DIR, 'external_api.js');
export const STANDIN_BUNDLE = path.join(ASSETS_DIR, 'standin-conference.js');

const BUNDLES = [
  {
    entry: IFRAME_API_ENTRY,
    outfile: EXTERNAL_API_BUNDLE,
    globalName: 'JitsiMeetExternalAPI',
    footer: IFRAME_API_FOOTER,
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
  const result = await esbuild.build(bundleOptions(bundle));
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
