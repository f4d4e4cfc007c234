// Any Jitsi deployment, out of the box: sites built with ./scripts/build --config for
// meet.jit.si, a self-hosted Jitsi and JaaS each open a meeting there under the
// Content-Security-Policy generated from that config, with Jitsi's iframe API served by the
// site itself (no script from any other origin). And the shipped nginx recipe, run by Debian's
// real nginx: headers, precompressed release files, and config.json edited in place.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';
import { promisify } from 'node:util';

import {
  clickWidget, collectErrors, joinFromPrejoin, launchBrowser, meetingIframeCount, parseJitsiUrl,
  recordScriptOrigins, ROOT, routeJitsi, seedLocalStorage, startSite, waitForJitsiFrame, waitForState,
} from './harness.mjs';
import { startNginx } from './nginx.mjs';

const run = promisify(execFile);
const APP_ID = 'vpaas-magic-cookie-0123456789abcdef0123456789abcdef';
const CODE = 'COF-AB12CD34';
const SAVED_NAME = JSON.stringify({ version: 1, displayName: 'Ada' });
const SITES_DIR = path.join(ROOT, 'build/sites');

const SITES = {
  public: {
    config: { title: 'Public Meet', allowUserDeployment: true },
    domain: 'meet.jit.si', frameSrc: 'https://meet.jit.si https:',
  },
  'self-hosted': {
    config: { title: 'Example Meet', deployment: { kind: 'self-hosted', domain: 'jitsi.example.org' }, allowUserDeployment: false },
    domain: 'jitsi.example.org', frameSrc: 'https://jitsi.example.org',
  },
  jaas: {
    config: { title: 'JaaS Meet', deployment: { kind: 'jaas', appId: APP_ID }, allowUserDeployment: false },
    domain: '8x8.vc', frameSrc: 'https://8x8.vc',
  },
};

let browser;
const contexts = [];

/** ./scripts/build --config for each kind, into build/sites/<kind>/ (the WebAssembly build is shared). */
async function buildSites() {
  await fs.mkdir(SITES_DIR, { recursive: true });
  for (const [kind, site] of Object.entries(SITES)) {
    const config = path.join(SITES_DIR, `${kind}.config.json`);
    await fs.writeFile(config, JSON.stringify(site.config, null, 2));
    site.root = path.join(SITES_DIR, kind);
    const { stdout } = await run(path.join(ROOT, 'scripts/build'), ['--config', config, '--out', site.root],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
    site.buildOutput = stdout;
    site.nginxRecipe = path.join(ROOT, 'build/deploy', `${kind}.nginx.conf`);
  }
}

async function openPage(url, { domains }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  contexts.push(context);
  await seedLocalStorage(context, url, { 'cofinix.settings': SAVED_NAME });
  const page = await context.newPage();
  const errors = collectErrors(page);
  const scripts = recordScriptOrigins(page);
  const jitsi = {};
  for (const domain of domains) jitsi[domain] = await routeJitsi(page, { domain });
  await page.goto(url);
  await page.waitForFunction(() => (window.cofx?.frames ?? 0) > 0 && Boolean(window.cofx.state?.screen));
  return { page, errors, scripts, jitsi };
}

function directive(csp, name) {
  const found = csp.split(';').map((part) => part.trim()).find((part) => part.startsWith(`${name} `));
  return found ? found.slice(name.length + 1) : null;
}

async function meeting(page) {
  await waitForState(page, (s) => s.screen === 'meeting');
  const frame = await waitForJitsiFrame(page);
  return parseJitsiUrl(frame.src);
}

/** A GET with the given Accept-Encoding; the body is not decoded, so Content-Encoding stays as sent. */
function get(url, encoding = 'identity') {
  return new Promise((resolve, reject) => {
    http.get(url, { headers: { 'accept-encoding': encoding } }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

before(async () => {
  await buildSites();
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); });
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close().catch(() => {})));
});

