// No dead end without WebGL 2 (issue 23): the page draws with WebGL 2, else WebGL 1, else on the
// CPU into a 2D canvas. Each path is forced by making getContext() refuse the better ones, then
// the journey is walked with real input: the lobby drawn (its pixels), a name typed, Start by
// the keyboard, the pre-join room, Join now through the accessible mirror, the meeting's iframe.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';

import {
  clickWidget, collectErrors, inPngPixels, parseJitsiUrl, routeJitsi, seedLocalStorage, typeInto, useBrowser,
  waitForIdle, waitForJitsiFrame, waitForState, waitForWidget,
} from './harness.mjs';

const env = useBrowser({ before, after, afterEach });

const PATHS = [
  { drawing: 'webgl2', refused: [] },
  { drawing: 'webgl1', refused: ['webgl2'] },
  { drawing: 'cpu', refused: ['webgl2', 'webgl', 'experimental-webgl'] },
];

async function openOn(refused) {
  const context = await env.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  await context.addInitScript((kinds) => {
    const real = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function getContext(kind, ...rest) {
      return kinds.includes(kind) ? null : real.call(this, kind, ...rest);
    };
  }, refused);
  await seedLocalStorage(context, env.site.url, { 'cofinix.settings': JSON.stringify({ version: 1, displayName: 'Siti' }) });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await routeJitsi(page);
  await page.goto(env.site.url);
  await waitForWidget(page, 'start');
  await waitForIdle(page);
  return { page, errors };
}

/** The Start button as drawn: its most common colour, and how many colours it holds (its words). */
async function startButtonPixels(page) {
  const box = await page.evaluate(() => window.cofx.widgets.start);
  const png = await page.screenshot({ clip: { x: box.x, y: box.y, width: box.w, height: box.h } });
  return inPngPixels(page, png, (data) => {
    const counts = new Map();
    for (let i = 0; i < data.length; i += 4) {
      const colour = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
      counts.set(colour, (counts.get(colour) ?? 0) + 1);
    }
    const [main] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    return { main: main[0], colours: counts.size };
  });
}

describe('every drawing path reaches the meeting', { timeout: 240_000 }, () => {
  let reference;

  for (const { drawing, refused } of PATHS) {
    test(`${drawing}: drawn alike, typed into, Start by keyboard, Join now through the mirror, the iframe`, async () => {
      const { page, errors } = await openOn(refused);
      assert.equal(await page.evaluate(() => window.cofx.drawing), drawing);
      const pixels = await startButtonPixels(page);
      assert.ok(pixels.colours > 20, `the Start button's words drew (${pixels.colours} colours)`);
      reference ??= pixels.main;
      assert.equal(pixels.main.toString(16), reference.toString(16), 'the same button colour as WebGL 2');

      await typeInto(page, 'name', '陈美玲 Aminah');
      await waitForState(page, (s) => s.displayName === '陈美玲 Aminah');
      await page.keyboard.press('Tab');  // out of the field (Escape would undo the edit): N is a shortcut again
      await waitForIdle(page);
      await page.keyboard.press('n');
      await waitForState(page, (s) => s.screen === 'prejoin');
      await waitForWidget(page, 'join-now');
      await waitForIdle(page);
      const joinNow = page.getByRole('button', { name: 'Join now' });  // as a screen reader's user would
      await joinNow.focus();
      await joinNow.press('Enter');
      await waitForState(page, (s) => s.screen === 'joining' || s.screen === 'meeting');
      const { src } = await waitForJitsiFrame(page);
      const url = parseJitsiUrl(src);
      assert.match(url.room, /^COF-[0-9A-Z]{8}$/);
      assert.equal(url.userInfo.displayName, '陈美玲 Aminah');
      assert.deepEqual(errors, []);
    });
  }

  test('cpu: the schedule tab and a clicked checkbox draw on the CPU too', async () => {
    const { page, errors } = await openOn(PATHS[2].refused);
    await clickWidget(page, 'tab-schedule');
    await waitForWidget(page, 'schedule-new');
    await clickWidget(page, 'schedule-new');
    await waitForState(page, (s) => s.schedule.formOpen);
    await typeInto(page, 'schedule-title', 'Kelas 5A');
    await clickWidget(page, 'schedule-save');
    await waitForState(page, (s) => s.schedule.count === 1 && s.schedule.firstTitle === 'Kelas 5A');
    assert.deepEqual(errors, []);
  });
});

describe('the last resort: no lobby, still a way into the meeting', { timeout: 180_000 }, () => {
  async function openWithout(setup, hash) {
    const context = await env.newContext({ viewport: { width: 390, height: 844 } });
    await context.addInitScript(setup);
    const page = await context.newPage();
    await page.goto(env.site.url + hash);
    await page.waitForFunction(() => document.body.dataset.view === 'fatal' && document.querySelector('#way-in-form'));
    return page;
  }
  const noWebAssembly = () => { delete window.WebAssembly; };
  const noDrawing = () => {
    const real = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function getContext(kind, ...rest) {
      return ['webgl2', 'webgl', 'experimental-webgl', '2d'].includes(kind) ? null : real.call(this, kind, ...rest);
    };
  };

  test('without WebAssembly: the sentence, a plain link to the meeting in the address, a form by code', async () => {
    const page = await openWithout(noWebAssembly, '#/COF-AB12CD34');
    assert.match(await page.locator('#fatal [role=alert]').first().textContent(), /needs WebAssembly/);
    assert.equal(await page.locator('#way-in-link').getAttribute('href'), 'https://meet.jit.si/COF-AB12CD34');
    assert.equal(await page.locator('#way-in-link').textContent(), 'Open meeting COF-AB12CD34 directly');

    await page.getByLabel('Meeting code').fill('<b>nope</b>');
    await page.getByRole('button', { name: 'Open the meeting' }).click();
    await page.waitForFunction(() => document.getElementById('way-in-error').textContent !== '');
    assert.match(await page.locator('#way-in-error').textContent(), /looks like COF-AB12CD34/);
    assert.equal(await page.locator('#fatal b').count(), 0, 'typed text stays text');

    await page.route('https://meet.jit.si/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<p>Jitsi</p>' }));
    await page.getByLabel('Meeting code').fill('xy12 zw34');
    await Promise.all([
      page.waitForURL('https://meet.jit.si/COF-XY12ZW34'),
      page.getByRole('button', { name: 'Open the meeting' }).click(),
    ]);
  });

  test('a link to another deployment opens there; a page that may draw nothing gets the same way in', async () => {
    const self = await openWithout(noWebAssembly, '#/COF-AB12CD34?dep=self&host=jitsi.example.org');
    assert.equal(await self.locator('#way-in-link').getAttribute('href'), 'https://jitsi.example.org/COF-AB12CD34');

    const page = await openWithout(noDrawing, '#/COF-AB12CD34');
    assert.match(await page.locator('#fatal [role=alert]').first().textContent(), /draw nothing/);
    assert.equal(await page.locator('#way-in-link').getAttribute('href'), 'https://meet.jit.si/COF-AB12CD34');
  });
});

