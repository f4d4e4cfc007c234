// Scheduling, invitations and careful storage, driven on the canvas like a person would, with
// localStorage as the browser really keeps it. Needs dist/ (the built app); see README.md here.
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import { after, afterEach, before, describe, test } from 'node:test';

import ICAL from 'ical.js';

import {
  appState, clickWidget, collectErrors, joinFromPrejoin, launchBrowser, meetingIframeCount, parseJitsiUrl,
  routeJitsi, startSite, typeInto, waitForJitsiFrame, waitForState, waitForWidget,
} from './harness.mjs';

const SCHEDULES_KEY = 'cofinix.schedules';
const BACKUP_KEY = 'cofinix.schedules.backup';
const SETTINGS_KEY = 'cofinix.settings';
const APP_START_TIMEOUT = 30_000;
const VIEWPORT = { width: 1280, height: 900 };
const ZONE = 'Europe/Berlin';

let browser;
let site;
let contexts = [];

before(async () => {
  site = await startSite();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

afterEach(async () => {
  await Promise.all(contexts.map((context) => context.close().catch(() => {})));
  contexts = [];
});

/**
 * A fresh browser context (fresh localStorage) in Berlin time. `seed` maps storage keys to
 * text written before the app's first load (once, on the site's origin only).
 */
async function newContext({ seed = {} } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, timezoneId: ZONE, acceptDownloads: true });
  contexts.push(context);
  await context.addInitScript(([siteOrigin, entries]) => {
    if (location.origin !== siteOrigin) return;
    for (const [key, value] of entries) {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
    }
  }, [new URL(site.url).origin, Object.entries(seed)]);
  return context;
}

/** Opens the app in `context` (with Jitsi routed) and waits for its first frame. */
async function openPage(context, hash = '') {
  const page = await context.newPage();
  const errors = collectErrors(page);
  const jitsi = await routeJitsi(page);
  await page.goto(site.url + hash);
  await waitForApp(page);
  return { page, errors, jitsi };
}

/** The pre-join room for `room`, with nothing opened yet; returns its state. */
async function waitForPrejoin(page, jitsi, room) {
  const state = await waitForState(page, (s) => s.screen === 'prejoin');
  assert.equal(state.room, room);
  assert.equal(await meetingIframeCount(page), 0, 'no meeting before Join now');
  assert.deepEqual(jitsi.iframeRequests, [], 'no conference page requested before Join now');
  return state;
}

async function waitForApp(page) {
  await page.waitForFunction(() => (window.cofx?.frames ?? 0) > 0 && Boolean(window.cofx.state?.schedule),
    null, { timeout: APP_START_TIMEOUT });
}

function stored(page, key = SCHEDULES_KEY) {
  return page.evaluate((k) => localStorage.getItem(k), key);
}

/** Tomorrow at hh:mm in the page's zone: the form's texts and the instant they mean. */
function tomorrowAt(page, hour, minute) {
  return page.evaluate(([h, m]) => {
    const d = new Date();
    d.setDate(d.getDate() + 1);
    d.setHours(h, m, 0, 0);
    const pad = (n) => String(n).padStart(2, '0');
    return {
      date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
      time: `${pad(h)}:${pad(m)}`,
      utc: d.getTime() / 1000,
    };
  }, [hour, minute]);
}

async function scheduleMeeting(page, title, when) {
  await page.bringToFront();  // keyboard input goes to the focused page only
  await clickWidget(page, 'tab-schedule');
  await clickWidget(page, 'schedule-new');
  await typeInto(page, 'schedule-title', title);
  await typeInto(page, 'schedule-date', when.date);
  await typeInto(page, 'schedule-time', when.time);
  await clickWidget(page, 'schedule-save');
}

/** A stored schedules document with one meeting, as another tab or an earlier visit wrote it. */
function scheduleDocument(meetings) {
  return JSON.stringify({ version: 1, meetings });
}

function storedMeeting(overrides = {}) {
  return {
    id: '0123456789abcdef0123456789abcdef',
    title: 'Already planned',
    startUtc: Math.floor(Date.now() / 1000) + 3 * 86400,
    durationMinutes: 45,
    agenda: '',
    code: 'COF-PL4NN3D0',
    repeat: { kind: 'none' },
    updatedAtMs: Date.now(),
    ...overrides,
  };
}

