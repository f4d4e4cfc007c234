// Recent meetings on the Meet tab: a meeting joined and left is listed after a reload
// (localStorage), and its Rejoin goes back through the pre-join room into the same room.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';

import {
  clickWidget, collectErrors, joinFromPrejoin, meetingIframeCount, parseJitsiUrl, routeJitsi, seedLocalStorage,
  typeInto, useBrowser, waitForJitsiFrame, waitForState, waitForWidget,
} from './harness.mjs';

const CODE = 'COF-RE12CE34';
const RECENT_KEY = 'cofinix.recent';
const SAVED_NAME = JSON.stringify({ version: 1, displayName: 'Ada' });

const env = useBrowser({ before, after, afterEach });

async function waitForMeeting(page) {
  await waitForState(page, (s) => s.screen === 'meeting');
  const frame = await waitForJitsiFrame(page);
  return parseJitsiUrl(frame.src);
}

describe('recent meetings', { timeout: 180_000 }, () => {
  test('a meeting joined and left is listed after a reload, and Rejoin goes back into it', async () => {
    const context = await env.newContext();
    await seedLocalStorage(context, env.site.url, { 'cofinix.settings': SAVED_NAME });
    const page = await context.newPage();
    const errors = collectErrors(page);
    const jitsi = await routeJitsi(page);
    await page.goto(env.site.url);
    await page.waitForFunction(() => (window.cofx?.frames ?? 0) > 0 && Boolean(window.cofx.state?.screen));
    assert.deepEqual((await waitForState(page, (s) => s.recent)).recent.meetings, []);
    assert.equal((await page.evaluate(() => window.cofx.widgets))['recent-rejoin-0'], undefined,
      'no Recent meetings section for an empty list');

    await typeInto(page, 'code', CODE);
    await clickWidget(page, 'join');
    await joinFromPrejoin(page);
    assert.equal((await waitForMeeting(page)).room, CODE);
    await clickWidget(page, 'leave');
    await waitForState(page, (s) => s.screen === 'lobby');

    await page.reload();
    await page.waitForFunction(() => (window.cofx?.frames ?? 0) > 0 && Boolean(window.cofx.state?.screen));
    const listed = await waitForState(page, (s) => s.recent?.meetings?.length === 1);
    assert.equal(listed.recent.meetings[0].code, CODE);
    assert.match(listed.recent.meetings[0].when, /^Today \d\d:\d\d$/);
    assert.equal(listed.recent.meetings[0].place, '', "the site's default deployment goes unsaid");
    const stored = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), RECENT_KEY));
    assert.equal(stored.version, 1);
    assert.equal(stored.meetings[0].code, CODE);
    await waitForWidget(page, 'recent-remove-0');

    await clickWidget(page, 'recent-rejoin-0');
    const prejoin = await waitForState(page, (s) => s.screen === 'prejoin');
    assert.equal(prejoin.room, CODE);
    assert.equal(await meetingIframeCount(page), 0, 'Rejoin stops at the pre-join room');
    assert.equal(await page.evaluate(() => location.hash), `#/${CODE}`);
    await joinFromPrejoin(page);
    assert.equal((await waitForMeeting(page)).room, CODE);
    assert.equal(jitsi.iframeRequests.length, 2);
    assert.ok(jitsi.iframeRequests.every((url) => url === `https://meet.jit.si/${CODE}?lang=en`), jitsi.iframeRequests.join(' '));
    assert.deepEqual(errors, []);
  });
});
