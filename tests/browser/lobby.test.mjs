// The app's journeys, driven like a person would: real mouse clicks and key presses on the
// canvas, with https://meet.jit.si answered by the real iframe API and the stand-in conference.
// Needs dist/ (the built app); see README.md in this folder.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';

import {
  appState, clickWidget, collectErrors, frameCount, framesDuring, isSingleColour, joinFromPrejoin,
  meetingIframeCount, notWhitelisted, parseJitsiUrl, ROOM_PATTERN, routeJitsi, standinSend, startSite,
  typeInto, waitForJitsiFrame, waitForState, waitForWidget, whitelist,
  useBrowser,
} from './harness.mjs';

const SETTINGS_KEY = 'cofinix.settings';
const DEVICES_KEY = 'cofinix.devices';
const EXAMPLE_CODE = 'COF-AB12CD34';
const APP_START_TIMEOUT = 30_000;
const VIEWPORT = { width: 1280, height: 800 };

const env = useBrowser({ before, after, afterEach });

/**
 * Opens the app in a fresh context (fresh localStorage) with Jitsi routed.
 * `settings` pre-seeds the saved settings document before the app's first load, `devices` the
 * saved device choices (e.g. the person's own "skip the device check");
 * `scriptTimeoutMs` shortens the app's wait for a script that never answers.
 * No camera or microphone permission is granted: the pre-join room shows them refused, which
 * never stops a join.
 */
async function openApp({
  on = env.site, hash = '', jitsi: jitsiOptions = {}, settings, devices, scriptTimeoutMs,
} = {}) {
  const context = await env.newContext({ viewport: VIEWPORT });
  const origin = new URL(on.url).origin;
  const seeds = [[SETTINGS_KEY, settings], [DEVICES_KEY, devices]]
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)]);
  if (seeds.length > 0) {
    await context.addInitScript(([siteOrigin, entries]) => {
      // Only once and only on the site itself: the app may rewrite it later.
      if (location.origin !== siteOrigin) return;
      for (const [key, value] of entries) if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
    }, [origin, seeds]);
  }
  if (scriptTimeoutMs) {
    // The release build carries no test hook for this wait (src/web/js/jitsi.js), so the test
    // shortens it from outside: a setTimeout of exactly the app's 15 s script wait runs after
    // `ms` instead. Playwright's clock would do the same, but it also stops animation frames,
    // which the app draws with. (The app's other 15 s timer, a token fetch's, never runs in
    // these tests: they meet on the default deployment, which needs no token.)
    await context.addInitScript((ms) => {
      const setTimeoutAsBuilt = window.setTimeout;
      window.setTimeout = function (handler, delay, ...args) {
        return setTimeoutAsBuilt.call(this, handler, delay === 15_000 ? ms : delay, ...args);
      };
    }, scriptTimeoutMs);
  }
  const page = await context.newPage();
  const errors = collectErrors(page);
  const jitsi = await routeJitsi(page, jitsiOptions);
  await page.goto(on.url + hash);
  await page.waitForFunction(() => (window.cofx?.frames ?? 0) > 0 && Boolean(window.cofx.state?.screen),
    null, { timeout: APP_START_TIMEOUT });
  return { context, page, jitsi, errors };
}

/** Waits for the meeting screen and the stand-in conference in its iframe; returns both. */
async function waitForMeeting(page) {
  const state = await waitForState(page, (s) => s.screen === 'meeting');
  const meeting = await waitForJitsiFrame(page);
  return { state, meeting, url: parseJitsiUrl(meeting.src) };
}

/**
 * Waits for the pre-join room and checks that nothing has opened yet: no iframe, and (given
 * the routed `jitsi`) no conference page requested. Returns the state.
 */
async function waitForPrejoin(page, jitsi) {
  const state = await waitForState(page, (s) => s.screen === 'prejoin');
  assert.equal(state.flow, 'prejoin');
  assert.equal(await meetingIframeCount(page), 0, 'no meeting before Join now');
  if (jitsi) assert.deepEqual(jitsi.iframeRequests, [], 'no conference page requested before Join now');
  return state;
}

/** The pre-join room's real "Join now" click, then the meeting. */
async function joinNow(page) {
  await joinFromPrejoin(page);
  return waitForMeeting(page);
}