describe('scheduling a meeting', { timeout: 180_000 }, () => {
  test('typed on the canvas, stored in UTC, still there after a reload', async () => {
    const context = await newContext();
    const { page, errors } = await openPage(context);
    const title = 'Revue de l\u2019équipe';
    const when = await tomorrowAt(page, 10, 30);
    await scheduleMeeting(page, title, when);

    const state = await waitForState(page, (s) => s.schedule.count === 1);
    assert.equal(state.schedule.firstTitle, title);
    assert.match(state.schedule.firstCountdown, /^starts in /);
    assert.equal(state.schedule.saveError, '');
    const document = JSON.parse(await stored(page));
    assert.equal(document.version, 1);
    assert.equal(document.meetings.length, 1);
    assert.equal(document.meetings[0].title, title);
    assert.equal(document.meetings[0].startUtc, when.utc, '10:30 Berlin time, stored as UTC');
    assert.match(document.meetings[0].code, /^COF-[A-Z0-9]{8}$/);

    await page.reload();
    await waitForApp(page);
    const reloaded = await waitForState(page, (s) => s.schedule.count === 1);
    assert.equal(reloaded.schedule.firstTitle, title);
    await clickWidget(page, 'tab-schedule');
    await waitForWidget(page, 'row-0-join');
    assert.deepEqual(errors, []);
  });

  test('a bad field gets its message and nothing is stored', async () => {
    const context = await newContext();
    const { page } = await openPage(context);
    await clickWidget(page, 'tab-schedule');
    await clickWidget(page, 'schedule-new');
    await typeInto(page, 'schedule-date', '2027-02-31');
    await clickWidget(page, 'schedule-save');
    const state = await waitForState(page, (s) => s.schedule.form.start !== '');
    assert.equal(state.schedule.form.start, 'There is no 31 Feb 2027.');
    assert.equal(state.schedule.form.title, 'Give the meeting a title.');
    assert.equal(await stored(page), null);
  });
});

describe('two tabs of one browser', { timeout: 180_000 }, () => {
  test('see each other\u2019s changes without a reload and lose neither', async () => {
    const context = await newContext();
    const { page: first } = await openPage(context);
    const { page: second } = await openPage(context);

    await scheduleMeeting(first, 'From the first tab', await tomorrowAt(first, 9, 0));
    await waitForState(first, (s) => s.schedule.count === 1);
    await waitForState(second, (s) => s.schedule.titles.includes('From the first tab'));

    // The second tab never reloaded by hand, yet its write keeps the first tab's meeting.
    await scheduleMeeting(second, 'From the second tab', await tomorrowAt(second, 11, 0));
    await waitForState(second, (s) => s.schedule.count === 2);
    await waitForState(first, (s) => s.schedule.titles.includes('From the second tab'));

    const titles = JSON.parse(await stored(first)).meetings.map((m) => m.title).sort();
    assert.deepEqual(titles, ['From the first tab', 'From the second tab']);
  });
});

describe('damaged stored meetings', { timeout: 180_000 }, () => {
  test('are backed up byte for byte and the person is told', async () => {
    const damaged = '{"version":1,"meetings":[{"id":"a1","title":"Caf\u00e9 \u2615 <b>x</b>","startUtc":17';
    const context = await newContext({ seed: { [SCHEDULES_KEY]: damaged } });
    const { page, errors } = await openPage(context);
    const state = await waitForState(page, (s) => s.schedule.problems.length > 0);
    assert.match(state.schedule.problems[0], /A copy of the original is kept/);
    assert.match(state.message, /Schedule tab/);
    assert.equal(JSON.parse(await stored(page, BACKUP_KEY)).text, damaged);
    assert.equal(await stored(page), damaged, 'nothing is overwritten just by reading');

    await clickWidget(page, 'tab-schedule');
    await clickWidget(page, 'schedule-dismiss');
    await waitForState(page, (s) => s.schedule.problems.length === 0);
    assert.equal(await page.evaluate(() => document.querySelectorAll('b').length), 0, 'stored text never becomes HTML');
    assert.deepEqual(errors, []);
  });
});

