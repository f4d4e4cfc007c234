// The site as an installable app: its manifest and icons, the service worker that opens the
// lobby offline (with the meetings saved in this browser), leaves Jitsi's origins alone, and
// switches to a new release only when the page applies it (cofxBoot.applyUpdate).
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';

import {
  clickWidget, DIST_DIR, openAppPage, seedLocalStorage, startSite, typeInto, useBrowser, waitForState,
} from './harness.mjs';

const TITLE = 'Offline planning';
const CODE = 'COF-0FF11NE0';

const env = useBrowser({ before, after, afterEach });
const servers = [];
afterEach(async () => { await Promise.all(servers.splice(0).map((server) => server.close())); });

/** A meeting tomorrow, as the app stores it. */
function savedMeeting() {
  return JSON.stringify({
    version: 1,
    meetings: [{
      id: '0ff1a0e00ff1a0e00ff1a0e00ff1a0e0', title: TITLE,
      startUtc: Math.floor(Date.now() / 1000) + 86400, durationMinutes: 30, agenda: '',
      code: CODE, repeat: { kind: 'none' }, updatedAtMs: Date.now() - 60_000,
    }],
  });
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG signature');
  assert.equal(bytes.subarray(12, 16).toString('ascii'), 'IHDR');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

/** Resolves once this page's registration has an active worker. */
function workerActive(page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active;
    if (worker.state !== 'activated') {
      await new Promise((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()));
    }
    return registration.scope;
  });
}

/** A copy of the site served on its own, so a test may change its files. */
async function copyOfSite(options = {}) {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'cofx-site-'));
  await fs.cp(DIST_DIR, root, { recursive: true });
  const server = await startSite({ root, ...options });
  servers.push({ close: () => server.close().then(() => fs.rm(root, { recursive: true, force: true })) });
  return { root, url: server.url };
}

const appDrawn = (page) => page.waitForFunction(
  () => Boolean(window.cofx?.firstFrameAt) && Boolean(window.cofx.state?.schedule), null, { timeout: 30_000 });