/** Types the name, presses Start: the pre-join room opens; Join now opens the meeting. */
async function startInstantMeeting(page, name, jitsi) {
  await typeInto(page, 'name', name);
  await clickWidget(page, 'start');
  const prejoin = await waitForPrejoin(page, jitsi);
  assert.match(prejoin.room, ROOM_PATTERN);
  assert.equal(prejoin.prejoin.name, name, 'the pre-join room starts with the lobby\'s name');
  const meeting = await joinNow(page);
  assert.equal(meeting.state.room, prejoin.room, 'Join now opens the room the pre-join room was for');
  return meeting;
}

function meetingChildCount(page) {
  return page.evaluate(() => document.getElementById('meeting')?.childElementCount ?? -1);
}

/** Waits for the screen-reader live region (#announcer) to say `text`. */
async function waitForAnnouncement(page, text) {
  await page.waitForFunction((said) => document.getElementById('announcer')?.textContent === said, text, { timeout: 30_000 });
}

/** Asserts the lobby is back without a page reload, and that it draws frames again. */
async function assertBackInLobby(page, framesInMeeting) {
  const state = await waitForState(page, (s) => s.screen === 'lobby');
  assert.equal(await meetingIframeCount(page), 0);
  assert.equal(await meetingChildCount(page), 0);
  assert.equal(await page.evaluate(() => window.noReloadMarker), true, 'the page must not reload');
  await page.waitForFunction((before) => window.cofx.frames > before, framesInMeeting, { timeout: 30_000 });
  return state;
}

describe('the lobby', { timeout: 180_000 }, () => {
  test('renders its widgets on the canvas', async () => {
    const { page, jitsi, errors } = await openApp();
    assert.ok(await frameCount(page) > 0);
    for (const name of ['name', 'code', 'start', 'join']) {
      const rect = await waitForWidget(page, name);
      assert.ok(rect.w > 0 && rect.h > 0, `${name} has a size: ${JSON.stringify(rect)}`);
    }
    assert.equal(await isSingleColour(page), false, 'the canvas shows more than one colour');
    const state = await appState(page);
    assert.equal(state.screen, 'lobby');
    assert.equal(state.error, '');
    assert.equal(jitsi.deploymentScriptRequests, 0, "no script from Jitsi's origin");
    assert.deepEqual(jitsi.iframeRequests, [], 'no meeting is opened');
    // The site's own copy of the iframe API is prefetched once the page is idle, once.
    for (let waited = 0; jitsi.scriptRequests === 0; waited += 100) {
      assert.ok(waited < 10_000, "the site's iframe API is prefetched");
      await page.waitForTimeout(100);
    }
    await page.waitForTimeout(500);
    assert.equal(jitsi.scriptRequests, 1);
    assert.deepEqual(errors, []);
  });
});

/**
 * Opens the app at `hash` with its WebAssembly held back until the returned `release()`:
 * the page as it is while the module still downloads.
 */
async function openWhileStarting({ hash = '', viewport = VIEWPORT, settings } = {}) {
  const context = await env.newContext({ viewport });
  if (settings) {
    await context.addInitScript((saved) => localStorage.setItem('cofinix.settings', saved), JSON.stringify(settings));
  }
  const page = await context.newPage();
  const errors = collectErrors(page);
  await routeJitsi(page);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/\/cofinix\.[0-9a-f]+\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.goto(env.site.url + hash, { waitUntil: 'domcontentloaded' });
  const card = await page.locator('#loading').boundingBox();
  const started = async () => {
    release();
    await page.waitForFunction(() => (window.cofx?.frames ?? 0) > 0, null, { timeout: APP_START_TIMEOUT });
  };
  return { page, errors, card, started };
}

const within = (rect, card) => rect.x >= card.x && rect.x + rect.w <= card.x + card.width &&
  rect.y >= card.y && rect.y + rect.h <= card.y + card.height;

