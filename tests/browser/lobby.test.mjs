// The app's journeys, driven like a person would: real mouse clicks and key presses on the
// canvas, with https://meet.jit.si answered by the real iframe API and the stand-in conference.
// Needs dist/ (the built app); see README.md in this folder.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';

import {
  appState, clickWidget, collectErrors, frameCount, framesDuring, isSingleColour,
  meetingIframeCount, notWhitelisted, parseJitsiUrl, ROOM_PATTERN, routeJitsi, standinSend, startSite,
  typeInto, waitForJitsiFrame, waitForState, waitForWidget, whitelist,
  useBrowser,
} from './harness.mjs';

const SETTINGS_KEY = 'cofinix.settings';
const EXAMPLE_CODE = 'COF-AB12CD34';
const APP_START_TIMEOUT = 30_000;
const VIEWPORT = { width: 1280, height: 800 };

const env = useBrowser({ before, after, afterEach });

/**
 * Opens the app in a fresh context (fresh localStorage) with Jitsi routed.
 * `settings` pre-seeds the saved settings document before the app's first load;
 * `scriptTimeoutMs` shortens the app's wait for a script that never answers.
 */
async function openApp({ on = env.site, hash = '', jitsi: jitsiOptions = {}, settings, scriptTimeoutMs } = {}) {
  const context = await env.newContext({ viewport: VIEWPORT });
  const origin = new URL(on.url).origin;
  if (settings !== undefined) {
    await context.addInitScript(([siteOrigin, key, value]) => {
      // Only once and only on the site itself: the app may rewrite it later.
      if (location.origin === siteOrigin && localStorage.getItem(key) === null) localStorage.setItem(key, value);
    }, [origin, SETTINGS_KEY, typeof settings === 'string' ? settings : JSON.stringify(settings)]);
  }
  if (scriptTimeoutMs) {
    await context.addInitScript((ms) => { window.COFX_SCRIPT_TIMEOUT_MS = ms; }, scriptTimeoutMs);
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

async function startInstantMeeting(page, name) {
  await typeInto(page, 'name', name);
  await clickWidget(page, 'start');
  return waitForMeeting(page);
}

function meetingChildCount(page) {
  return page.evaluate(() => document.getElementById('meeting')?.childElementCount ?? -1);
}

/** Asserts the lobby is back without a page reload, and that it draws frames again. */
async function assertBackInLobby(page, framesInMeeting) {
  const state = await waitForState(page, (s) => s.screen === 'lobby');
  assert.equal(await meetingIframeCount(page), 0);
  assert.equal(await meetingChildCount(page), 0);
  assert.equal(await page.evaluate(() => window.noReloadMarker), true, 'the page must not reload');
  await page.waitForFunction((before) => window.cofx.frames > before, framesInMeeting, { timeout: 5_000 });
  return state;
}

describe('the lobby', { timeout: 60_000 }, () => {
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
    assert.equal(jitsi.scriptRequests, 0, 'Jitsi is only loaded when a meeting starts');
    assert.deepEqual(errors, []);
  });
});

describe('starting an instant meeting', { timeout: 60_000 }, () => {
  test('opens Jitsi with a fresh code, the name and a whitelisted config', async () => {
    const { page, jitsi, errors } = await openApp();
    const { state, meeting, url } = await startInstantMeeting(page, 'Ada Lovelace');

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
    assert.deepEqual(jitsi.iframeRequests, [`https://meet.jit.si/${url.room}`]);
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
    const { page } = await openApp();
    const { url } = await startInstantMeeting(page, 'Zoë Żak');
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

describe('joining with a typed code', { timeout: 90_000 }, () => {
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
      assert.equal(state.screen, 'lobby', label);
      assert.equal(await meetingIframeCount(page), 0, label);
    }
    assert.deepEqual(jitsi.iframeRequests, []);
    assert.equal(jitsi.scriptRequests, 0);
  });

  test('accepts a lower-case code with spaces around it', async () => {
    const { page } = await openApp();
    await typeInto(page, 'name', 'Ada');
    await typeInto(page, 'code', '  cof-ab12cd34  ');
    await clickWidget(page, 'join');
    const { state, url } = await waitForMeeting(page);
    assert.equal(url.room, EXAMPLE_CODE);
    assert.equal(state.room, EXAMPLE_CODE);
    assert.equal(url.userInfo.displayName, 'Ada');
    assert.equal(await page.evaluate(() => location.hash), `#/${EXAMPLE_CODE}`);
  });
});

describe('a bookmarked meeting link', { timeout: 60_000 }, () => {
  test('opens the meeting directly when a name is saved', async () => {
    const { page } = await openApp({ hash: `#/${EXAMPLE_CODE}`, settings: { version: 1, displayName: 'Ada' } });
    const { state, url } = await waitForMeeting(page);
    assert.equal(url.room, EXAMPLE_CODE);
    assert.equal(state.room, EXAMPLE_CODE);
    assert.equal(url.userInfo.displayName, 'Ada');
  });

  test('asks for a name first when none is saved', async () => {
    const { page, jitsi } = await openApp({ hash: `#/${EXAMPLE_CODE}` });
    const state = await appState(page);
    assert.equal(state.screen, 'lobby');
    assert.equal(state.room, EXAMPLE_CODE);
    assert.notEqual(state.error, '', 'the lobby says a name is needed');
    assert.equal(await meetingIframeCount(page), 0);
    assert.equal(jitsi.iframeRequests.length, 0);

    await typeInto(page, 'name', 'Grace');
    await clickWidget(page, 'join');
    const { url } = await waitForMeeting(page);
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
      assert.equal(jitsi.scriptRequests, 0, `${hash}: Jitsi was not loaded`);
    }
  });
});

