// Deployments and room security in the real page: which script, room name and JWT reach the
// real Jitsi iframe API for meet.jit.si, a self-hosted Jitsi and JaaS; links to another
// deployment ask first; the site's Content-Security-Policy is enforced; Jitsi's events about
// passwords, moderators and removals are acted on.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';

import {
  appState, clickWidget, collectErrors, joinFromPrejoin, meetingIframeCount, parseJitsiUrl, recordScriptOrigins, routeJitsi, seedLocalStorage,
  standinReceived, standinSend, typeInto, waitForJitsiFrame, waitForState,
  useBrowser,
} from './harness.mjs';

const CODE = 'COF-AB12CD34';
const APP_ID = 'vpaas-magic-cookie-0123456789abcdef0123456789abcdef';
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJyb29tIjoiKiJ9.c2lnbmF0dXJl';
const SELF_HOSTED = 'jitsi.example.org';
const SAVED_NAME = JSON.stringify({ version: 1, displayName: 'Ada' });

const env = useBrowser({ before, after, afterEach });

/**
 * Opens the app with `storage` pre-seeded (key -> string) and Jitsi routed for each domain in
 * `domains`. `frameSrc` replaces the policy's frame-src, as a deployer who hand-edits it
 * might. `scripts` records the origin of every script the page runs.
 */
async function openApp({ hash = '', storage = {}, domains = ['meet.jit.si'], frameSrc, config } = {}) {
  const context = await env.newContext();
  const origin = new URL(env.site.url).origin;
  await seedLocalStorage(context, env.site.url, storage);
  const page = await context.newPage();
  const errors = collectErrors(page);
  const scripts = recordScriptOrigins(page);
  if (frameSrc !== undefined) {
    await page.route(`${origin}/`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/frame-src [^;]*;/, `frame-src ${frameSrc};`);
      await route.fulfill({ response, body: html });
    });
  }
  if (config !== undefined) {
    await page.route(`${origin}/config.json`, (route) => route.fulfill({
      status: 200, contentType: 'application/json', body: typeof config === 'string' ? config : JSON.stringify(config),
    }));
  }
  const jitsi = {};
  for (const domain of domains) jitsi[domain] = await routeJitsi(page, { domain });
  await page.goto(env.site.url + hash);
  await page.waitForFunction(() => (window.cofx?.frames ?? 0) > 0 && Boolean(window.cofx.state?.screen));
  return { page, jitsi, errors, scripts, origin };
}

async function meeting(page) {
  await waitForState(page, (s) => s.screen === 'meeting');
  const frame = await waitForJitsiFrame(page);
  return { ...frame, url: parseJitsiUrl(frame.src) };
}

/**
 * The pre-join room every join passes through: checks nothing is open yet (no iframe, no
 * conference page requested from any routed deployment), then a real click on Join now.
 */
async function joinFromPrejoinRoom(page, jitsi = {}) {
  const state = await waitForState(page, (s) => s.screen === 'prejoin');
  assert.equal(await meetingIframeCount(page), 0, 'no meeting before Join now');
  for (const routed of Object.values(jitsi)) assert.deepEqual(routed.iframeRequests, [], routed.domain);
  await joinFromPrejoin(page);
  return state;
}

/** The room-security commands (password, lobby, end-to-end encryption) Jitsi received, in order. */
async function securityCommands(frame) {
  return (await standinReceived(frame))
    .filter((r) => r.type === 'command' && ['password', 'toggle-lobby', 'toggle-e2ee'].includes(r.name))
    .map((r) => ({ name: r.name, data: r.data }));
}

