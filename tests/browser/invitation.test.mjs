// The guest's side: an invitation link tapped on a phone opens the guest's page; from there
// one tap each reaches "in my calendar" (.ics read back by python-icalendar, Google and
// Outlook with the same times) or the meeting's door, and Share hands on the same link.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { after, afterEach, before, describe, test } from 'node:test';

import {
  appState, clickWidget, collectErrors, routeJitsi, tapWidget, useBrowser, waitForIdle, waitForState, waitForWidget,
} from './harness.mjs';

const env = useBrowser({ before, after, afterEach });
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
const ZONE = 'Asia/Kuala_Lumpur';  // UTC+08:00 all year

function isoSeconds(ms) { return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z'); }

function invitationHash({ startMs, minutes = 45, title = 'Mesyuarat mingguan 周会', agenda = 'Bajet\nQ&A' }) {
  return `#/COF-AB12CD34?t=${encodeURIComponent(isoSeconds(startMs))}&d=${minutes}` +
    `&title=${encodeURIComponent(title)}&a=${encodeURIComponent(agenda)}`;
}

async function openGuest(hash, options = {}) {
  const context = await env.newContext({ timezoneId: ZONE, acceptDownloads: true, ...options });
  // The phone's share sheet, as a page can see it: what it was handed is kept for the test.
  await context.addInitScript(() => {
    window.__shared = [];
    if (matchMedia('(pointer: coarse)').matches) {
      navigator.share = (data) => { window.__shared.push(data); return Promise.resolve(); };
    }
  });
  const page = await context.newPage();
  const errors = collectErrors(page);
  const jitsi = await routeJitsi(page);
  await page.goto(env.site.url + hash);
  await waitForState(page, (s) => s.screen === 'invitation' && s.invitation !== null);
  await waitForIdle(page);
  return { context, page, errors, jitsi, state: await appState(page) };
}

function inView(rect, viewport) {
  return rect.x >= 0 && rect.y >= 0 && rect.x + rect.w <= viewport.width && rect.y + rect.h <= viewport.height;
}

// Debian's python3-icalendar reads the file (/usr/bin/python3: a pyenv python earlier on PATH lacks it);
// DTSTART and DTEND come back as UTC ISO times.
function readIcs(path) {
  const script = [
    'import sys, icalendar, datetime',
    'cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())',
    'ev = next(c for c in cal.walk() if c.name == "VEVENT")',
    'start = ev.decoded("dtstart")',
    'end = ev.decoded("dtend") if "dtend" in ev else start + ev.decoded("duration")',
    'utc = lambda t: t.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")',
    'print(utc(start)); print(utc(end)); print(str(ev.get("summary"))); print(str(ev.get("url")))',
  ].join('\n');
  const [start, end, summary, url] = execFileSync('/usr/bin/python3', ['-c', script, path], { encoding: 'utf8' }).trim().split('\n');
  return { start, end, summary, url };
}

describe('the guest\'s page', { timeout: 180_000 }, () => {
  test('a link tapped on a 390x844 phone opens it with the primary action in view, nothing cut', async () => {
    const startMs = Math.floor(Date.now() / 1000 + 3 * 86400) * 1000;
    const { page, errors, state } = await openGuest(invitationHash({ startMs }), PHONE);
    assert.equal(state.invitation.title, 'Mesyuarat mingguan 周会');
    assert.match(state.invitation.when, /your time$/);
    assert.equal(state.invitation.zone, 'Your time zone: Asia/Kuala_Lumpur (UTC+08:00)');
    assert.equal(state.invitation.duration, '45 minutes');
    assert.equal(state.invitation.agenda, 'Bajet\nQ&A');
    assert.equal(state.invitation.primary, 'calendar');
    assert.equal(state.cardScrolls, false, 'the page fits the phone');
    const widgets = await page.evaluate(() => window.cofx.widgets);
    assert.ok(inView(widgets['invitation-calendar'], PHONE.viewport), 'Add to calendar is in view');
    for (const [name, rect] of Object.entries(widgets)) {
      assert.ok(rect.x >= 0 && rect.x + rect.w <= PHONE.viewport.width + 0.5, `${name} fits the width`);
    }
    assert.equal(await page.evaluate(() => document.scrollingElement.scrollWidth <= innerWidth), true, 'no sideways scroll');
    // None of the organiser's lobby is drawn here.
    for (const name of ['start', 'code', 'join', 'tab-schedule']) assert.equal(widgets[name], undefined, name);
    assert.deepEqual(errors, []);
  });

  test('Add to calendar: one tap gives an .ics that python-icalendar reads with the right UTC times; Google and Outlook agree', async () => {
    const startMs = Math.floor(Date.now() / 1000 / 60 + 2 * 24 * 60) * 60_000;
    const { page, context, state } = await openGuest(invitationHash({ startMs, minutes: 90 }), PHONE);
    const downloading = page.waitForEvent('download');
    await tapWidget(page, 'invitation-calendar');
    const download = await downloading;
    assert.match(download.suggestedFilename(), /\.ics$/);
    const file = await download.path();
    const ics = readIcs(file);
    const rawUrl = (await fs.readFile(file, 'utf8')).replace(/\r\n /g, '').match(/^URL:(.*)\r$/m)[1];
    const start = isoSeconds(startMs);
    const end = isoSeconds(startMs + 90 * 60_000);
    assert.deepEqual([ics.start, ics.end], [start, end]);
    assert.equal(ics.summary, 'Mesyuarat mingguan 周会');
    // python-icalendar hands URL values back percent-decoded; the address is the same.
    assert.equal(decodeURIComponent(ics.url), decodeURIComponent(state.invitation.link), 'the entry leads back to this page');

    const compact = (iso) => iso.replace(/[-:]/g, '');
    // The calendars' pages, answered here (no network in tests): what the app opened is recorded.
    const opened = [];
    await context.route(/^https:\/\/(calendar\.google\.com|outlook\.live\.com)\//, (route) => {
      opened.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>calendar</title>' });
    });
    for (const name of ['invitation-google', 'invitation-outlook']) {
      const before = opened.length;
      await tapWidget(page, name);
      await waitForState(page, () => opened.length > before);
    }
    assert.equal(opened.length, 2);
    const google = new URL(opened.find((u) => u.includes('calendar.google.com')));
    assert.equal(google.searchParams.get('dates'), `${compact(start)}/${compact(end)}`);
    const outlook = new URL(opened.find((u) => u.includes('outlook.live.com')));
    assert.equal(outlook.searchParams.get('startdt'), start);
    assert.equal(outlook.searchParams.get('enddt'), end);

    // Opening the calendar entry's link lands on this page again.
    const again = await context.newPage();
    await routeJitsi(again);
    assert.equal(rawUrl, state.invitation.link);
    await again.goto(rawUrl);
    const back = await waitForState(again, (s) => s.screen === 'invitation' && s.invitation !== null);
    assert.equal(back.invitation.title, 'Mesyuarat mingguan 周会');
    assert.equal(back.invitation.when, state.invitation.when);
  });

  test('from 10 minutes before, Join is one tap to the meeting\'s door', async () => {
    const { page, jitsi } = await openGuest(invitationHash({ startMs: Date.now() + 5 * 60_000 }), PHONE);
    const state = await appState(page);
    assert.equal(state.invitation.primary, 'join');
    assert.ok(inView(state && (await page.evaluate(() => window.cofx.widgets['invitation-join'])), PHONE.viewport));
    await tapWidget(page, 'invitation-join');
    const prejoin = await waitForState(page, (s) => s.screen === 'prejoin');
    assert.equal(prejoin.room, 'COF-AB12CD34');
    assert.deepEqual(jitsi.iframeRequests, [], 'nothing of the meeting loads before Join now');
  });

  test('Share on a phone hands the share sheet the invitation link; Copy link on a desktop copies it', async () => {
    const hash = invitationHash({ startMs: Date.now() + 86400_000 });
    const phone = await openGuest(hash, PHONE);
    assert.equal(phone.state.invitation.share, true);
    await tapWidget(phone.page, 'invitation-share');
    const shared = await phone.page.waitForFunction(() => window.__shared.length > 0 && window.__shared);
    const [data] = await shared.jsonValue();
    assert.equal(data.url, phone.state.invitation.link);
    assert.equal(data.title, 'Mesyuarat mingguan 周会');

    const desk = await openGuest(hash, { permissions: ['clipboard-read', 'clipboard-write'] });
    assert.equal(desk.state.invitation.share, false, 'a desktop copies instead');
    assert.equal(await desk.page.evaluate(() => window.cofx.widgets['invitation-share'] ?? null), null);
    await clickWidget(desk.page, 'invitation-copy');
    await waitForState(desk.page, (s) => s.invitation.copyNote === 'Link copied.');
    assert.equal(await desk.page.evaluate(() => navigator.clipboard.readText()), desk.state.invitation.link);
  });

  test('Start your own meeting leads to the lobby, and Back returns to the invitation', async () => {
    const { page } = await openGuest(invitationHash({ startMs: Date.now() + 86400_000 }));
    await clickWidget(page, 'invitation-lobby');
    await waitForState(page, (s) => s.screen === 'lobby');
    await waitForWidget(page, 'start');
    await page.goBack();
    await waitForState(page, (s) => s.screen === 'invitation');
  });
});
