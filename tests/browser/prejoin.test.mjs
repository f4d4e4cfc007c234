// The way into a meeting: every join passes through the pre-join room, which shows a live
// camera preview (Chromium's fake camera) and a microphone meter (its fake beep), lets the
// person choose devices and mute first, and never opens a meeting without their click or
// Enter. Also: room security applied whichever order Jitsi reports role and join, and in a
// tab that draws no frames.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';

import {
  clickWidget, collectErrors, meetingIframeCount, seedLocalStorage, parseJitsiUrl, routeJitsi, standinReceived,
  standinSend, typeInto, waitForJitsiFrame, waitForState, waitForWidget, useBrowser,
} from './harness.mjs';

const CODE = 'COF-AB12CD34';
const SAVED_NAME = JSON.stringify({ version: 1, displayName: 'Ada' });

const env = useBrowser({ before, after, afterEach });

/**
 * Opens the app; `devices` grants the fake camera and microphone, `storage` seeds localStorage,
 * `beforeGoto(page)` adds routes before the page loads.
 */
async function openApp({ hash = '', devices = true, storage = {}, jitsi: jitsiOptions = {}, beforeGoto } = {}) {
  const context = await env.newContext();
  const origin = new URL(env.site.url).origin;
  if (devices) await context.grantPermissions(['camera', 'microphone'], { origin });
  await seedLocalStorage(context, env.site.url, storage);
  const page = await context.newPage();
  const errors = collectErrors(page);
  const jitsi = await routeJitsi(page, jitsiOptions);
  if (beforeGoto) await beforeGoto(page);
  // Not "load": a held script (beforeGoto's routes) holds the load event back too.
  await page.goto(env.site.url + hash, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => (window.cofx?.frames ?? 0) > 0 && Boolean(window.cofx.state?.screen));
  return { page, jitsi, errors };
}

async function meeting(page) {
  await waitForState(page, (s) => s.screen === 'meeting');
  const frame = await waitForJitsiFrame(page);
  return { ...frame, url: parseJitsiUrl(frame.src) };
}

/** Two samples of the preview's pixels, 700 ms apart: {width, changed}. */
function previewMotion(page) {
  return page.evaluate(async () => {
    const video = document.getElementById('preview');
    const sample = () => {
      const canvas = document.createElement('canvas');
      canvas.width = 160;
      canvas.height = 90;
      const context = canvas.getContext('2d');
      context.drawImage(video, 0, 0, 160, 90);
      return Array.from(context.getImageData(0, 0, 160, 90).data);
    };
    const first = sample();
    await new Promise((resolve) => setTimeout(resolve, 700));
    const second = sample();
    let changed = 0;
    for (let i = 0; i < first.length; i += 1) if (first[i] !== second[i]) changed += 1;
    return { width: video.videoWidth, hidden: video.hidden, changed };
  });
}