describe('while the module starts', { timeout: 180_000 }, () => {
  for (const [viewport, padding] of [[VIEWPORT, 24], [{ width: 390, height: 844 }, 14]]) {
    test(`the page shows the lobby's card, where the first frame draws it (${viewport.width}×${viewport.height})`, async () => {
      const { page, errors, card, started } = await openWhileStarting({ viewport });
      assert.ok(card && card.width > 300 && card.height > 300, `a card is shown: ${JSON.stringify(card)}`);
      assert.equal(await page.evaluate(() => window.cofx?.frames ?? 0), 0, 'before the first frame');
      await started();
      assert.equal(await page.locator('#loading').isVisible(), false, 'the canvas takes over');
      const name = await waitForWidget(page, 'name');
      assert.ok(Math.abs(name.x - (card.x + padding)) <= 1, `the name field starts at the card's padding: ${name.x} vs ${card.x}`);
      assert.ok(Math.abs(name.w - (card.width - 2 * padding)) <= 2, `and spans it: ${name.w} vs ${card.width}`);
      for (const widget of ['tab-meet', 'name', 'start', 'join', 'shortcuts']) {
        assert.ok(within(await waitForWidget(page, widget), card), `${widget} is drawn inside the card shown before`);
      }
      assert.deepEqual(errors, []);
    });
  }

  test('a meeting link shows the pre-join room\'s card', async () => {
    const { page, errors, card, started } = await openWhileStarting({ hash: `#/${EXAMPLE_CODE}` });
    await started();
    await waitForState(page, (s) => s.screen === 'prejoin');
    const preview = await waitForWidget(page, 'preview');
    assert.ok(Math.abs(preview.x - (card.x + 24)) <= 1, `the preview starts at the card's padding: ${preview.x} vs ${card.x}`);
    for (const widget of ['preview', 'prejoin-name', 'join-now', 'noise-toggle']) {
      assert.ok(within(await waitForWidget(page, widget), card), `${widget} is drawn inside the card shown before`);
    }
    assert.deepEqual(errors, []);
  });

  test('"Start instant meeting" pressed on the page before the app runs is not lost', async () => {
    const { page, errors, started } = await openWhileStarting({ settings: { version: 1, displayName: '陈美玲' } });
    await page.keyboard.press('Tab');  // the page's own actions come first in the tab order
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.action), 'start');
    await page.keyboard.press('Enter');
    await started();
    const state = await waitForState(page, (s) => s.screen === 'prejoin');
    assert.match(state.room, ROOM_PATTERN, 'the instant meeting\'s room opened');
    assert.equal(state.prejoin.name, '陈美玲');
    assert.deepEqual(errors, []);
  });
});

describe('starting an instant meeting', { timeout: 180_000 }, () => {
  test('opens Jitsi with a fresh code, the name and a whitelisted config', async () => {
    const { page, jitsi, errors } = await openApp();
    const { state, meeting, url } = await startInstantMeeting(page, 'Ada Lovelace', jitsi);

    assert.match(url.room, ROOM_PATTERN);
    assert.equal(url.room, state.room);
    assert.equal(url.domain, 'meet.jit.si');
    assert.equal(url.userInfo.displayName, 'Ada Lovelace');
    assert.equal(state.displayName, 'Ada Lovelace');
    for (const button of ['microphone', 'desktop', 'hangup']) {
      assert.ok(url.config.toolbarButtons?.includes(button), `toolbarButtons has ${button}`);
    }
    const allowed = await whitelist();
    assert.deepEqual(notWhitelisted(url.config, allowed.config), [], 'config keys Jitsi would drop');
    assert.deepEqual(notWhitelisted(url.interfaceConfig, allowed.interfaceConfig), [],
      'interfaceConfig keys Jitsi would drop');
    assert.equal(await page.evaluate(() => location.hash), `#/${url.room}`);
    // Jitsi's page opens in the interface's language (?lang=, core/site/language.h).
    assert.deepEqual(jitsi.iframeRequests, [`https://meet.jit.si/${url.room}?lang=en`]);
    assert.match(await meeting.frame.evaluate(() => document.body.innerText), /Ada Lovelace/);

    // The lobby form is gone: the canvas is a slim panel beside the meeting, redrawn only by
    // its 1 Hz elapsed-time clock.
    await meeting.frame.waitForFunction(() => window.standin.sent.some((e) => e.name === 'video-conference-joined'));
    await waitForWidget(page, 'leave');
    assert.equal((await page.evaluate(() => window.cofx.widgets)).start, undefined, 'no lobby form in a meeting');
    await page.waitForTimeout(300);
    assert.ok(await framesDuring(page, 2_000) <= 3, 'at most the 1 Hz clock draws during the meeting');
    assert.deepEqual(errors, []);
  });

  test('a name outside ASCII reaches Jitsi intact', async () => {
    const { page, jitsi } = await openApp();
    const { url } = await startInstantMeeting(page, 'Zoë Żak', jitsi);
    assert.equal(url.userInfo.displayName, 'Zoë Żak');
  });

  test('each meeting gets its own code', async () => {
    const rooms = new Set();
    for (let i = 0; i < 2; i += 1) {
      const { page } = await openApp();
      const { url } = await startInstantMeeting(page, 'Ada');
      rooms.add(url.room);
    }
    assert.equal(rooms.size, 2);
  });
});