describe('deployments', { timeout: 240_000 }, () => {
  test('meet.jit.si by default: its script, the bare room name, no JWT', async () => {
    const { page, jitsi } = await openApp({ storage: { 'cofinix.settings': SAVED_NAME } });
    await clickWidget(page, 'start');
    await joinFromPrejoinRoom(page, jitsi);
    const { url } = await meeting(page);
    assert.equal(url.domain, 'meet.jit.si');
    assert.match(url.room, /^COF-[A-Z0-9]{8}$/);
    assert.equal(url.jwt, null);
    assert.equal(jitsi['meet.jit.si'].deploymentScriptRequests, 0, "the site's own copy of the iframe API is used");
  });

  test('JaaS: the script under the AppID, room AppID/code, and the JWT in the iframe URL only', async () => {
    const deployment = JSON.stringify({ version: 1, kind: 'jaas', appId: APP_ID, jwt: JWT });
    const { page, jitsi } = await openApp({
      storage: { 'cofinix.settings': SAVED_NAME, 'cofinix.deployment': deployment }, domains: ['8x8.vc'],
    });
    await clickWidget(page, 'start');
    await joinFromPrejoinRoom(page, jitsi);
    const { url } = await meeting(page);
    assert.equal(url.domain, '8x8.vc');
    assert.match(url.room, new RegExp(`^${APP_ID}/COF-[A-Z0-9]{8}$`));
    assert.equal(url.jwt, JWT);
    assert.equal(jitsi['8x8.vc'].deploymentScriptRequests, 0, "8x8's script is not needed: the site's copy works");
    const state = await appState(page);
    assert.match(state.link, /[?&]dep=jaas(&|$)/);
    assert.match(state.link, new RegExp(`[?&]app=${APP_ID}(&|$)`));
    assert.doesNotMatch(state.link, /eyJ/, 'a JWT never goes into a link');
  });

  test('self-hosted, chosen in Settings with the keyboard; a hostile domain is refused first', async () => {
    const { page, jitsi } = await openApp({
      storage: { 'cofinix.settings': SAVED_NAME }, domains: [SELF_HOSTED],
    });
    await clickWidget(page, 'tab-settings');
    await clickWidget(page, 'kind-self');
    await typeInto(page, 'deployment-domain', 'javascript:alert(1)');
    await clickWidget(page, 'save-deployment');
    assert.equal(await page.evaluate(() => localStorage.getItem('cofinix.deployment')), null);
    await typeInto(page, 'deployment-domain', SELF_HOSTED);
    await clickWidget(page, 'save-deployment');
    await waitForState(page, (s) => s.deployment === 'self-hosted');
    await clickWidget(page, 'tab-meet');
    await clickWidget(page, 'start');
    await joinFromPrejoinRoom(page, jitsi);
    const { url } = await meeting(page);
    assert.equal(url.domain, SELF_HOSTED);
  });

  test("config.json sets the site's default deployment and title; junk in it is reported", async () => {
    const { page, jitsi } = await openApp({
      storage: { 'cofinix.settings': SAVED_NAME }, domains: ['8x8.vc'],
      config: { title: 'Acme Meet', deployment: { kind: 'jaas', appId: APP_ID }, extraConfig: { notAJitsiKey: 1 } },
    });
    const state = await waitForState(page, (s) => s.message !== '');
    assert.match(state.message, /notAJitsiKey/);
    await clickWidget(page, 'start');
    await joinFromPrejoinRoom(page, jitsi);
    const { url } = await meeting(page);
    assert.equal(url.domain, '8x8.vc');
    assert.match(url.room, new RegExp(`^${APP_ID}/`));
    assert.equal(jitsi['8x8.vc'].deploymentScriptRequests, 0);
    assert.doesNotMatch((await appState(page)).link, /dep=/, "the site's own default needs no deployment in links");
  });

  test('a link to another deployment asks once before joining there', async () => {
    const { page, jitsi, scripts, origin } = await openApp({
      hash: `#/${CODE}?dep=self&host=${SELF_HOSTED}`, storage: { 'cofinix.settings': SAVED_NAME },
      domains: [SELF_HOSTED],
    });
    const asking = await waitForState(page, (s) => s.confirm !== '');
    assert.match(asking.confirm, /jitsi\.example\.org/);
    assert.equal(await meetingIframeCount(page), 0, 'nothing opens before the yes');
    await clickWidget(page, 'confirm-join');
    // Yes leads to that meeting's pre-join room, like any link; only Join now opens it.
    const prejoin = await joinFromPrejoinRoom(page, jitsi);
    assert.equal(prejoin.room, CODE);
    assert.equal(prejoin.domain, SELF_HOSTED);
    assert.equal(prejoin.confirm, '', 'asked once');
    const { url } = await meeting(page);
    assert.equal(url.domain, SELF_HOSTED);
    assert.equal(url.room, CODE);
    assert.equal(jitsi[SELF_HOSTED].deploymentScriptRequests, 0, 'no script from the chosen server');
    assert.deepEqual([...scripts], [origin], 'every script the page ran came from the site');
  });

  test("a deployment the site's Content-Security-Policy does not allow is explained, not half-opened", async () => {
    const { page } = await openApp({
      hash: `#/${CODE}?dep=self&host=blocked.example.org`, storage: { 'cofinix.settings': SAVED_NAME },
      domains: ['blocked.example.org'], frameSrc: 'https://meet.jit.si',
    });
    await clickWidget(page, 'confirm-join');
    await joinFromPrejoinRoom(page);
    const state = await waitForState(page, (s) => s.scriptError !== '');
    assert.match(state.scriptError, /Content-Security-Policy does not allow meetings from https:\/\/blocked\.example\.org/);
    assert.equal(await meetingIframeCount(page), 0);
  });
});