describe('leaving a meeting', { timeout: 90_000 }, () => {
  const SAVED = { version: 1, displayName: 'Ada' };

  for (const event of ['video-conference-left', 'video-ready-to-close']) {
    test(`'${event}' from Jitsi returns to the lobby without a reload`, async () => {
      const { page } = await openApp({ hash: `#/${EXAMPLE_CODE}`, settings: SAVED });
      const { meeting } = await waitForMeeting(page);
      await page.evaluate(() => { window.noReloadMarker = true; });
      const framesInMeeting = await frameCount(page);
      await standinSend(meeting.frame, event, event === 'video-conference-left' ? { roomName: 'cof-ab12cd34' } : {});
      await assertBackInLobby(page, framesInMeeting);
      assert.equal(await page.evaluate(() => location.hash), '#/');
    });
  }

  test('hanging up in Jitsi returns to the lobby', async () => {
    const { page } = await openApp({ hash: `#/${EXAMPLE_CODE}`, settings: SAVED });
    const { meeting } = await waitForMeeting(page);
    await page.evaluate(() => { window.noReloadMarker = true; });
    const framesInMeeting = await frameCount(page);
    // What Jitsi Meet sends after its own hangup button.
    await meeting.frame.evaluate(() => window.standin.leave());
    await assertBackInLobby(page, framesInMeeting);
  });

  test('Leave in the slim meeting panel returns to the lobby', async () => {
    const { page } = await openApp({ hash: `#/${EXAMPLE_CODE}`, settings: SAVED });
    await waitForMeeting(page);
    await page.evaluate(() => { window.noReloadMarker = true; });
    const framesInMeeting = await frameCount(page);
    await clickWidget(page, 'leave');
    await assertBackInLobby(page, framesInMeeting);
    assert.equal(await page.evaluate(() => location.hash), '#/');
  });

  test('a leave that Jitsi follows at once with a join (a conference reload) keeps the meeting', async () => {
    const { page } = await openApp({ hash: `#/${EXAMPLE_CODE}`, settings: SAVED });
    const { meeting } = await waitForMeeting(page);
    await standinSend(meeting.frame, 'video-conference-left', { roomName: 'cof-ab12cd34' });
    await page.waitForTimeout(500);
    await standinSend(meeting.frame, 'video-conference-joined', { roomName: 'cof-ab12cd34', id: 'local' });
    await page.waitForTimeout(3_500);  // past the bridge's grace period for a leave
    assert.equal((await appState(page)).screen, 'meeting');
    assert.equal(await meetingIframeCount(page), 1);
  });

  test('Back leaves the meeting and Forward returns to it', async () => {
    const { page } = await openApp();
    await page.evaluate(() => { window.noReloadMarker = true; });
    const { url } = await startInstantMeeting(page, 'Ada');
    const framesInMeeting = await frameCount(page);

    await page.goBack();
    await assertBackInLobby(page, framesInMeeting);

    await page.goForward();
    const again = await waitForMeeting(page);
    assert.equal(again.url.room, url.room);
    assert.equal(await page.evaluate(() => window.noReloadMarker), true);
  });
});

describe('when Jitsi\'s script cannot be loaded', { timeout: 90_000 }, () => {
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
      const failed = await waitForState(page, (s) => s.screen === 'lobby' && s.error !== '', { timeout: 15_000 });
      assert.match(failed.error, /jitsi|load|download|answer|script/i);
      assert.match(failed.room, ROOM_PATTERN);
      assert.equal(await meetingIframeCount(page), 0);
      await waitForWidget(page, 'retry');

      jitsi.setFailScript(false);
      await clickWidget(page, 'retry');
      const { state, url } = await waitForMeeting(page);
      assert.equal(url.room, failed.room, 'Retry reopens the same room');
      assert.equal(state.error, '');
      assert.equal(jitsi.scriptRequests, 2);
    });
  }
});

describe('served under a sub-path', { timeout: 60_000 }, () => {
  let subSite;

  before(async () => {
    subSite = await startSite({ basePath: '/cofinix/' });
  });

  after(async () => {
    await subSite?.close();
  });

  test('starts a meeting and links to the sub-path', async () => {
    const { page, errors } = await openApp({ on: subSite });
    const { state, url } = await startInstantMeeting(page, 'Ada');
    assert.match(url.room, ROOM_PATTERN);
    assert.ok(state.link.startsWith(subSite.url), `link ${state.link} is under ${subSite.url}`);
    assert.ok(state.link.endsWith(url.room), `link ${state.link} names the room`);
    assert.deepEqual(errors, []);
  });

  test('opens a bookmarked meeting under the sub-path', async () => {
    const { page } = await openApp({
      on: subSite, hash: `#/${EXAMPLE_CODE}`, settings: { version: 1, displayName: 'Ada' },
    });
    const { url } = await waitForMeeting(page);
    assert.equal(url.room, EXAMPLE_CODE);
  });
});
