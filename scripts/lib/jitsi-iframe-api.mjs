// Jitsi's iframe API (JitsiMeetExternalAPI) built from its pinned npm source
// (@jitsi/react-native-sdk, modules/API/external, unpacked by scripts/setup), so the site
// serves its own copy and no script from a Jitsi origin runs in the page.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HERE, '../..');
export const JITSI_SDK_VERSION = '13.2.0';
export const JITSI_SDK_DIR = path.join(ROOT, `.cache/jitsi-sdk-${JITSI_SDK_VERSION}`);
export const IFRAME_API_ENTRY = path.join(JITSI_SDK_DIR, 'modules/API/external/index.js');
const NODE_MODULES = path.join(ROOT, 'node_modules');

/** esbuild options for an IIFE bundle of `entry` (the iframe API by default). */
export function bundleOptions({ entry = IFRAME_API_ENTRY, outfile, globalName, footer, minify = false }) {
  return {
    absWorkingDir: ROOT,
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'iife',
    globalName,
    footer: footer ? { js: footer } : undefined,
    platform: 'browser',
    target: 'es2020',
    resolveExtensions: ['.web.ts', '.web.js', '.ts', '.js', '.json'],
    // The SDK's sources import packages it does not ship; resolve them from our node_modules.
    nodePaths: [NODE_MODULES],
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'inline',
    logLevel: 'warning',
    metafile: true,
    minify,
  };
}

// index.js assigns module.exports = the class; keep the global the constructor even if a
// later SDK turns that into an ES default export.
export const IFRAME_API_FOOTER = 'if (JitsiMeetExternalAPI && typeof JitsiMeetExternalAPI.default === "function") '
  + '{ JitsiMeetExternalAPI = JitsiMeetExternalAPI.default; }';

/** Bundles the iframe API into `outfile`; returns esbuild's metafile. */
export async function bundleIframeApi(outfile, { minify = false } = {}) {
  const result = await esbuild.build(bundleOptions({
    outfile, globalName: 'JitsiMeetExternalAPI', footer: IFRAME_API_FOOTER, minify,
  }));
  return result.metafile;
}
