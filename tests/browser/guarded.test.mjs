// Guarded borders, tried as a hostile party would: a link to another server reaches it only
// through its question; a framed server can't reach past its frame into the site's page (forged
// participant ids, Jitsi's storage, Picture-in-Picture, top navigation); nothing stored, however
// deep, stops the lobby.
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';

import {
  appState, clickWidget, collectErrors, joinFromPrejoin, parseJitsiUrl, routeJitsi, seedLocalStorage, standinSend, startSite,
  typeInto, waitForJitsiFrame, waitForState,
  useBrowser,
} from './harness.mjs';

const CODE = 'COF-AB12CD34';
const EVIL = 'evil.example';
const SAVED_NAME = JSON.stringify({ version: 1, displayName: 'Ada' });
const EVIL_LINK = `#/${CODE}?dep=self&host=${EVIL}`;

const env = useBrowser({ before, after, afterEach });

async function openApp({ hash = '', storage = {}, grant = false } = {}) {
  const context = await env.newContext();
  if (grant) await context.grantPermissions(['camera', 'microphone']);
  await seedLocalStorage(context, env.site.url, storage);
  const page = await context.newPage();
  const errors = collectErrors(page);
  const site = await routeJitsi(page);
  const evil = await routeJitsi(page, { domain: EVIL });
  await page.goto(env.site.url + hash);
  await page.waitForFunction(() => (window.cofx?.frames ?? 0) > 0 && Boolean(window.cofx.state?.screen));
  return { page, site, evil, errors };
}

/** Nothing of evil.example was requested, and the question is still open. */
async function stillAsking(page, evil, what) {
  const state = await appState(page);
  assert.equal(state.flow, 'confirm-deployment', `${what}: the question stays open`);
  assert.deepEqual(evil.iframeRequests, [], `${what}: no frame of the link's server`);
  assert.equal(await page.evaluate(() => document.querySelectorAll('#meeting iframe').length), 0, what);
  assert.equal(await page.evaluate(() => localStorage.getItem('cofinix.trusted-places')), null, `${what}: nothing trusted`);
}

describe("a link's server is reached only after the person says so", { timeout: 240_000 }, () => {
  test('with the question open, Join (canvas, page button, Enter, the mirror) and Back/Forward never reach it', async () => {
    // Skip the device check is on: a typed code would otherwise go straight into a meeting.
    const { page, evil, site } = await openApp({
      grant: true,
      storage: { 'cofinix.settings': SAVED_NAME, 'cofinix.devices': JSON.stringify({ version: 1, skipCheck: true }) },
    });
    await page.evaluate((link) => { location.hash = link; }, EVIL_LINK);  // followed from the lobby: Back has a page
    const asking = await waitForState(page, (s) => s.flow === 'confirm-deployment');
    assert.match(asking.confirm, /evil\.example/);
    assert.equal((await page.evaluate(() => window.cofx.widgets)).join.disabled ?? true, true);

    await clickWidget(page, 'join');
    await clickWidget(page, 'start');
    await stillAsking(page, evil, 'the canvas buttons');
    await clickWidget(page, 'code');
    await page.keyboard.press('Enter');
    await stillAsking(page, evil, 'Enter in the code field');
    await page.evaluate(() => document.querySelector('#actions [data-action="join"]').click());
    await page.evaluate(() => document.querySelector('#actions [data-action="start"]').click());
    await stillAsking(page, evil, 'the page buttons');
    const mirrorJoin = page.locator('#a11y-mirror').getByRole('button', { name: 'Join', exact: true });
    assert.equal(await mirrorJoin.getAttribute('aria-disabled'), 'true', 'the mirror says Join is disabled');
    await mirrorJoin.evaluate((element) => element.click());
    await stillAsking(page, evil, 'the mirror');

    await page.goBack();
    await waitForState(page, (s) => s.flow === 'idle' && s.confirm === '');
    await page.goForward();
    await waitForState(page, (s) => s.flow === 'confirm-deployment');
    await stillAsking(page, evil, 'Back and Forward');

    // "Not now", then Join with the code still in the field: the site's own deployment.
    await clickWidget(page, 'decline-join');
    await clickWidget(page, 'join');
    const { src } = await waitForJitsiFrame(page);
    assert.equal(parseJitsiUrl(src).domain, 'meet.jit.si');
    assert.equal(site.iframeRequests.length, 1);
    assert.deepEqual(evil.iframeRequests, []);
  });
});

