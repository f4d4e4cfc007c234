// Firefox beside Chromium (issue 23): a smoke suite in Debian's firefox-esr, driven over WebDriver
// BiDi by puppeteer-core, under xvfb-run with Mesa's software GL (scripts/test starts it so).
// Real mouse and keyboard input on the canvas; what differs from Chromium is listed in
// tests/browser/README.md.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';

import puppeteer from 'puppeteer-core';

import { startSite } from '../browser/harness.mjs';

const FIREFOX = process.env.COFX_FIREFOX ?? '/usr/bin/firefox-esr';
const SIGNAL_TIMEOUT_MS = 30_000;
const SAVED = JSON.stringify({ version: 1, displayName: 'Siti' });

let site;
let browser;

before(async () => {
  site = await startSite();
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: false,  // under xvfb-run: headless Firefox here has no WebGL at all
    extraPrefsFirefox: {
      'webgl.force-enabled': true,
      'media.navigator.streams.fake': true,  // a fake camera and microphone, no prompt
      'media.navigator.permission.disabled': true,
    },
  });
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** A fresh page at the site (its own storage), `saved` settings seeded, then `hash` opened. */
async function openPage({ hash = '', width = 1280, height = 800, ratio = 1, saved = SAVED } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width, height, deviceScaleFactor: ratio });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    // The meeting's own page: a stand-in, so nothing leaves the machine.
    if (request.url().startsWith('https://meet.jit.si/')) {
      request.respond({ status: 200, contentType: 'text/html', body: '<!doctype html><p>stand-in conference</p>' });
    } else {
      request.continue();
    }
  });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(site.url);
  if (saved) {
    await page.evaluate((text) => localStorage.setItem('cofinix.settings', text), saved);
  }
  await page.goto(`${site.url}${hash}`);
  if (hash) await page.reload();
  await waitForWidget(page, hash ? 'join-now' : 'start');
  return { page, context, errors };
}

async function waitForWidget(page, name) {
  await page.waitForFunction((n) => window.cofx?.widgets?.[n], { timeout: SIGNAL_TIMEOUT_MS }, name);
  return page.evaluate((n) => window.cofx.widgets[n], name);
}

/** Until no frame has been drawn for 150 ms: the layout has settled, and the mirror holds it. */
async function waitForIdle(page) {
  let last = -1;
  for (let i = 0; i < 40; i += 1) {
    const { frames, mirrorPending } = await page.evaluate(
      () => ({ frames: window.cofx?.frames ?? 0, mirrorPending: window.cofx?.mirrorPending }));
    if (frames === last && !mirrorPending) return;
    last = frames;
    await new Promise((resolve) => { setTimeout(resolve, 150); });  // polling the app's frame counter
  }
}

async function waitForState(page, predicate) {
  await page.waitForFunction(`(${predicate})(window.cofx.state)`, { timeout: SIGNAL_TIMEOUT_MS });
  return page.evaluate(() => window.cofx.state);
}

async function clickWidget(page, name) {
  await waitForWidget(page, name);
  await waitForIdle(page);
  const { x, y, w, h } = await page.evaluate((n) => window.cofx.widgets[n], name);
  await page.mouse.click(x + w / 2, y + h / 2);
  await waitForIdle(page);
}

async function typeInto(page, name, text) {
  await clickWidget(page, name);
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
  await waitForIdle(page);
}

async function meetingIframeSrc(page) {
  await page.waitForFunction(() => document.querySelector('#meeting iframe')?.src, { timeout: SIGNAL_TIMEOUT_MS });
  return page.evaluate(() => document.querySelector('#meeting iframe').src);
}

describe('Firefox ESR', { skip: !existsSync(FIREFOX) && `no ${FIREFOX}`, timeout: 300_000 }, () => {
  test('the lobby draws with WebGL at the canvas\'s size times the pixel ratio', async () => {
    const { page, context, errors } = await openPage({ width: 390, height: 844, ratio: 2 });
    const canvas = await page.evaluate(() => {
      const element = document.getElementById('canvas');
      const box = element.getBoundingClientRect();
      return { width: element.width, height: element.height, cssWidth: box.width, cssHeight: box.height,
        ratio: window.devicePixelRatio, drawing: window.cofx.drawing };
    });
    assert.equal(canvas.ratio, 2);
    assert.equal(canvas.width, Math.round(canvas.cssWidth * 2));
    assert.equal(canvas.height, Math.round(canvas.cssHeight * 2));
    assert.match(canvas.drawing, /^webgl[12]$/);
    const start = await waitForWidget(page, 'start');
    assert.ok(start.w > 200 && start.w <= 390, `Start fits the phone (${start.w} px)`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a typed name in two scripts, Start, the pre-join room, Join now, the meeting\'s iframe, Leave', async () => {
    const { page, context, errors } = await openPage();
    await typeInto(page, 'name', 'Zoë 陈美玲');
    // The key a dead key (´ then e) ends in: one key event carrying "é" (BiDi has no OS layout
    // to compose with), then Backspace takes it back.
    await page.keyboard.type(' é');
    await waitForState(page, (s) => s.displayName === 'Zoë 陈美玲 é');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await waitForState(page, (s) => s.displayName === 'Zoë 陈美玲');
    await clickWidget(page, 'start');
    await waitForState(page, (s) => s.screen === 'prejoin');
    await clickWidget(page, 'join-now');
    const src = new URL(await meetingIframeSrc(page));
    assert.equal(src.host, 'meet.jit.si');
    assert.match(src.pathname, /^\/COF-[0-9A-Z]{8}$/);
    assert.match(decodeURIComponent(src.hash), /userInfo\.displayName="Zoë 陈美玲"/);
    await waitForState(page, (s) => s.screen === 'meeting');
    await clickWidget(page, 'leave');
    await waitForState(page, (s) => s.screen === 'lobby');
    assert.equal(await page.evaluate(() => document.querySelectorAll('#meeting iframe').length), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a bookmark opens at the meeting\'s door; the Schedule tab; the mirror by role', async () => {
    const { page, context, errors } = await openPage({ hash: '#/COF-AB12CD34' });
    const state = await waitForState(page, (s) => s.screen === 'prejoin');
    assert.equal(state.room, 'COF-AB12CD34');
    await clickWidget(page, 'prejoin-cancel');
    await waitForState(page, (s) => s.screen === 'lobby');
    await clickWidget(page, 'tab-schedule');
    await waitForWidget(page, 'schedule-new');
    const roles = await page.evaluate(() => ({
      tabs: [...document.querySelectorAll('#a11y-mirror [role=tab]')].map((e) => e.textContent),
      selected: document.querySelector('#a11y-mirror [role=tab][aria-selected=true]')?.textContent,
    }));
    assert.deepEqual(roles.tabs, ['Meet', 'Schedule', 'Settings']);
    assert.equal(roles.selected, 'Schedule');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
