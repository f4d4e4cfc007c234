// Jitsi's iframe API (JitsiMeetExternalAPI) built from its pinned npm source
// (@jitsi/react-native-sdk, modules/API/external, unpacked by scripts/setup), so the site
// serves its own copy and no script from a Jitsi origin runs in the page. The site's copy is
// the SDK's class behind a guard of ours (GUARDED_API_ENTRY); the tests' stand-in for a
// deployment's own external_api.js is the SDK as published (IFRAME_API_ENTRY).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HERE, '../..');
export const JITSI_SDK_VERSION = '13.2.0';
export const JITSI_SDK_DIR = path.join(ROOT, `.cache/jitsi-sdk-${JITSI_SDK_VERSION}`);
export const IFRAME_API_ENTRY = path.join(JITSI_SDK_DIR, 'modules/API/external/index.js');
const IFRAME_API_CLASS = path.join(JITSI_SDK_DIR, 'modules/API/external/external_api.js');
const NODE_MODULES = path.join(ROOT, 'node_modules');
// The site's copy: the SDK's class behind our guard (src/web/iframe_api/guarded_api.js says why).
export const GUARDED_API_ENTRY = path.join(ROOT, 'src/web/iframe_api/guarded_api.js');
const NO_DOCUMENT_PIP = path.join(ROOT, 'src/web/iframe_api/no_document_pip.js');

/** Resolves the guard's import of the SDK's class, and leaves Document PiP out of the site's build. */
const guardPlugin = {
  name: 'cofinix-iframe-api-guard',
  setup(build) {
    build.onResolve({ filter: /^jitsi-iframe-api-source$/ }, () => ({ path: IFRAME_API_CLASS }));
    build.onResolve({ filter: /\/DocumentPiPController(\.web)?$/ }, () => ({ path: NO_DOCUMENT_PIP }));
  },
};

/** esbuild options for an IIFE bundle of `entry` (the iframe API by default). */
export function bundleOptions({ entry = IFRAME_API_ENTRY, outfile, globalName, footer, minify = false }) {
  return {
    plugins: entry === GUARDED_API_ENTRY ? [guardPlugin] : [],
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

/**
 * Bundles the site's own copy of the iframe API (the guarded one) into `outfile`; returns
 * esbuild's metafile. Fails if the SDK's Document PiP controller slipped back in.
 */
export async function bundleIframeApi(outfile, { minify = false } = {}) {
  const result = await esbuild.build(bundleOptions({
    entry: GUARDED_API_ENTRY, outfile, globalName: 'JitsiMeetExternalAPI', footer: IFRAME_API_FOOTER, minify,
  }));
  const inputs = Object.keys(result.metafile.inputs);
  if (inputs.some((input) => /DocumentPiPController/.test(input))) {
    throw new Error('the iframe API build still holds the Document PiP controller');
  }
  return result.metafile;
}