describe("a framed server can't reach past its frame", { timeout: 240_000 }, () => {
  test('forged participant ids, storage and Picture-in-Picture change nothing in the site; the next meeting carries nothing of them', async () => {
    const { page, evil, errors } = await openApp({ hash: EVIL_LINK, storage: { 'cofinix.settings': SAVED_NAME } });
    await clickWidget(page, 'confirm-join');
    await joinFromPrejoin(page);
    const { frame, element } = await waitForJitsiFrame(page);
    await waitForState(page, (s) => s.screen === 'meeting');
    assert.equal(evil.iframeRequests.length, 1);

    for (const event of ['participant-joined', 'email-change', 'avatar-changed', 'display-name-change']) {
      await standinSend(frame, event, {
        id: '__proto__', email: 'victim@evil.example', avatarURL: 'https://evil.example/a.png', displayName: 'x',
      });
    }
    await standinSend(frame, 'participant-joined', { id: 'constructor', email: 'c@evil.example', displayName: 'c' });
    await standinSend(frame, 'local-storage-changed', { localStorageContent: 'x'.repeat(300_000) });
    await standinSend(frame, 'local-storage-changed', { localStorageContent: '{"evil":"kept for evil only"}' });
    await standinSend(frame, '_document-pip-requested', {});
    // The frame's events are handled in order: one the app sees marks that all before it were.
    await standinSend(frame, 'participant-joined', { id: 'ab12cd34', displayName: 'Real guest' });
    await waitForState(page, (s) => s.participants >= 2);

    const page_ = await page.evaluate(() => {
      const inherited = [];
      for (const key in {}) inherited.push(key);  // eslint-disable-line guard-for-in
      let chars = 0;
      for (let i = 0; i < localStorage.length; i += 1) {
        const key = localStorage.key(i);
        chars += key.length + localStorage.getItem(key).length;
      }
      return {
        inherited,
        email: ({}).email,
        jitsiKey: localStorage.getItem('jitsiLocalStorage'),
        kept: localStorage.getItem('cofinix.jitsi-storage'),
        storageChars: chars,
        pip: window.documentPictureInPicture?.window ?? null,
        scripts: [...document.scripts].map((s) => s.src).filter((src) => src.includes(location.host) === false && src !== ''),
      };
    });
    assert.deepEqual(page_.inherited, [], 'for (k in {}) yields nothing');
    assert.equal(page_.email, undefined);
    assert.equal(page_.jitsiKey, null, "nothing under Jitsi's own key between meetings");
    assert.ok(page_.kept.length <= 64 * 1024, `the kept Jitsi storage is bounded (${page_.kept.length})`);
    assert.deepEqual(JSON.parse(page_.kept), { [EVIL]: '{"evil":"kept for evil only"}' });
    assert.ok(page_.storageChars < 100_000, `the site's storage holds ${page_.storageChars} characters`);
    assert.equal(page_.pip, null, 'no Picture-in-Picture window');
    assert.deepEqual(page_.scripts, [], "no script from the server's origin in the page");
    assert.equal(await element.getAttribute('sandbox') !== null, true, 'the chosen server is sandboxed');

    // Leave, then a meeting on the site's own deployment: its URL carries nothing of evil.example's.
    await clickWidget(page, 'leave').catch(() => page.evaluate(() => document.querySelector('#actions [data-action="cancel"]')?.click()));
    await waitForState(page, (s) => s.screen === 'lobby');
    await page.evaluate(() => { location.hash = '#/'; });
    await typeInto(page, 'code', 'COF-ZZ99ZZ99');
    await clickWidget(page, 'join');
    await joinFromPrejoin(page);
    const next = await waitForJitsiFrame(page);
    const url = parseJitsiUrl(next.src);
    assert.equal(url.domain, 'meet.jit.si');
    assert.equal(url.userInfo.email, undefined, 'no email copied from a forged participant');
    assert.equal(url.userInfo.avatarURL, undefined);
    assert.equal(url.appData?.localStorageContent ?? null, null, "evil.example's storage is not replayed elsewhere");
    assert.equal(await next.element.getAttribute('sandbox'), null, "the site's own deployment is framed as configured");
    assert.deepEqual(errors.filter((e) => e.startsWith('pageerror')), []);
  });

  test("a click inside a sandboxed server's page can't navigate the site's tab; the frame still talks", async () => {
    const { page } = await openApp({ hash: EVIL_LINK, storage: { 'cofinix.settings': SAVED_NAME } });
    const phish = [];
    await page.route('https://phish.example/**', (route) => { phish.push(route.request().url()); return route.abort(); });
    await clickWidget(page, 'confirm-join');
    await joinFromPrejoin(page);
    const { frame, element } = await waitForJitsiFrame(page);
    await waitForState(page, (s) => s.screen === 'meeting');  // the stand-in's join reached the app
    const sandbox = (await element.getAttribute('sandbox')).split(/\s+/);
    for (const needed of ['allow-scripts', 'allow-same-origin', 'allow-forms', 'allow-popups']) assert.ok(sandbox.includes(needed), needed);
    assert.ok(!sandbox.some((token) => token.startsWith('allow-top-navigation')), sandbox.join(' '));
    await frame.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'phish';
      button.textContent = 'Claim your prize';
      button.onclick = () => {
        try { window.top.location = 'https://phish.example/'; } catch (error) { window.topNavigation = String(error); }
      };
      document.body.prepend(button);
    });
    const siteUrl = page.url();
    await frame.click('#phish');  // a real click: user activation inside the frame
    await frame.waitForFunction(() => window.topNavigation !== undefined);
    assert.equal(page.url(), siteUrl, "the site's tab stays");
    assert.deepEqual(phish, []);
    await standinSend(frame, 'participant-joined', { id: 'ab12cd34', displayName: 'Still talking' });
    await waitForState(page, (s) => s.participants >= 2);
  });
});