describe('secrets', { timeout: 240_000 }, () => {
  test('a JWT is typed into a password input, kept for the tab, and on the device only when asked', async () => {
    const { page } = await openApp({ storage: { 'cofinix.settings': SAVED_NAME }, domains: ['8x8.vc'] });
    await clickWidget(page, 'tab-settings');
    await clickWidget(page, 'kind-jaas');
    await typeInto(page, 'jaas-app-id', APP_ID);
    assert.equal(await page.evaluate(() => document.getElementById('text-input').type), 'text');
    await typeInto(page, 'jwt', JWT);
    // While the JWT field has the keyboard, the hidden input is a password input.
    assert.equal(await page.evaluate(() => document.getElementById('text-input').type), 'password');
    assert.equal(await page.evaluate(() => document.getElementById('text-input').autocomplete), 'new-password');
    await clickWidget(page, 'save-deployment');
    await waitForState(page, (s) => s.deployment === 'jaas');
    const stored = await page.evaluate(() => ({
      device: localStorage.getItem('cofinix.deployment'), tab: sessionStorage.getItem('cofinix.deployment.jwt'),
    }));
    assert.doesNotMatch(stored.device, /eyJ/, 'no JWT in localStorage by default');
    assert.equal(stored.tab, JWT);

    await clickWidget(page, 'remember-jwt');
    await clickWidget(page, 'save-deployment');
    await page.waitForFunction(() => /eyJ/.test(localStorage.getItem('cofinix.deployment') || ''));
    assert.equal(await page.evaluate(() => sessionStorage.getItem('cofinix.deployment.jwt')), null);
    await clickWidget(page, 'tab-meet');
    await clickWidget(page, 'name');
    assert.equal(await page.evaluate(() => document.getElementById('text-input').type), 'text', 'back to text');
  });
});

