// "Show QR code": the meeting link as a QR code a phone's camera reads, in the lobby (an
// invitation's link) and beside a running meeting. Each code is screenshotted from the
// canvas where the app says it drew it (window.cofx.widgets) and decoded with zbarimg
// (Debian's zbar-tools): it must read back as exactly the link the app copies. The
// accessible mirror has it as an image named for people and described by the link.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';

import {
  clickWidget, collectErrors, routeJitsi, seedLocalStorage, waitForIdle, waitForState, waitForSteadyWidget,
  waitForWidget, useBrowser, appState,
} from './harness.mjs';

const CODE = 'COF-AB12CD34';
const SAVED_NAME = JSON.stringify({ version: 1, displayName: 'Ada' });
const LABEL = 'QR code for the meeting link';
const PHONE = { width: 390, height: 844 };

const env = useBrowser({ before, after, afterEach });

/** Opens the app at `hash`; what the app writes to the clipboard is kept in window.copiedTexts. */
async function openApp({ hash = '', viewport } = {}) {
  const context = await env.newContext(viewport ? { viewport } : {});
  const origin = new URL(env.site.url).origin;
  await context.grantPermissions(['camera', 'microphone'], { origin });
  await seedLocalStorage(context, env.site.url, { 'cofinix.settings': SAVED_NAME });
  await context.addInitScript(() => {
    window.copiedTexts = [];
    const clipboard = navigator.clipboard;
    if (clipboard) {
      clipboard.writeText = (text) => { window.copiedTexts.push(text); return Promise.resolve(); };
    }
  });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await routeJitsi(page);
  await page.goto(env.site.url + hash);
  await page.waitForFunction(() => (window.cofx?.frames ?? 0) > 0 && Boolean(window.cofx.state?.screen));
  return { page, errors };
}

/** The text the QR code on screen holds: its rectangle screenshotted, decoded by zbarimg. */
async function decodeShownCode(page) {
  await waitForWidget(page, 'qr-code');
  await waitForIdle(page);
  const rect = await waitForSteadyWidget(page, 'qr-code');
  const viewport = page.viewportSize();
  assert.ok(rect.x >= 0 && rect.y >= 0, `the code starts on screen: ${JSON.stringify(rect)}`);
  assert.ok(rect.x + rect.w <= viewport.width && rect.y + rect.h <= viewport.height,
    `the code ends on screen: ${JSON.stringify(rect)} in ${JSON.stringify(viewport)}`);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cofx-qr-')), 'code.png');
  await page.screenshot({ path: file, clip: { x: rect.x, y: rect.y, width: rect.w, height: rect.h } });
  const text = execFileSync('zbarimg', ['--raw', '-q', file], { encoding: 'utf8' });
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  return { text: text.replace(/\n$/, ''), rect };
}

/** The mirror's image for the code: role img, named and described. */
async function mirroredImage(page, link) {
  const image = page.locator('#a11y-mirror').getByRole('img', { name: LABEL });
  await image.waitFor();
  assert.equal(await image.getAttribute('aria-description'), link);
  assert.equal(await image.textContent(), '', 'its words are attributes, not content');
}

/** Show QR code, then: it decodes to exactly `link`, is at least 200 px across, and is mirrored. */
async function showsCodeOf(page, link) {
  await clickWidget(page, 'show-qr');
  const { text, rect } = await decodeShownCode(page);
  assert.equal(text, link);
  assert.ok(rect.w >= 200, `at least 200 px across: ${rect.w}`);
  await mirroredImage(page, link);
}

async function copiedText(page, widget) {
  const before = await page.evaluate(() => window.copiedTexts.length);
  await clickWidget(page, widget);
  await page.waitForFunction((n) => window.copiedTexts.length > n, before);
  return page.evaluate(() => window.copiedTexts.at(-1));
}

async function closedByEscape(page) {
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !window.cofx?.widgets?.['qr-code']);
}

describe('the meeting link as a QR code', { timeout: 180_000 }, () => {
  for (const [where, viewport] of [['a laptop', undefined], ['a phone (390x844)', PHONE]]) {
    test(`in the lobby on ${where}, an invitation's link reads back from its QR code`, async () => {
      const { page, errors } = await openApp({ hash: `#/${CODE}?title=Weekly%20sync`, viewport });
      await waitForWidget(page, 'invite-join');
      const link = await copiedText(page, 'copy-link');
      assert.equal(link, (await appState(page)).link);
      assert.match(link, new RegExp(`#/${CODE}$`));

      await showsCodeOf(page, link);

      await clickWidget(page, 'qr-close');
      await page.waitForFunction(() => !window.cofx?.widgets?.['qr-code']);
      await clickWidget(page, 'show-qr');
      await waitForWidget(page, 'qr-code');
      await closedByEscape(page);
      assert.equal((await appState(page)).screen, 'lobby');
      assert.deepEqual(errors, []);
    });
  }

  test('on the guest\'s page on a phone, the invitation link reads back from its QR code', async () => {
    const start = new Date(Date.now() + 86400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const hash = `#/${CODE}?t=${encodeURIComponent(start)}&d=30&title=${encodeURIComponent('Mesyuarat 周会')}&a=Bajet`;
    const { page, errors } = await openApp({ hash, viewport: PHONE });
    const { invitation } = await waitForState(page, (s) => s.screen === 'invitation' && s.invitation !== null);
    await showsCodeOf(page, invitation.link);  // the exact link: time, title and agenda included
    await closedByEscape(page);
    assert.equal((await appState(page)).screen, 'invitation');
    assert.deepEqual(errors, []);
  });

  for (const [where, viewport] of [['a laptop (the panel is a column)', undefined], ['a phone (the panel is a bar)', PHONE]]) {
    test(`beside a running meeting on ${where}, the panel shows the meeting link as a QR code`, async () => {
      const { page, errors } = await openApp({ hash: `#/${CODE}`, viewport });
      await waitForState(page, (s) => s.screen === 'prejoin');
      await clickWidget(page, 'join-now');
      await waitForState(page, (s) => s.screen === 'meeting');
      const link = await copiedText(page, 'copy-invite');
      assert.match(link, new RegExp(`#/${CODE}$`));
      const panelHeight = () => page.evaluate(() => document.getElementById('canvas').getBoundingClientRect().height);
      const barHeight = await panelHeight();

      await showsCodeOf(page, link);
      await clickWidget(page, 'qr-close');
      await page.waitForFunction(() => !window.cofx?.widgets?.['qr-code']);
      assert.equal((await appState(page)).screen, 'meeting');
      // The panel is back to its own size (a phone's bar gives the meeting its room again).
      await page.waitForFunction((h) => document.getElementById('canvas').getBoundingClientRect().height === h, barHeight);
      assert.deepEqual(errors, []);
    });
  }
});