describe('the pre-join room', { timeout: 180_000 }, () => {
  test('a link opens the pre-join room, not the meeting', async () => {
    const { page, jitsi, errors } = await openApp({ hash: `#/${CODE}`, storage: { 'cofinix.settings': SAVED_NAME } });
    const state = await waitForState(page, (s) => s.screen === 'prejoin');
    assert.equal(state.room, CODE);
    await waitForWidget(page, 'join-now');
    await page.waitForTimeout(1_000);
    assert.equal(await meetingIframeCount(page), 0, 'no meeting without a click');
    assert.equal((await waitForState(page, () => true)).screen, 'prejoin');
    // The way is warmed meanwhile: the iframe API script is already loaded.
    await page.waitForFunction(() => typeof window.JitsiMeetExternalAPI === 'function');
    assert.equal(jitsi.iframeRequests.length, 0);
    assert.deepEqual(errors, []);
  });

  // src/web/js/later.js: the preview, the speaker test, the Jitsi bridge and files come in a
  // script of their own, after the lobby's first frame.
  test('the later part comes after the first frame; a Join pressed before it arrives opens the meeting then, the name intact', async () => {
    const lobby = await openApp();
    await lobby.page.waitForFunction(() => Boolean(window.CofxLater?.part));
    const timing = await lobby.page.evaluate(() => ({
      asked: performance.getEntriesByType('resource').find((e) => /\/later\.[0-9a-f]{10}\.js$/.test(e.name))?.startTime,
      firstFrame: window.cofx.firstFrameAt,
    }));
    assert.ok(timing.asked > timing.firstFrame, `later.js asked for at ${timing.asked} ms, the first frame at ${timing.firstFrame} ms`);

    let release;
    const held = new Promise((resolve) => { release = resolve; });
    const { page, errors } = await openApp({
      hash: `#/${CODE}`,
      storage: { 'cofinix.settings': JSON.stringify({ version: 1, displayName: '陈美玲' }) },
      beforeGoto: (p) => p.route(/\/later\.[0-9a-f]{10}\.js$/, async (route) => { await held; await route.continue(); }),
    });
    await clickWidget(page, 'join-now');
    await waitForState(page, (s) => s.screen === 'joining');
    assert.equal(await meetingIframeCount(page), 0, 'the meeting waits for the part');
    assert.equal(await page.evaluate(() => window.CofxLater.waiting.length > 0), true);
    release();
    const { url } = await meeting(page);
    assert.equal(url.room, CODE);
    assert.equal(url.userInfo.displayName, '陈美玲');
    assert.equal(await page.evaluate(() => window.CofxLater.waiting.length), 0);
    assert.deepEqual(errors, []);
  });

  test('a later part that cannot be loaded ends the join with the reason, and Retry joins once it can', async () => {
    let failing = true;
    let asked = 0;
    const { page, errors } = await openApp({
      hash: `#/${CODE}`,
      storage: { 'cofinix.settings': SAVED_NAME },
      beforeGoto: (p) => p.route(/\/later\.[0-9a-f]{10}\.js$/, async (route) => {
        asked += 1;
        if (failing) await route.abort('connectionrefused');
        else await route.continue();
      }),
    });
    await clickWidget(page, 'join-now');
    const failed = await waitForState(page, (s) => s.screen === 'lobby' && s.error !== '');
    assert.match(failed.scriptError, /later\.[0-9a-f]{10}\.js could not be loaded/);
    assert.equal(await meetingIframeCount(page), 0);
    failing = false;
    const before = asked;
    await clickWidget(page, 'retry');
    const { url } = await meeting(page);
    assert.equal(url.room, CODE);
    assert.ok(asked > before, 'Retry asked for the part again');
    assert.deepEqual(errors.filter((e) => !/later\.[0-9a-f]{10}\.js|ERR_CONNECTION_REFUSED/.test(e)), []);
  });

  test('the preview shows the moving camera picture and the meter follows the microphone', async () => {
    const { page } = await openApp({ hash: `#/${CODE}`, storage: { 'cofinix.settings': SAVED_NAME } });
    await waitForState(page, (s) => s.prejoin?.camera === 'live' && s.prejoin?.microphone === 'live');
    await page.waitForFunction(() => document.getElementById('preview').videoWidth > 0);
    const motion = await previewMotion(page);
    assert.ok(motion.width > 0, 'the video has a picture');
    assert.equal(motion.hidden, false, 'the video is shown');
    assert.ok(motion.changed > 50, `the picture moves (${motion.changed} channel values changed)`);
    // The <video> sits over the preview rectangle the canvas left for it.
    const rect = await waitForWidget(page, 'preview');
    const box = await page.locator('#preview').boundingBox();
    assert.ok(Math.abs(box.x - rect.x) < 2 && Math.abs(box.width - rect.w) < 2, `${JSON.stringify(box)} over ${JSON.stringify(rect)}`);

    // A click anywhere lets the page's audio run; then the meter moves with the fake beep.
    await clickWidget(page, 'prejoin-name');
    const levels = new Set();
    for (let i = 0; i < 40; i += 1) {
      levels.add((await waitForState(page, () => true)).prejoin.level);
      await page.waitForTimeout(50);
    }
    assert.ok(Math.max(...levels) >= 5, `the meter rises: ${[...levels]}`);
    assert.ok(levels.size >= 3, `the meter moves: ${[...levels]}`);
  });

  test('toggles and the chosen camera reach Jitsi, and the preview stops before the meeting', async () => {
    const { page } = await openApp({ hash: `#/${CODE}`, storage: { 'cofinix.settings': SAVED_NAME } });
    await waitForState(page, (s) => s.prejoin?.camera === 'live' && s.prejoin?.cameras > 0);
    await page.evaluate(() => { window.previewTracks = document.getElementById('preview').srcObject.getTracks(); });
    const label = await page.evaluate(async () =>
      (await navigator.mediaDevices.enumerateDevices()).find((d) => d.kind === 'videoinput').label);
    await clickWidget(page, 'camera-picker');
    await clickWidget(page, 'camera-picker-0');
    await clickWidget(page, 'mic-toggle');
    await waitForState(page, (s) => s.prejoin.microphoneOn === false);
    await clickWidget(page, 'join-now');
    const { url } = await meeting(page);
    assert.equal(url.config.startWithAudioMuted, true);
    assert.equal(url.config.startWithVideoMuted, false);
    assert.equal(url.hashParams['devices.videoInput'], label);
    const ended = await page.evaluate(() => window.previewTracks.map((t) => t.readyState));
    assert.ok(ended.length > 0 && ended.every((s) => s === 'ended'), `preview tracks: ${ended}`);
    assert.equal(await page.evaluate(() => document.getElementById('preview').hidden), true);
    // Remembered in this browser.
    const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('cofinix.devices')));
    assert.equal(saved.microphone.on, false);
  });

  test('Enter in the name field joins; an empty name is explained and opens nothing', async () => {
    const { page } = await openApp({ hash: `#/${CODE}`, devices: false });
    await waitForState(page, (s) => s.screen === 'prejoin');
    await clickWidget(page, 'join-now');
    const state = await waitForState(page, (s) => s.prejoin.nameError !== '');
    assert.match(state.prejoin.nameError, /name/i);
    assert.equal(await meetingIframeCount(page), 0);
    await typeInto(page, 'prejoin-name', 'Grace Hopper');
    await page.keyboard.press('Enter');
    const { url } = await meeting(page);
    assert.equal(url.userInfo.displayName, 'Grace Hopper');
  });

  test('a refused camera and microphone are explained, and joining without them works', async () => {
    const { page } = await openApp({ hash: `#/${CODE}`, devices: false, storage: { 'cofinix.settings': SAVED_NAME } });
    const state = await waitForState(page, (s) => s.prejoin?.camera === 'denied');
    assert.match(state.prejoin.cameraProblem, /blocked your camera.*address bar/);
    await waitForState(page, (s) => s.prejoin.microphone === 'denied');
    await clickWidget(page, 'join-without-devices');
    const { url } = await meeting(page);
    assert.equal(url.config.startWithAudioMuted, true);
    assert.equal(url.config.startWithVideoMuted, true);
  });
});

