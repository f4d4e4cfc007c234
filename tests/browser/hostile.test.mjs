// Hostile text in every door the app has: meeting codes and invite titles in links, typed
// names, and names coming back from Jitsi. Each must be shown as text or refused; none may
// run, open a dialog, add markup to the page, or stop the lobby from working.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';

import {
  appState, clickWidget, collectErrors, joinFromPrejoin, meetingIframeCount, parseJitsiUrl, routeJitsi, standinSend,
  typeInto, waitForJitsiFrame, waitForState,
  useBrowser,
} from './harness.mjs';

const PWN = 'window.__pwned=1';
export const HOSTILE = [
  `<script>${PWN}</script>`,
  `<img src=x onerror="${PWN}">`,
  `javascript:${PWN}`,
  `"><svg onload=${PWN}>`,
  `'; ${PWN}; //`,
  '\u202Eevil\u202C',
  'NUL\u0000byte',
  'A'.repeat(1 << 20),
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '{{7*7}}',
  '${alert(1)}',
  `</textarea><script>${PWN}</script>`,
  `data:text/html,<script>${PWN}</script>`,
  '\uFEFFbom',
  '😀🎉 emoji',
  'Ω≈ç√∫ symbols',
  '../../etc/passwd',
  'COF-ABCD1234<script>',
  'ＣＯＦ-ＡＢＣＤ１２３４',
  'СОF-AB12CD34',
  '\r\nSet-Cookie: x=1',
  `<iframe src="javascript:${PWN}">`,
  '%00%00',
  '\u2066isolate\u2069',
  `<a href="javascript:${PWN}">x</a>`,
  '&lt;b&gt;bold&lt;/b&gt;',
  '\\x3cscript\\x3e',
  "' OR 1=1 --",
  '\u200B\u200Bzero width',
  '<style>*{display:none}</style>',
];

const env = useBrowser({ before, after, afterEach });

async function openApp({ hash = '', name } = {}) {
  const context = await env.newContext();
  if (name !== undefined) {
    await context.addInitScript(([siteOrigin, saved]) => {
      if (location.origin !== siteOrigin) return;  // not inside the Jitsi iframe
      if (localStorage.getItem('cofinix.settings') === null) localStorage.setItem('cofinix.settings', saved);
    }, [new URL(env.site.url).origin, JSON.stringify({ version: 1, displayName: name })]);
  }
  const page = await context.newPage();
  const errors = collectErrors(page);
  const dialogs = [];
  page.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss().catch(() => {}); });
  const jitsi = await routeJitsi(page);
  await page.goto(env.site.url + hash);
  await page.waitForFunction(() => (window.cofx?.frames ?? 0) > 0 && Boolean(window.cofx.state?.screen));
  return { page, jitsi, errors, dialogs };
}

/** Nothing ran and the page holds no markup it did not ship with. */
async function assertNothingRan(page, dialogs, errors) {
  assert.deepEqual(dialogs, [], 'no dialog opened');
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no injected code ran');
  const foreign = await page.evaluate(() => [...document.querySelectorAll('body script, body img, body svg, body style, body a, body iframe')]
    .filter((element) => !element.closest('#meeting'))
    .filter((element) => element.tagName !== 'SCRIPT' || !/\/(boot|cofinix)\.[0-9a-f]{10}\.js$/.test(element.src))
    .filter((element) => element.tagName !== 'SCRIPT' || !/\/jitsi\/external_api\.[0-9a-f]{10}\.js(\?|$)/.test(element.src))
    .map((element) => element.outerHTML.slice(0, 80)));
  assert.deepEqual(foreign, [], 'no markup was added to the page');
  assert.deepEqual(errors.filter((e) => e.startsWith('pageerror')), [], 'no script error');
}