// Every key the lobby reads at start, each nested deep: the lobby draws, the bytes are backed up
// (or, for the log of reminders, left alone until a reminder is due) and a sentence says so.
const STORED_KEYS = [
  { key: 'cofinix.settings', said: (s) => s.message },
  { key: 'cofinix.deployment', said: (s) => s.message },
  { key: 'cofinix.devices', said: (s) => s.message },
  { key: 'cofinix.trusted-places', said: (s) => s.message },
  { key: 'cofinix.schedules', said: (s) => s.message },
  { key: 'cofinix.recent', said: (s) => s.recent.problem },
];

describe('nothing stored can stop the lobby', { timeout: 300_000 }, () => {
  for (const depth of [1_000, 20_000, 200_000]) {
    test(`every key nested ${depth} deep: the lobby draws, the bytes are backed up, a sentence says so`, async () => {
      const deep = '['.repeat(depth) + ']'.repeat(depth);
      for (const { key, said } of STORED_KEYS) {
        const { page } = await openApp({ storage: { [key]: deep } });
        const state = await waitForState(page, (s) => s.screen === 'lobby' && said(s) !== '');
        assert.match(said(state), /couldn't be read|could not be read|can't be read/i, `${key}: ${said(state)}`);
        const backup = await page.evaluate((k) => localStorage.getItem(`${k}.backup`), key);
        assert.ok(backup !== null, `${key}: backed up`);
        assert.equal(JSON.parse(backup).text, deep, `${key}: the original bytes are kept`);
        assert.ok(await page.evaluate(() => window.cofx.frames) > 0, `${key}: drawn`);
        await page.context().close();
      }
    });
  }
});