describe('installable and offline', { timeout: 240_000 }, () => {
  test('the manifest names the app, its colours and icons that are PNGs of their stated size', async () => {
    const context = await env.newContext();
    const { page, errors } = await openAppPage(context, env.site.url);
    const manifestUrl = await page.evaluate(() => document.querySelector('link[rel="manifest"]').href);
    assert.equal(manifestUrl, `${env.site.url}manifest.webmanifest`);
    const response = await page.request.get(manifestUrl);
    assert.match(response.headers()['content-type'], /^application\/manifest\+json/);
    const manifest = await response.json();
    assert.equal(manifest.name, 'Cof-iniX Ultra Conferencing');
    assert.equal(manifest.short_name, 'Cof-iniX');
    assert.ok(manifest.description.length > 0);
    assert.deepEqual([manifest.start_url, manifest.scope, manifest.id], ['./', './', './'], 'relative: any sub-path works');
    assert.equal(manifest.display, 'standalone');
    const darkThemeColour = await page.getAttribute('meta[name="theme-color"][media="(prefers-color-scheme: dark)"]', 'content');
    assert.equal(manifest.theme_color, darkThemeColour);
    assert.equal(manifest.background_color, '#1A002B');

    const icons = [...manifest.icons, { src: await page.getAttribute('link[rel="apple-touch-icon"]', 'href'), sizes: '180x180' }];
    assert.deepEqual(manifest.icons.map((icon) => `${icon.purpose} ${icon.sizes}`).sort(),
      ['any 192x192', 'any 512x512', 'maskable 192x192', 'maskable 512x512']);
    for (const icon of icons) {
      assert.match(icon.src, /^icons\/[a-z0-9-]+\.[0-9a-f]{10}\.png$/, 'a hashed name, relative to the manifest');
      const image = await page.request.get(new URL(icon.src, manifestUrl).href);
      assert.equal(image.status(), 200, icon.src);
      assert.equal(image.headers()['content-type'], 'image/png');
      assert.equal(pngSize(await image.body()), icon.sizes, icon.src);
    }

    // Chromium's own reading: no manifest errors, and installable (a test profile is incognito).
    const cdp = await context.newCDPSession(page);
    const { errors: manifestErrors, data } = await cdp.send('Page.getAppManifest');
    assert.deepEqual(manifestErrors, []);
    assert.equal(JSON.parse(data).name, manifest.name);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors.filter((error) => error.errorId !== 'in-incognito'), []);
    assert.deepEqual(errors, []);
  });

  test('on a sub-path the worker controls the page after a reload, and the lobby opens offline with its saved meetings',
    async () => {
      const site = await copyOfSite({ basePath: '/sub/path/' });
      const context = await env.newContext();
      await seedLocalStorage(context, site.url, { 'cofinix.schedules': savedMeeting() });
      const { page, errors } = await openAppPage(context, site.url);
      assert.equal(await page.evaluate(() => navigator.serviceWorker.controller), null, 'no control of the first load');
      assert.equal(await workerActive(page), site.url, 'scope: the site\'s own folder');

      const fromWorker = new Map();
      page.on('response', (response) => fromWorker.set(new URL(response.url()).pathname, response.fromServiceWorker()));
      await page.reload();
      await appDrawn(page);
      assert.equal(await page.evaluate(() => navigator.serviceWorker.controller?.state), 'activated');
      const wasm = [...fromWorker.keys()].find((name) => /\/cofinix\.[0-9a-f]{10}\.wasm$/.test(name));
      assert.equal(fromWorker.get(wasm), true, 'the release files come from the worker\'s cache');

      await context.setOffline(true);
      await page.reload();
      await appDrawn(page);
      assert.equal(await page.evaluate(() => navigator.onLine), false);
      assert.ok((await waitForState(page, (s) => s.schedule.count === 1)).schedule.titles.includes(TITLE));
      await clickWidget(page, 'tab-schedule');
      await page.waitForFunction((title) => [...document.querySelectorAll('#a11y-mirror [role="listitem"]')]
        .some((item) => item.getAttribute('aria-label')?.startsWith(`${title}, `)), TITLE);

      // A meeting link with a query opens its pre-join room offline too.
      await page.goto(`${site.url}?from=chat#/${CODE}`);
      await appDrawn(page);
      assert.equal((await waitForState(page, (s) => s.screen === 'prejoin')).room, CODE);
      assert.deepEqual(errors, []);

      // Another app of the same host, under the same folder: the worker never answers for it.
      const other = await page.goto(`${site.url}other-app/`).then((response) => response, (error) => error);
      assert.ok(other instanceof Error, 'offline, another app\'s page is not the lobby');
      assert.match(other.message, /ERR_INTERNET_DISCONNECTED/);
    });

  test('requests to Jitsi\'s origins go to the network untouched; the site\'s own files come from the worker', async () => {
    // bypassCSP: the page's policy (rightly) refuses fetches to other origins; the worker is what is tested.
    const context = await env.newContext({ bypassCSP: true });
    const fromWorkerItself = [];
    context.on('request', (request) => { if (request.serviceWorker()) fromWorkerItself.push(request.url()); });
    const jitsiUrls = ['https://meet.jit.si/external_api.js', 'https://8x8.vc/vpaas-magic-cookie-0/external_api.js'];
    const answered = [];
    for (const url of jitsiUrls) {
      await context.route(url, (route) => {
        answered.push(url);
        return route.fulfill({ status: 200, contentType: 'text/javascript', body: '/* stand-in */' });
      });
    }
    const page = await context.newPage();  // not openAppPage: its page-level Jitsi routes would answer first
    await page.goto(env.site.url);
    await workerActive(page);
    await page.reload();
    await appDrawn(page);
    assert.notEqual(await page.evaluate(() => navigator.serviceWorker.controller), null);

    const wasm = await page.evaluate(() => document.querySelector('link[rel="preload"][href$=".wasm"]').href);
    const urls = [...jitsiUrls, wasm];
    const responses = Promise.all(urls.map((url) => page.waitForResponse(url)));
    await page.evaluate(async (all) => { for (const url of all) await fetch(url, { mode: 'no-cors' }); }, urls);
    const fromWorker = (await responses).map((response) => response.fromServiceWorker());
    assert.deepEqual(fromWorker, [false, false, true], 'Jitsi\'s answers came from the network, the site\'s file from the worker');
    assert.deepEqual(answered, jitsiUrls, 'each reached the network (the route) once, from the page');
    assert.deepEqual(fromWorkerItself.filter((url) => !url.startsWith(new URL(env.site.url).origin)), [],
      'the worker never fetched another origin');
  });

  test('a new release waits until the page applies it, then the page reloads once under it', async () => {
    const site = await copyOfSite();
    const context = await env.newContext();
    const { page, errors } = await openAppPage(context, site.url);
    await workerActive(page);
    assert.equal(await page.evaluate(() => window.cofxBoot.updateReady), false, 'the first install is no update');
    await page.reload();
    await appDrawn(page);
    const oldCaches = await page.evaluate(() => caches.keys());
    assert.equal(oldCaches.length, 1);
    assert.match(oldCaches[0], /^cofinix-shell-[0-9a-f]{10}$/);

    // A new release: its worker is a different file, and its iframe API has another name.
    const workerFile = path.join(site.root, 'sw.js');
    const worker = await fs.readFile(workerFile, 'utf8');
    const newVersion = 'release002';
    const oldApi = await page.evaluate(() => document.querySelector('meta[name="cofinix:iframe-api"]').content);
    const newApi = oldApi.replace(/\.[0-9a-f]{10}\.js$/, '.0123456789.js');
    await fs.copyFile(path.join(site.root, oldApi), path.join(site.root, newApi));
    await fs.writeFile(workerFile, worker.replace(/const VERSION = '[^']*';/, `const VERSION = '${newVersion}';`)
      .replace(oldApi, newApi));

    await page.evaluate(() => {
      window.updateEvents = 0;
      window.addEventListener('cofx-update-ready', () => { window.updateEvents += 1; });
      window.notReloaded = true;
      return navigator.serviceWorker.getRegistration().then((registration) => registration.update());
    });
    await page.waitForFunction(() => window.cofxBoot.updateReady === true && window.updateEvents === 1);
    // Waiting, not applied: the page is left alone.
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(() => window.notReloaded), true);
    assert.equal(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => Boolean(r.waiting))), true);

    // The lobby offers it; a tab opened now finds it waiting at load and offers it too.
    await page.waitForFunction(() => window.cofx.state?.updateReady === true && window.cofx.widgets['update-reload'], null);
    const offer = page.locator('#a11y-mirror').getByRole('button', { name: 'Reload to use the new version' });
    assert.equal(await offer.count(), 1);
    const { page: second } = await openAppPage(context, site.url);
    await second.waitForFunction(() => window.cofxBoot.updateReady === true);
    await second.waitForFunction(() => window.cofx.state?.updateReady === true && window.cofx.widgets['update-reload'], null);
    await second.evaluate(() => { window.notReloaded = true; });

    const reloaded = page.waitForEvent('load');
    const button = await page.evaluate(() => window.cofx.widgets['update-reload']);
    await page.mouse.click(button.x + button.w / 2, button.y + button.h / 2);  // a real click on the canvas
    await reloaded;
    await appDrawn(page);
    assert.equal(await page.evaluate(() => window.notReloaded), undefined, 'the page reloaded');
    // The release before stays for tabs that still run it, even once the host has replaced its files.
    assert.deepEqual(await page.evaluate(() => caches.keys()), [oldCaches[0], `cofinix-shell-${newVersion}`]);
    await fs.rm(path.join(site.root, oldApi));
    const lazyLoad = await second.evaluate((url) => fetch(url).then((response) => response.status), oldApi);
    assert.equal(lazyLoad, 200, "a tab of the previous release still gets its iframe API");
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller?.state), 'activated');
    assert.equal(await page.evaluate(() => window.cofxBoot.updateReady), false);
    assert.equal(await page.evaluate(() => Boolean(window.cofx.widgets['update-reload'])), false, 'nothing more to offer');
    assert.equal(await second.evaluate(() => window.notReloaded), true, 'another tab is never reloaded for it');
    assert.deepEqual(errors, []);
  });

  test('offline, Start says why and stays in the lobby; back online it starts without a reload', async () => {
    const context = await env.newContext();
    const { page, errors } = await openAppPage(context, env.site.url);
    await appDrawn(page);
    await typeInto(page, 'name', 'Ada');
    await context.setOffline(true);
    await waitForState(page, (s) => s.online === false);
    await page.waitForFunction(() => window.cofx.widgets.offline);
    const sentence = "You're offline: meetings need a connection.";
    assert.equal(await page.locator('#a11y-mirror').getByRole('alert').filter({ hasText: sentence }).count(), 1);

    await clickWidget(page, 'start');
    await page.waitForFunction((text) => document.getElementById('announcer').textContent === text, sentence);
    await page.waitForTimeout(300);
    assert.equal((await waitForState(page, () => true)).screen, 'lobby', 'no pre-join room, no broken frame');
    assert.equal(await page.locator('#meeting iframe').count(), 0);

    await context.setOffline(false);
    await waitForState(page, (s) => s.online === true);
    // The state changes when the event is handled; the widgets when the next frame is drawn.
    await page.waitForFunction(() => !window.cofx.widgets.offline, null, { timeout: 10_000 })
      .catch(() => assert.fail('the sentence is gone'));
    await clickWidget(page, 'start');
    await waitForState(page, (s) => s.screen === 'prejoin');
    assert.deepEqual(errors, []);
  });
});