describe('joining with a typed code', { timeout: 180_000 }, () => {
  const INVALID_CODES = [
    ['empty', ''],
    ['too short', 'COF-123'],
    ['wrong prefix', 'TEST-ABCDEF'],
    ['too long', 'COF-ABCD12345'],
    ['Cyrillic look-alikes', '\u0421\u041eF-AB12CD34'], // С and О are Cyrillic
  ];

  test('refuses invalid codes with an explanation', async () => {
    const { page, jitsi } = await openApp();
    for (const [label, code] of INVALID_CODES) {
      await typeInto(page, 'code', code);
      // Editing the code clears the previous complaint; the empty case has nothing to clear.
      const typed = await waitForState(page, (s) => s.error === '');
      if ('code' in typed) assert.equal(typed.code, code, `${label}: the typed code reached the app`);
      await clickWidget(page, 'join');
      const state = await waitForState(page, (s) => s.error !== '');
      assert.match(state.error, new RegExp(EXAMPLE_CODE), `${label}: the error shows an example code`);
      await waitForAnnouncement(page, state.error);
      assert.equal(state.screen, 'lobby', label);
      assert.equal(await meetingIframeCount(page), 0, label);
    }
    assert.deepEqual(jitsi.iframeRequests, []);
    assert.equal(jitsi.deploymentScriptRequests, 0);
  });

  test('accepts a lower-case code with spaces around it', async () => {
    const { page } = await openApp();
    await typeInto(page, 'name', 'Ada');
    await typeInto(page, 'code', '  cof-ab12cd34  ');
    await clickWidget(page, 'join');
    const prejoin = await waitForPrejoin(page);
    assert.equal(prejoin.room, EXAMPLE_CODE);
    assert.equal(await page.evaluate(() => location.hash), `#/${EXAMPLE_CODE}`, 'the address bar names the room');
    const { state, url } = await joinNow(page);
    assert.equal(url.room, EXAMPLE_CODE);
    assert.equal(state.room, EXAMPLE_CODE);
    assert.equal(url.userInfo.displayName, 'Ada');
    assert.equal(await page.evaluate(() => location.hash), `#/${EXAMPLE_CODE}`);
  });
});

describe('the person\'s own "skip the device check"', { timeout: 180_000 }, () => {
  const SKIP = { version: 1, skipCheck: true };

  test('Start instant meeting goes straight in', async () => {
    const { page } = await openApp({ devices: SKIP });
    await typeInto(page, 'name', 'Ada');
    await clickWidget(page, 'start');
    const { state, url } = await waitForMeeting(page);
    assert.match(url.room, ROOM_PATTERN);
    assert.equal(state.prejoin.skipCheck, true);
    assert.equal(url.userInfo.displayName, 'Ada');
  });

  test('a typed code goes straight in', async () => {
    const { page } = await openApp({ devices: SKIP, settings: { version: 1, displayName: 'Ada' } });
    await typeInto(page, 'code', EXAMPLE_CODE);
    await clickWidget(page, 'join');
    const { url } = await waitForMeeting(page);
    assert.equal(url.room, EXAMPLE_CODE);
  });

  test('a link still opens the pre-join room', async () => {
    const { page, jitsi } = await openApp({
      hash: `#/${EXAMPLE_CODE}`, devices: SKIP, settings: { version: 1, displayName: 'Ada' },
    });
    const state = await waitForPrejoin(page, jitsi);
    assert.equal(state.prejoin.skipCheck, true);
    await page.waitForTimeout(1_000);
    assert.equal((await appState(page)).screen, 'prejoin', 'a link waits for Join now');
    assert.equal(await meetingIframeCount(page), 0);
    const { url } = await joinNow(page);
    assert.equal(url.room, EXAMPLE_CODE);
  });
});