describe('smaller borders', { timeout: 240_000 }, () => {
  test('framed by a page of another site, the app does not start and offers its own tab', async (t) => {
    // Another origin: a second server on this machine (another port), serving the attacker's page.
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'cofx-attacker-'));
    await fs.writeFile(path.join(root, 'index.html'),
      `<!doctype html><title>Win a prize</title><iframe id="victim" src="${env.site.url}" width="800" height="600"></iframe>`);
    const attacker = await startSite({ root });
    t.after(() => attacker.close().then(() => fs.rm(root, { recursive: true, force: true })));
    const context = await env.newContext();
    const page = await context.newPage();
    await page.goto(attacker.url);
    const frame = await (await page.waitForSelector('#victim')).contentFrame();
    await frame.waitForFunction(() => window.cofxBoot?.framed === true);
    const fatal = await frame.evaluate(() => ({
      text: document.getElementById('fatal').textContent,
      hidden: document.getElementById('fatal').hidden,
      link: document.querySelector('#fatal a')?.href,
      target: document.querySelector('#fatal a')?.target,
    }));
    assert.equal(fatal.hidden, false);
    assert.match(fatal.text, /Open Cof-iniX in its own tab/);
    assert.equal(fatal.link, env.site.url);
    assert.equal(fatal.target, '_blank');
    // The app never ran: no frames, no state, nothing read from storage.
    assert.equal(await frame.evaluate(() => window.cofx?.frames ?? 0), 0);

    // Framed by its own site (same origin), it starts as usual.
    const own = await context.newPage();
    await own.goto(`${env.site.url}manifest.webmanifest`);
    await own.evaluate((url) => {
      const iframe = document.createElement('iframe');
      iframe.src = url;
      iframe.id = 'self';
      document.body.appendChild(iframe);
    }, env.site.url);
    const selfFrame = await (await own.waitForSelector('#self')).contentFrame();
    await selfFrame.waitForFunction(() => (window.cofx?.frames ?? 0) > 0, null, { timeout: 30_000 });
  });

  test("a token URL's answer: no redirect followed, a bounded size, a bounded wait; each said in the lobby", async () => {
    const tokenUrl = 'https://auth.example/token';
    const config = { deployment: { kind: 'self-hosted', domain: 'jitsi.example.org', tokenUrl } };
    const cases = [
      { answer: (route) => route.fulfill({ status: 302, headers: { Location: 'https://elsewhere.example/token' } }),
        says: /redirected/ },
      { answer: (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: 'x'.repeat(1 << 20) }),
        says: /larger than 256 KB/ },
      { answer: () => {}, says: /no answer after 15 s/, timeout: 60_000 },
    ];
    for (const { answer, says, timeout = 30_000 } of cases) {
      // The page's policy (rightly) lists only its own token origin: bypassed, so the fetch's own bounds are tested.
      const context = await env.newContext({ bypassCSP: true });
      await seedLocalStorage(context, env.site.url, { 'cofinix.settings': SAVED_NAME });
      const page = await context.newPage();
      await routeJitsi(page, { domain: 'jitsi.example.org' });
      await page.route(`${new URL(env.site.url).origin}/config.json`, (route) => route.fulfill({
        status: 200, contentType: 'application/json', body: JSON.stringify(config),
      }));
      const elsewhere = [];
      await page.route('https://elsewhere.example/**', (route) => { elsewhere.push(route.request().url()); return route.abort(); });
      await page.route(tokenUrl, answer);
      await page.goto(env.site.url);
      await page.waitForFunction(() => (window.cofx?.frames ?? 0) > 0 && Boolean(window.cofx.state?.screen));
      await clickWidget(page, 'start');
      await joinFromPrejoin(page);
      const state = await waitForState(page, (s) => s.scriptError !== '', { timeout });
      assert.match(state.scriptError, /Couldn't get a meeting token/);
      assert.match(state.scriptError, says);
      assert.deepEqual(elsewhere, [], 'the redirect was not followed');
      assert.equal(await page.evaluate(() => document.querySelectorAll('#meeting iframe').length), 0);
      await context.close();
    }
  });
});