describe('a site built for each kind of deployment', { timeout: 240_000 }, () => {
  for (const kind of Object.keys(SITES)) {
    test(`${kind}: meets on ${SITES[kind].domain} under its generated CSP, with the iframe API from the site`, async () => {
      const site = SITES[kind];
      const server = await startSite({ root: site.root });
      try {
        const { page, errors, scripts, jitsi } = await openPage(server.url, { domains: [site.domain] });
        const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
        assert.equal(directive(csp, 'script-src'), "'self' 'wasm-unsafe-eval'");
        assert.equal(directive(csp, 'frame-src'), site.frameSrc);
        assert.equal((await waitForState(page, () => true)).title, site.config.title);
        await clickWidget(page, 'start');
        await joinFromPrejoin(page);
        const url = await meeting(page);
        assert.equal(url.domain, site.domain);
        if (kind === 'jaas') assert.match(url.room, new RegExp(`^${APP_ID}/COF-`));
        assert.deepEqual([...scripts], [new URL(server.url).origin], 'every script the page ran came from the site');
        assert.equal(jitsi[site.domain].deploymentScriptRequests, 0, "the deployment's own external_api.js was never asked for");
        assert.match(site.buildOutput, /Upload everything in/);
        assert.deepEqual(errors, []);
      } finally {
        await server.close();
      }
    });
  }

  test('a deployment a person chose works where the config allows it, never scripted', async () => {
    const server = await startSite({ root: SITES.public.root });
    try {
      const { page, scripts } = await openPage(`${server.url}#/${CODE}?dep=self&host=jitsi.example.org`,
        { domains: ['meet.jit.si', 'jitsi.example.org'] });
      await waitForState(page, (s) => s.confirm !== '');
      await clickWidget(page, 'confirm-join');
      await joinFromPrejoin(page);
      const url = await meeting(page);
      assert.equal(url.domain, 'jitsi.example.org');
      assert.deepEqual([...scripts], [new URL(server.url).origin]);
    } finally {
      await server.close();
    }
  });

  test('a deployment the config does not allow is refused with a sentence, and nothing opens', async () => {
    const server = await startSite({ root: SITES['self-hosted'].root });
    try {
      const { page } = await openPage(`${server.url}#/${CODE}?dep=self&host=other.example.org`,
        { domains: ['jitsi.example.org', 'other.example.org'] });
      const state = await waitForState(page, (s) => s.codeError !== '');
      assert.match(state.codeError, /other\.example\.org.*only joins meetings on jitsi\.example\.org/);
      assert.equal(state.screen, 'lobby');
      await page.waitForTimeout(500);
      assert.equal(await meetingIframeCount(page), 0);
    } finally {
      await server.close();
    }
  });
});