describe('room security that is really applied', { timeout: 180_000 }, () => {
  async function startProtected(page) {
    await typeInto(page, 'name', 'Ada');
    await clickWidget(page, 'security');
    await typeInto(page, 'room-password', 'open sesame');
    await clickWidget(page, 'start');
    await waitForState(page, (s) => s.screen === 'prejoin');
    await clickWidget(page, 'join-now');
    return meeting(page);
  }

  test('a moderator role reported before the join still sets the password and lobby', async () => {
    const { page } = await openApp({ devices: false, jitsi: { autoJoin: false } });
    const { frame } = await startProtected(page);
    await standinSend(frame, 'participant-role-changed', { id: 'local', role: 'moderator' });
    await standinSend(frame, 'video-conference-joined', { roomName: 'x', id: 'local', displayName: 'Ada' });
    await frame.waitForFunction(() => window.standin.received.some((r) => r.name === 'toggle-lobby'));
    const password = (await standinReceived(frame)).find((r) => r.name === 'password');
    assert.deepEqual(password.data, ['open sesame']);
    // The panel says what Jitsi reported: the lobby is on only once Jitsi says so.
    let state = await waitForState(page, (s) => s.security.length === 2);
    assert.deepEqual(state.security.map((s) => s.state), ['sent', 'sent']);
    await standinSend(frame, 'notification-triggered',
      { title: 'lobby.notificationTitle', description: 'lobby.notificationLobbyEnabled' });
    state = await waitForState(page, (s) => s.security.find((i) => i.item === 'lobby')?.state === 'applied');
    assert.match(state.security.find((i) => i.item === 'lobby').text, /Lobby: on/);
  });

  test('a tab that draws no frames still applies security and ends the meeting', async () => {
    const { page } = await openApp({ devices: false, jitsi: { autoJoin: false } });
    const { frame } = await startProtected(page);
    // As in a hidden tab: animation frames never run from here on.
    await page.evaluate(() => { window.requestAnimationFrame = () => 0; });
    const framesBefore = await page.evaluate(() => window.cofx.frames);
    await standinSend(frame, 'video-conference-joined', { roomName: 'x', id: 'local', displayName: 'Ada' });
    await standinSend(frame, 'participant-role-changed', { id: 'local', role: 'moderator' });
    await frame.waitForFunction(() => window.standin.received.some((r) => r.name === 'password'));
    await standinSend(frame, 'video-conference-left', { roomName: 'x' });
    await waitForState(page, (s) => s.screen === 'lobby');
    assert.equal(await meetingIframeCount(page), 0);
    assert.equal(await page.evaluate(() => window.cofx.frames), framesBefore, 'no frame was drawn');
  });

  test('a link followed during a meeting asks before leaving it', async () => {
    const { page } = await openApp({ devices: false, storage: { 'cofinix.settings': SAVED_NAME } });
    await clickWidget(page, 'start');
    await waitForState(page, (s) => s.screen === 'prejoin');
    await clickWidget(page, 'join-now');
    const { url } = await meeting(page);
    await page.evaluate((hash) => { location.hash = hash; }, `#/${CODE}`);
    await waitForState(page, (s) => s.leaveQuestion === true);
    assert.equal(await page.evaluate(() => location.hash), `#/${url.room}`, 'the address bar still shows the meeting');
    await clickWidget(page, 'keep-meeting');
    await waitForState(page, (s) => s.leaveQuestion === false && s.screen === 'meeting');
    await page.evaluate((hash) => { location.hash = hash; }, `#/${CODE}`);
    await clickWidget(page, 'leave-for-link');
    const state = await waitForState(page, (s) => s.screen === 'prejoin');
    assert.equal(state.room, CODE);
    assert.equal(await meetingIframeCount(page), 0);
  });
});
