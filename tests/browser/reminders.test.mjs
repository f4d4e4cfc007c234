// Reminders five minutes before a scheduled meeting: a system notification when the site
// may notify (Chromium grants it here), once across the browser's tabs, whose click opens
// the meeting's pre-join room; the lobby's message when it may not.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';

import { openAppPage, useBrowser, waitForState } from './harness.mjs';

const SCHEDULES_KEY = 'cofinix.schedules';

const env = useBrowser({ before, after, afterEach });
let context;  // this test's, set by newContext()

function meetingStartingIn(seconds) {
  return JSON.stringify({
    version: 1,
    meetings: [{
      id: 'fedcba9876543210fedcba9876543210', title: 'Budget <b>review</b>',
      startUtc: Math.floor(Date.now() / 1000) + seconds, durationMinutes: 30, agenda: '',
      code: 'COF-R3M1ND3R', repeat: { kind: 'none' }, updatedAtMs: Date.now() - 60_000,
    }],
  });
}

async function newContext({ notify, seed }) {
  context = await env.newContext({ viewport: { width: 1280, height: 900 } });
  if (notify) await context.grantPermissions(['notifications'], { origin: new URL(env.site.url).origin });
  await context.addInitScript(([siteOrigin, stored]) => {
    if (location.origin !== siteOrigin) return;
    if (localStorage.getItem('cofinix.schedules') === null) localStorage.setItem('cofinix.schedules', stored);
    // Keep every notification the page shows, to read and click it.
    const Real = window.Notification;
    if (!Real) return;
    window.shownNotifications = [];
    const Recorded = function (title, options) {
      const shown = new Real(title, options);
      window.shownNotifications.push(shown);
      return shown;
    };
    Object.defineProperty(Recorded, 'permission', { get: () => Real.permission });
    Recorded.requestPermission = (...args) => Real.requestPermission(...args);
    window.Notification = Recorded;
  }, [new URL(env.site.url).origin, seed]);
}

const openPage = () => openAppPage(context, env.site.url);

describe('a reminder five minutes before a meeting', { timeout: 180_000 }, () => {
  test('is one system notification across tabs, and its click opens the pre-join room', async () => {
    await newContext({ notify: true, seed: meetingStartingIn(4 * 60 + 30) });
    const { page, errors } = await openPage();
    await page.waitForFunction(() => window.shownNotifications.length === 1);
    const shown = await page.evaluate(() => ({
      title: window.shownNotifications[0].title, body: window.shownNotifications[0].body,
      tag: window.shownNotifications[0].tag,
    }));
    assert.match(shown.title, /^\u201CBudget <b>review<\/b>\u201D starts in 5 min$/);
    assert.equal(shown.body, 'Open its pre-join room');
    assert.match(shown.tag, /^fedcba9876543210fedcba9876543210@\d+$/);

    // A second tab of the same browser does not show it again.
    const { page: second } = await openPage();
    await second.waitForTimeout(500);
    assert.equal(await second.evaluate(() => window.shownNotifications.length), 0);

    await page.evaluate(() => window.shownNotifications[0].dispatchEvent(new Event('click')));
    const state = await waitForState(page, (s) => s.screen === 'prejoin');
    assert.equal(state.room, 'COF-R3M1ND3R');
    assert.equal(await page.evaluate(() => document.querySelectorAll('b').length), 0, 'titles never become HTML');
    assert.deepEqual(errors, []);
  });

  test('shows in the page when notifications are not allowed', async () => {
    await newContext({ notify: false, seed: meetingStartingIn(3 * 60 + 30) });
    const { page, errors } = await openPage();
    const state = await waitForState(page, (s) => /starts in 4 min/.test(s.message));
    assert.match(state.message, /\u201CBudget <b>review<\/b>\u201D starts in 4 min: join it from the Schedule tab\./);
    assert.equal(state.lastReminder.notified, false);
    assert.equal(await page.evaluate(() => window.shownNotifications.length), 0);
    assert.deepEqual(errors, []);
  });
});