describe('a bookmarked meeting link', { timeout: 180_000 }, () => {
  test('opens the pre-join room with the saved name, and the meeting only after Join now', async () => {
    const { page, jitsi } = await openApp({ hash: `#/${EXAMPLE_CODE}`, settings: { version: 1, displayName: 'Ada' } });
    const prejoin = await waitForPrejoin(page, jitsi);
    assert.equal(prejoin.room, EXAMPLE_CODE);
    assert.equal(prejoin.prejoin.name, 'Ada');
    await page.waitForTimeout(1_000);
    assert.equal((await appState(page)).screen, 'prejoin', 'still waiting for the person');
    assert.equal(await meetingIframeCount(page), 0);
    assert.deepEqual(jitsi.iframeRequests, []);

    const { state, url } = await joinNow(page);
    assert.equal(url.room, EXAMPLE_CODE);
    assert.equal(state.room, EXAMPLE_CODE);
    assert.equal(url.userInfo.displayName, 'Ada');
    assert.deepEqual(jitsi.iframeRequests, [`https://meet.jit.si/${EXAMPLE_CODE}?lang=en`]);
  });

  test('with no saved name opens the pre-join room, which asks for the name', async () => {
    const { page, jitsi } = await openApp({ hash: `#/${EXAMPLE_CODE}` });
    const state = await waitForPrejoin(page, jitsi);
    assert.equal(state.room, EXAMPLE_CODE);
    assert.equal(state.error, '', 'no lobby error: the pre-join room has its own name field');
    assert.equal(state.nameError, '');
    assert.equal(state.prejoin.name, '');
    assert.equal(state.prejoin.nameError, '');
    await waitForWidget(page, 'prejoin-name');

    await clickWidget(page, 'join-now');
    const refused = await waitForState(page, (s) => s.prejoin.nameError !== '');
    assert.equal(refused.screen, 'prejoin');
    assert.match(refused.prejoin.nameError, /name/i);
    await waitForAnnouncement(page, refused.prejoin.nameError);
    assert.equal(await meetingIframeCount(page), 0);
    assert.deepEqual(jitsi.iframeRequests, []);

    await typeInto(page, 'prejoin-name', 'Grace');
    await waitForState(page, (s) => s.prejoin.name === 'Grace' && s.prejoin.nameError === '');
    const { url } = await joinNow(page);
    assert.equal(url.room, EXAMPLE_CODE);
    assert.equal(url.userInfo.displayName, 'Grace');
  });

  test('with an invalid code shows the lobby and the problem', async () => {
    for (const hash of ['#/COF-12', '#/%D0%A1OF-AB12CD34']) {
      const { page, jitsi } = await openApp({ hash, settings: { version: 1, displayName: 'Ada' } });
      const state = await appState(page);
      assert.equal(state.screen, 'lobby', hash);
      assert.match(state.error, new RegExp(EXAMPLE_CODE), hash);
      assert.equal(await meetingIframeCount(page), 0, hash);
      await page.waitForTimeout(200);
      assert.equal(jitsi.deploymentScriptRequests, 0, `${hash}: nothing from Jitsi's origin`);
      assert.deepEqual(jitsi.iframeRequests, [], `${hash}: no meeting opened`);
    }
  });
});