describe('joining a scheduled meeting', { timeout: 180_000 }, () => {
  test('its Join opens the pre-join room for its code, and Join now the meeting', async () => {
    const soon = storedMeeting({ title: 'Stand-up', startUtc: Math.floor(Date.now() / 1000) + 5 * 60 });
    const context = await newContext({
      seed: {
        [SCHEDULES_KEY]: scheduleDocument([soon]),
        [SETTINGS_KEY]: JSON.stringify({ version: 1, displayName: 'Ada' }),
      },
    });
    const { page, jitsi, errors } = await openPage(context);
    await waitForState(page, (s) => s.schedule.firstJoinOpen === true);
    await clickWidget(page, 'tab-schedule');
    await clickWidget(page, 'row-0-join');
    const prejoin = await waitForPrejoin(page, jitsi, soon.code);
    assert.equal(await page.evaluate(() => location.hash), `#/${soon.code}`);
    assert.equal(prejoin.prejoin.name, 'Ada');

    await joinFromPrejoin(page);
    await waitForState(page, (s) => s.screen === 'meeting');
    const meeting = await waitForJitsiFrame(page);
    assert.equal(parseJitsiUrl(meeting.src).room, soon.code);
    assert.deepEqual(jitsi.iframeRequests, [`https://meet.jit.si/${soon.code}?lang=en`]);
    assert.deepEqual(errors, []);
  });
});