describe('room security and meeting events', { timeout: 240_000 }, () => {
  test('password and the default lobby are set through Jitsi commands once we are moderator', async () => {
    const { page, jitsi } = await openApp({ storage: { 'cofinix.settings': SAVED_NAME } });
    await clickWidget(page, 'security');
    await typeInto(page, 'room-password', 'open sesame');
    // The lobby (knocking) is on by default for a new meeting: nothing to tick.
    await clickWidget(page, 'start');
    await joinFromPrejoinRoom(page, jitsi);
    const { frame } = await meeting(page);
    await standinSend(frame, 'video-conference-joined', { roomName: 'x', id: 'me1', displayName: 'Ada' });
    assert.deepEqual(await securityCommands(frame), [], 'nothing is sent before we are moderator');
    await standinSend(frame, 'participant-role-changed', { id: 'me1', role: 'moderator' });
    await frame.waitForFunction(() => window.standin.received.some((r) => r.name === 'toggle-lobby'));
    assert.deepEqual(await securityCommands(frame), [
      { name: 'password', data: ['open sesame'] },
      { name: 'toggle-lobby', data: [true] },
    ]);
  });

  test('a new meeting with the lobby unticked sends only the password', async () => {
    const { page, jitsi } = await openApp({ storage: { 'cofinix.settings': SAVED_NAME } });
    await clickWidget(page, 'security');
    await typeInto(page, 'room-password', 'open sesame');
    await clickWidget(page, 'lobby-toggle');
    await clickWidget(page, 'start');
    await joinFromPrejoinRoom(page, jitsi);
    const { frame } = await meeting(page);
    await standinSend(frame, 'video-conference-joined', { roomName: 'x', id: 'me1', displayName: 'Ada' });
    await standinSend(frame, 'participant-role-changed', { id: 'me1', role: 'moderator' });
    await frame.waitForFunction(() => window.standin.received.some((r) => r.name === 'password'));
    await page.waitForTimeout(500);
    assert.deepEqual(await securityCommands(frame), [{ name: 'password', data: ['open sesame'] }]);
  });

  test("a room joined by its link is someone else's: no lobby or password is set, even as moderator", async () => {
    const { page, jitsi } = await openApp({ hash: `#/${CODE}`, storage: { 'cofinix.settings': SAVED_NAME } });
    await joinFromPrejoinRoom(page, jitsi);
    const { frame } = await meeting(page);
    await standinSend(frame, 'video-conference-joined', { roomName: 'x', id: 'me1', displayName: 'Ada' });
    await standinSend(frame, 'participant-role-changed', { id: 'me1', role: 'moderator' });
    await page.waitForTimeout(700);
    assert.deepEqual(await securityCommands(frame), []);
    assert.deepEqual((await appState(page)).security, []);
  });

  test('a guest asked for the password types it in the panel', async () => {
    const { page, jitsi } = await openApp({ hash: `#/${CODE}`, storage: { 'cofinix.settings': SAVED_NAME } });
    await joinFromPrejoinRoom(page, jitsi);
    const { frame } = await meeting(page);
    await standinSend(frame, 'video-conference-joined', { roomName: 'x', id: 'g1', displayName: 'Ada' });
    await standinSend(frame, 'password-required', {});
    await waitForState(page, (s) => s.passwordPrompt === true);
    await typeInto(page, 'guest-password', 'letmein');
    await clickWidget(page, 'submit-password');
    await frame.waitForFunction(() => window.standin.received.some((r) => r.name === 'password'));
    const password = (await standinReceived(frame)).find((r) => r.name === 'password');
    assert.deepEqual(password.data, ['letmein']);
  });

  test('participants are counted, and being removed returns to the lobby with the reason', async () => {
    const { page, jitsi, errors } = await openApp({ hash: `#/${CODE}`, storage: { 'cofinix.settings': SAVED_NAME } });
    await joinFromPrejoinRoom(page, jitsi);
    const { frame } = await meeting(page);
    await standinSend(frame, 'video-conference-joined', { roomName: 'x', id: 'me1', displayName: 'Ada' });
    await standinSend(frame, 'participant-joined', { id: 'p2', displayName: '<img src=x onerror=alert(1)>' });
    await waitForState(page, (s) => s.participants === 2);
    await standinSend(frame, 'participant-kicked-out', { kicked: { id: 'me1', local: true }, kicker: { id: 'p2' } });
    const state = await waitForState(page, (s) => s.screen === 'lobby');
    assert.match(state.message, /removed/);
    assert.equal(await meetingIframeCount(page), 0);
    assert.deepEqual(errors.filter((e) => e.includes('pageerror')), []);
  });
});