describe('leaving a meeting', { timeout: 180_000 }, () => {
  const SAVED = { version: 1, displayName: 'Ada' };

  for (const event of ['video-conference-left', 'video-ready-to-close']) {
    test(`'${event}' from Jitsi returns to the lobby without a reload`, async () => {
      const { page } = await openApp({ hash: `#/${EXAMPLE_CODE}`, settings: SAVED });
      const { meeting } = await joinNow(page);
      await page.evaluate(() => { window.noReloadMarker = true; });
      const framesInMeeting = await frameCount(page);
      await standinSend(meeting.frame, event, event === 'video-conference-left' ? { roomName: 'cof-ab12cd34' } : {});
      await assertBackInLobby(page, framesInMeeting);
      assert.equal(await page.evaluate(() => location.hash), '#/');
    });
  }

  test('hanging up in Jitsi returns to the lobby', async () => {
    const { page } = await openApp({ hash: `#/${EXAMPLE_CODE}`, settings: SAVED });
    const { meeting } = await joinNow(page);
    await page.evaluate(() => { window.noReloadMarker = true; });
    const framesInMeeting = await frameCount(page);
    // What Jitsi Meet sends after its own hangup button.
    await meeting.frame.evaluate(() => window.standin.leave());
    await assertBackInLobby(page, framesInMeeting);
  });

  test('Leave in the slim meeting panel returns to the lobby', async () => {
    const { page } = await openApp({ hash: `#/${EXAMPLE_CODE}`, settings: SAVED });
    await joinNow(page);
    await page.evaluate(() => { window.noReloadMarker = true; });
    const framesInMeeting = await frameCount(page);
    await clickWidget(page, 'leave');
    await assertBackInLobby(page, framesInMeeting);
    assert.equal(await page.evaluate(() => location.hash), '#/');
  });

  test('a leave that Jitsi follows at once with a join (a conference reload) keeps the meeting', async () => {
    const { page } = await openApp({ hash: `#/${EXAMPLE_CODE}`, settings: SAVED });
    const { meeting } = await joinNow(page);
    await standinSend(meeting.frame, 'video-conference-left', { roomName: 'cof-ab12cd34' });
    await page.waitForTimeout(500);
    await standinSend(meeting.frame, 'video-conference-joined', { roomName: 'cof-ab12cd34', id: 'local' });
    await page.waitForTimeout(3_500);  // past the bridge's grace period for a leave
    assert.equal((await appState(page)).screen, 'meeting');
    assert.equal(await meetingIframeCount(page), 1);
  });

  test('Back during a meeting asks first; leaving goes to the lobby, and Back there to the pre-join room', async () => {
    const { page, jitsi } = await openApp();
    await page.evaluate(() => { window.noReloadMarker = true; });
    const { url } = await startInstantMeeting(page, 'Ada', jitsi);
    const framesInMeeting = await frameCount(page);

    await page.goBack();
    const asking = await waitForState(page, (s) => s.leaveQuestion === true);
    assert.equal(asking.screen, 'meeting', 'still in the meeting while asking');
    assert.equal(await meetingIframeCount(page), 1);
    assert.equal(await page.evaluate(() => location.hash), `#/${url.room}`, 'the address bar still shows the meeting');
    await waitForWidget(page, 'keep-meeting');
    await clickWidget(page, 'leave-for-link');
    await assertBackInLobby(page, framesInMeeting);
    assert.equal(await page.evaluate(() => location.hash), '#/');

    // Back from the lobby is a link to the meeting: its pre-join room, never the meeting.
    await page.goBack();
    const prejoin = await waitForPrejoin(page);
    assert.equal(prejoin.room, url.room);
    await page.goForward();
    await waitForState(page, (s) => s.screen === 'lobby');
    assert.equal(await meetingIframeCount(page), 0);
    assert.equal(jitsi.iframeRequests.length, 1, 'the meeting was opened once, by Join now');
    assert.equal(await page.evaluate(() => window.noReloadMarker), true);
  });

  test('Back to another meeting asks first; Keep stays, Leave opens the other meeting\'s pre-join room', async () => {
    const { page, jitsi } = await openApp({ settings: SAVED });
    await page.evaluate(() => { window.noReloadMarker = true; });
    await typeInto(page, 'code', EXAMPLE_CODE);
    await clickWidget(page, 'join');
    await joinNow(page);
    await clickWidget(page, 'leave');
    await waitForState(page, (s) => s.screen === 'lobby');
    await clickWidget(page, 'start');
    const { url } = await joinNow(page);
    assert.notEqual(url.room, EXAMPLE_CODE);

    // History: lobby, the typed code's meeting, the lobby, the instant meeting.
    await page.goBack();  // to the lobby entry: asks
    await waitForState(page, (s) => s.leaveQuestion === true && s.screen === 'meeting');
    await clickWidget(page, 'keep-meeting');
    const kept = await waitForState(page, (s) => s.leaveQuestion === false);
    assert.equal(kept.screen, 'meeting');
    assert.equal(kept.room, url.room);
    assert.equal(await meetingIframeCount(page), 1);
    assert.equal(jitsi.iframeRequests.length, 2, 'the meeting was not reopened');

    await page.goBack();  // to the typed code's meeting: asks again
    await waitForState(page, (s) => s.leaveQuestion === true && s.screen === 'meeting');
    assert.equal(await page.evaluate(() => location.hash), `#/${url.room}`, 'the address bar still shows the meeting');
    await clickWidget(page, 'leave-for-link');
    const other = await waitForPrejoin(page);
    assert.equal(other.room, EXAMPLE_CODE);
    assert.equal(await page.evaluate(() => location.hash), `#/${EXAMPLE_CODE}`);
    assert.equal(jitsi.iframeRequests.length, 2, 'nothing opened without Join now');
    const again = await joinNow(page);
    assert.equal(again.url.room, EXAMPLE_CODE);
    assert.equal(await page.evaluate(() => window.noReloadMarker), true);
  });
});