describe('an invitation link', { timeout: 180_000 }, () => {
  test('opened in a fresh browser shows the guest\'s page with a live countdown, and Join opens the pre-join room', async () => {
    const start = new Date(Date.now() + 45_000);
    const iso = start.toISOString().replace(/\.\d{3}Z$/, 'Z');
    const hash = `#/COF-AB12CD34?t=${encodeURIComponent(iso)}&d=30&title=Sprint%20planning&utm_source=mail`;
    const context = await newContext();
    const { page, errors, jitsi } = await openPage(context, hash);

    const first = await waitForState(page, (s) => /^Starts in \d+ s$/.test(s.invitation?.countdown ?? ''));
    assert.equal(first.screen, 'invitation', 'an invitation waits for Join on its own page');
    assert.equal(first.invitation.title, 'Sprint planning');
    assert.deepEqual(first.invitation.ignored, ['utm_source']);
    assert.equal(first.invitation.primary, 'join', 'inside the 10 minutes before the start');
    // The countdown moves on its own, with no input.
    await waitForState(page, (s) => s.invitation?.countdown !== first.invitation.countdown);

    await clickWidget(page, 'invitation-join');
    await waitForPrejoin(page, jitsi, 'COF-AB12CD34');
    assert.equal(await page.evaluate(() => location.hash), '#/COF-AB12CD34', 'the plain meeting link once Join is pressed');
    await typeInto(page, 'prejoin-name', 'Ada');

    await joinFromPrejoin(page);
    await waitForState(page, (s) => s.screen === 'meeting');
    const meeting = await waitForJitsiFrame(page);
    assert.equal(parseJitsiUrl(meeting.src).room, 'COF-AB12CD34');
    assert.equal(parseJitsiUrl(meeting.src).userInfo.displayName, 'Ada');
    assert.equal(await page.evaluate(() => location.hash), '#/COF-AB12CD34', 'the plain meeting link once joined');
    assert.deepEqual(errors, []);
  });

  test('for a meeting that is over says it has ended and still opens the room on request', async () => {
    const iso = new Date(Date.now() - 3 * 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const context = await newContext();
    const { page, jitsi } = await openPage(context, `#/COF-AB12CD34?t=${iso}&d=60&title=Retro`);
    const state = await waitForState(page, (s) => s.invitation !== null && s.screen === 'invitation');
    assert.match(state.invitation.countdown, /^Ended at \d\d:\d\d on \d+ [A-Z][a-z]{2}/);
    assert.equal(state.invitation.primary, 'ended');
    await clickWidget(page, 'invitation-join');
    await waitForPrejoin(page, jitsi, 'COF-AB12CD34');
  });

  test('with only bad parameters still opens the room\'s pre-join room and says what it ignored', async () => {
    const context = await newContext({ seed: { [SETTINGS_KEY]: JSON.stringify({ version: 1, displayName: 'Ada' }) } });
    const { page, jitsi } = await openPage(context, '#/COF-AB12CD34?t=soon&x=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    const state = await waitForPrejoin(page, jitsi, 'COF-AB12CD34');
    assert.equal(state.message, 'Ignored in the link: t, x.');
    assert.equal(state.invitation, null, 'no invitation page: nothing usable about when');
    assert.equal(await page.evaluate(() => document.querySelectorAll('img').length), 0);
    await joinFromPrejoin(page);
    const meeting = await waitForJitsiFrame(page);
    assert.equal(parseJitsiUrl(meeting.src).room, 'COF-AB12CD34');
  });
});

describe('a full storage', { timeout: 180_000 }, () => {
  test('shows the message, loses nothing, and Retry saves once there is room', async () => {
    const earlier = storedMeeting();
    const context = await newContext({ seed: { [SCHEDULES_KEY]: scheduleDocument([earlier]) } });
    await context.addInitScript((key) => {
      const setItem = Storage.prototype.setItem;
      window.cofxTestQuotaFull = true;
      Storage.prototype.setItem = function stubbed(name, value) {
        if (window.cofxTestQuotaFull && name === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return setItem.call(this, name, value);
      };
    }, SCHEDULES_KEY);
    const { page } = await openPage(context);
    const before = await stored(page);

    await scheduleMeeting(page, 'Needs room', await tomorrowAt(page, 14, 0));
    const full = await waitForState(page, (s) => s.schedule.saveError !== '');
    assert.match(full.schedule.saveError, /storage is full/);
    assert.equal(full.schedule.count, 2, 'the new meeting is still listed');
    assert.deepEqual(full.schedule.titles.slice().sort(), ['Already planned', 'Needs room']);
    assert.equal(await stored(page), before, 'the stored copy is untouched');

    await page.evaluate(() => { window.cofxTestQuotaFull = false; });
    await clickWidget(page, 'retry-save');
    await waitForState(page, (s) => s.schedule.saveError === '' && s.schedule.unsaved === 0);
    const titles = JSON.parse(await stored(page)).meetings.map((m) => m.title).sort();
    assert.deepEqual(titles, ['Already planned', 'Needs room']);
  });
});

describe('Download .ics', { timeout: 180_000 }, () => {
  test('gives a file that a real iCalendar parser reads back', async () => {
    const meeting = storedMeeting({
      title: 'Planning; Q3, ☕ review',
      agenda: 'Line one, with a comma\nLine two; with a semicolon \\ and a backslash',
      repeat: { kind: 'weekly', count: 5 },
    });
    const context = await newContext({ seed: { [SCHEDULES_KEY]: scheduleDocument([meeting]) } });
    const { page } = await openPage(context);
    await clickWidget(page, 'tab-schedule');
    await clickWidget(page, 'row-0-menu');
    const downloading = page.waitForEvent('download');
    await clickWidget(page, 'row-menu-ics');
    const download = await downloading;
    assert.match(download.suggestedFilename(), /^planning-q3-review\.ics$/);
    const text = await fs.readFile(await download.path(), 'utf8');
    assert.ok(text.split('\n').slice(0, -1).every((line) => line.endsWith('\r')), 'every line ends with CRLF');

    const calendar = new ICAL.Component(ICAL.parse(text));
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent'));
    assert.equal(event.summary, meeting.title);
    assert.equal(event.uid, `${meeting.id}@cofinix`);
    assert.match(event.description, /^Line one, with a comma\nLine two; with a semicolon \\ and a backslash/);
    assert.match(event.description, /#\/COF-PL4NN3D0\?/);
    assert.equal(event.startDate.toJSDate().getTime(), meeting.startUtc * 1000);
    assert.equal(event.duration.toSeconds(), 45 * 60);
    const rule = event.component.getFirstPropertyValue('rrule');
    assert.equal(rule.freq, 'WEEKLY');
    assert.equal(rule.count, 5);
    assert.equal(calendar.getFirstSubcomponent('vevent').getFirstPropertyValue('url').startsWith(site.url), true);
    // The app is back to drawing the lobby: the download left no modal state behind.
    assert.equal((await appState(page)).screen, 'lobby');
  });
});