describe('hostile input', { timeout: 180_000 }, () => {
  test('30 hostile meeting codes and invite titles in links are refused or shown as text', async () => {
    const { page, errors, dialogs } = await openApp({ name: 'Ada' });
    for (const [index, text] of HOSTILE.entries()) {
      const encoded = encodeURIComponent(text);
      // As the code: never valid, so the lobby explains and nothing opens.
      await page.evaluate((hash) => { location.hash = hash; }, `#/${encoded}`);
      const state = await waitForState(page, (s) => s.codeError !== '' || s.screen !== 'lobby');
      assert.equal(state.screen, 'lobby', `code #${index} must not open a meeting`);
      assert.equal(await page.locator('#meeting iframe').count(), 0);
      // As an invite title on a valid code: the room is reachable, the title is only text.
      await page.evaluate((hash) => { location.hash = hash; }, `#/COF-AB12CD3${index % 10}?title=${encoded}&t=2099-01-01T10:00:00Z&d=30`);
      await waitForState(page, (s) => s.room === `COF-AB12CD3${index % 10}`);
      await page.evaluate(() => { location.hash = '#/'; });
      await waitForState(page, (s) => s.screen === 'lobby');
    }
    await assertNothingRan(page, dialogs, errors);
    // The lobby still works afterwards: the code leads to the pre-join room, Join now to the meeting.
    await typeInto(page, 'code', 'cof-ab12cd34');
    await clickWidget(page, 'join');
    await joinFromPrejoin(page);
    await waitForState(page, (s) => s.screen === 'meeting');
  });

  test('30 hostile invite titles are only text in the pre-join room too', async () => {
    const { page, errors, dialogs } = await openApp({ name: 'Ada' });
    // Under way: Join is open, and the title becomes the pre-join room's heading.
    const start = new Date(Date.now() - 10 * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    for (const [index, text] of HOSTILE.entries()) {
      const code = `COF-AB12CD3${index % 10}`;
      await page.evaluate((hash) => { location.hash = hash; },
        `#/${code}?title=${encodeURIComponent(text)}&t=${start}&d=60`);
      await waitForState(page, (s) => s.room === code && s.invitation?.canJoin === true);
      await clickWidget(page, 'invitation-join');
      const prejoin = await waitForState(page, (s) => s.screen === 'prejoin');
      assert.equal(prejoin.room, code, `title #${index}`);
      assert.equal(await meetingIframeCount(page), 0, `title #${index}: nothing opens before Join now`);
      await clickWidget(page, 'prejoin-cancel');
      await waitForState(page, (s) => s.screen === 'invitation');
    }
    await assertNothingRan(page, dialogs, errors);
  });

  test('hostile display names are cleaned or refused, and reach Jitsi only as data', async () => {
    for (const text of HOSTILE.filter((t) => t.length < 200).slice(0, 12)) {
      const { page, errors, dialogs } = await openApp({ name: text });
      const state = await appState(page);
      if (state.screen === 'lobby') {
        // Refused (e.g. only invisible characters): the lobby asks for a name instead.
        assert.ok(state.nameError !== '' || state.error !== '' || state.displayName.trim() !== '');
      }
      await clickWidget(page, 'start');
      const after = await appState(page);
      if (after.screen !== 'lobby') {
        // Accepted: the cleaned name waits in the pre-join room; Join now sends it.
        assert.equal(after.screen, 'prejoin');
        assert.doesNotMatch(after.prejoin.name, /[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/, 'cleaned before the pre-join room');
        assert.equal(await meetingIframeCount(page), 0);
        await clickWidget(page, 'join-now');
        const frame = await waitForJitsiFrame(page);
        const sent = parseJitsiUrl(frame.src).userInfo.displayName;
        assert.doesNotMatch(sent, /[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/, 'control and bidi characters removed');
      }
      await assertNothingRan(page, dialogs, errors);
      await env.contexts.pop().close();
    }
  });

  test('a typed hostile name is kept as text', async () => {
    const { page, errors, dialogs } = await openApp();
    await typeInto(page, 'name', `<img src=x onerror="${PWN}">`);
    await clickWidget(page, 'start');
    const prejoin = await waitForState(page, (s) => s.screen === 'prejoin');
    assert.equal(prejoin.prejoin.name, `<img src=x onerror="${PWN}">`, 'the pre-join room keeps it as typed');
    await joinFromPrejoin(page);
    const frame = await waitForJitsiFrame(page);
    assert.equal(parseJitsiUrl(frame.src).userInfo.displayName, `<img src=x onerror="${PWN}">`);
    await assertNothingRan(page, dialogs, errors);
  });

  test('names and payloads from Jitsi events are treated as data', async () => {
    const { page, errors, dialogs } = await openApp({ hash: '#/COF-AB12CD34', name: 'Ada' });
    await joinFromPrejoin(page);
    const { frame } = await waitForJitsiFrame(page).then((found) => ({ frame: found.frame }));
    await standinSend(frame, 'video-conference-joined', { roomName: 'x', id: 'me', displayName: 'Ada' });
    for (const [index, text] of HOSTILE.entries()) {
      await standinSend(frame, 'participant-joined', { id: `p${index}`, displayName: text });
    }
    await standinSend(frame, 'error-occurred', { error: { name: HOSTILE[0], message: HOSTILE[1], isFatal: 'yes' } });
    await standinSend(frame, 'camera-error', { type: HOSTILE[2], message: HOSTILE[3] });
    await waitForState(page, (s) => s.participants === HOSTILE.length + 1);
    await assertNothingRan(page, dialogs, errors);
    assert.equal((await appState(page)).screen, 'meeting', 'junk in an error payload does not end the meeting');
  });
});