describe('when Jitsi\'s script cannot be loaded', { timeout: 180_000 }, () => {
  const MODES = [
    ['404', {}],
    ['abort', {}],
    ['empty', {}],
    ['hang', { scriptTimeoutMs: 1_500 }],
  ];

  for (const [mode, options] of MODES) {
    test(`failScript '${mode}': the lobby explains, and Retry opens the meeting`, async () => {
      const { page, jitsi } = await openApp({ jitsi: { failScript: mode }, ...options });
      await typeInto(page, 'name', 'Ada');
      await clickWidget(page, 'start');
      // The pre-join room warms the way up (fetches the script); a failure there stays quiet.
      await waitForPrejoin(page);
      for (let waited = 0; jitsi.scriptRequests === 0; waited += 50) {
        assert.ok(waited < 5_000, 'the pre-join room asks for the script');
        await page.waitForTimeout(50);
      }
      await page.waitForTimeout(300);
      const warming = await appState(page);
      assert.equal(warming.screen, 'prejoin');
      assert.equal(warming.error, '', 'the warm-up does not complain');
      await clickWidget(page, 'join-now');
      const failed = await waitForState(page, (s) => s.screen === 'lobby' && s.error !== '');
      assert.match(failed.error, /jitsi|load|download|answer|script/i);
      assert.match(failed.room, ROOM_PATTERN);
      assert.equal(await meetingIframeCount(page), 0);
      await waitForWidget(page, 'retry');

      jitsi.setFailScript(false);
      const requestsBeforeRetry = jitsi.scriptRequests;
      assert.ok(requestsBeforeRetry >= 1);
      await clickWidget(page, 'retry');
      const { state, url } = await waitForMeeting(page);
      assert.equal(url.room, failed.room, 'Retry reopens the same room');
      assert.equal(state.error, '');
      assert.equal(jitsi.scriptRequests, requestsBeforeRetry + 1, 'Retry downloads the script again, once');
    });
  }
});

describe('served under a sub-path', { timeout: 180_000 }, () => {
  let subSite;

  before(async () => {
    subSite = await startSite({ basePath: '/cofinix/' });
  });

  after(async () => {
    await subSite?.close();
  });

  test('starts a meeting and links to the sub-path', async () => {
    const { page, jitsi, errors } = await openApp({ on: subSite });
    const { state, url } = await startInstantMeeting(page, 'Ada', jitsi);
    assert.match(url.room, ROOM_PATTERN);
    assert.ok(state.link.startsWith(subSite.url), `link ${state.link} is under ${subSite.url}`);
    assert.ok(state.link.endsWith(url.room), `link ${state.link} names the room`);
    assert.deepEqual(errors, []);
  });

  test('opens a bookmarked meeting under the sub-path', async () => {
    const { page } = await openApp({
      on: subSite, hash: `#/${EXAMPLE_CODE}`, settings: { version: 1, displayName: 'Ada' },
    });
    assert.equal((await waitForPrejoin(page)).room, EXAMPLE_CODE);
    const { url } = await joinNow(page);
    assert.equal(url.room, EXAMPLE_CODE);
  });
});