describe('the nginx recipe', { timeout: 180_000 }, () => {
  test('headers, precompressed release files, a meeting through it, and config.json edited in place', async (t) => {
    const site = SITES.public;
    const nginx = await startNginx(site.nginxRecipe);
    const configFile = path.join(site.root, 'config.json');
    const originalConfig = await fs.readFile(configFile, 'utf8');
    try {
      const html = await get(nginx.url, 'br, gzip');
      assert.equal(html.status, 200);
      assert.equal(html.headers['cache-control'], 'no-cache');
      assert.equal(html.headers['content-encoding'], undefined, 'index.html is never sent precompressed');
      const csp = html.headers['content-security-policy'];
      assert.equal(directive(csp, 'frame-ancestors'), "'self'");
      assert.equal(directive(csp, 'frame-src'), site.frameSrc);
      assert.equal(directive(csp, 'script-src'), "'self' 'wasm-unsafe-eval'");
      assert.equal(html.headers['referrer-policy'], 'strict-origin-when-cross-origin');
      assert.equal(html.headers['x-content-type-options'], 'nosniff');

      const wasmName = /"(cofinix\.[0-9a-f]{10}\.wasm)"/.exec(html.body.toString())[1];
      const wasm = await get(`${nginx.url}${wasmName}`, 'br');
      assert.equal(wasm.status, 200);
      assert.equal(wasm.headers['content-type'], 'application/wasm');
      assert.equal(wasm.headers['content-encoding'], 'br');
      assert.match(wasm.headers['cache-control'], /max-age=31536000.*immutable/);
      assert.equal(wasm.headers['x-content-type-options'], 'nosniff');
      const gzipped = await get(`${nginx.url}${wasmName}`, 'gzip');
      assert.equal(gzipped.headers['content-encoding'], 'gzip');
      const config = await get(`${nginx.url}config.json`, 'br, gzip');
      assert.equal(config.headers['cache-control'], 'no-cache');
      assert.equal(config.headers['content-encoding'], undefined);
      assert.equal((await get(`${nginx.url}_headers`)).status, 404);
      // The service worker and the manifest keep their names: revalidated; the icons are release files.
      const worker = await get(`${nginx.url}sw.js`, 'br, gzip');
      assert.equal(worker.headers['cache-control'], 'no-cache');
      assert.match(worker.headers['content-type'], /^application\/javascript/);
      const manifest = await get(`${nginx.url}manifest.webmanifest`, 'br, gzip');
      assert.equal(manifest.headers['cache-control'], 'no-cache');
      assert.match(manifest.headers['content-type'], /^application\/manifest\+json/);
      const icon = await get(`${nginx.url}${JSON.parse(manifest.body).icons[0].src}`);
      assert.equal(icon.headers['content-type'], 'image/png');
      assert.match(icon.headers['cache-control'], /max-age=31536000.*immutable/);
      t.diagnostic(`index.html: ${JSON.stringify(html.headers)}`);
      t.diagnostic(`${wasmName}: ${JSON.stringify(wasm.headers)}`);

      const { page, scripts } = await openPage(nginx.url, { domains: ['meet.jit.si'] });
      assert.equal((await waitForState(page, () => true)).title, 'Public Meet');
      await clickWidget(page, 'start');
      await joinFromPrejoin(page);
      assert.equal((await meeting(page)).domain, 'meet.jit.si');
      assert.deepEqual([...scripts], [new URL(nginx.url).origin]);

      // The deployer edits config.json in place: the next load sees it, no rebuild, also
      // through the service worker the first load installed.
      await page.evaluate(() => navigator.serviceWorker.ready);
      await fs.writeFile(configFile, JSON.stringify({ ...site.config, title: 'Renamed Meet' }));
      await page.goto(nginx.url);
      await page.waitForFunction(() => window.cofx?.state?.title === 'Renamed Meet', null);
      assert.notEqual(await page.evaluate(() => navigator.serviceWorker.controller), null);
    } finally {
      await fs.writeFile(configFile, originalConfig);
      await nginx.close();
    }
  });
});

describe('the GitHub Pages recipe', () => {
  test('pins every action by a full commit, never by a tag a publisher can move', async () => {
    const workflow = await fs.readFile(path.join(ROOT, 'deploy/github-pages.yml'), 'utf8');
    const uses = [...workflow.matchAll(/^\s*-?\s*uses:\s*(\S+)/gm)].map((match) => match[1]);
    assert.ok(uses.length >= 3, uses.join(', '));
    for (const action of uses) assert.match(action, /^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/, action);
  });
});

describe("the Jitsi SDK that becomes code in the site's origin", () => {
  test("setup's integrity check takes the registry's tarball and refuses a changed one", async () => {
    const tarball = path.join(ROOT, '.cache/downloads/jitsi-react-native-sdk-13.2.0.tgz');
    const sri = async (file) => (await run('bash', ['-c', 'source scripts/lib/common.sh; sri_sha512 "$1"; echo; echo "$JITSI_SDK_INTEGRITY"',
      'sri', file], { cwd: ROOT })).stdout.trim().split('\n');
    const [genuine, pinned] = await sri(tarball);
    assert.equal(genuine, pinned);
    const tampered = path.join(ROOT, 'build/tampered-sdk.tgz');
    const bytes = await fs.readFile(tarball);
    bytes[bytes.length >> 1] ^= 1;
    await fs.writeFile(tampered, bytes);
    const [changed] = await sri(tampered);
    assert.notEqual(changed, pinned);
    await fs.rm(tampered);
  });
});
