// Names and titles in any script (issue 20): what a person types draws with the right glyphs,
// never the replacement character U+FFFD. Han comes from the site's Han font, fetched only
// once a Han character is drawn; Tamil, Arabic and emoji are drawn by the browser's Canvas 2D
// (web/script_fonts.h). Needs dist/ (the built app); see README.md in this folder.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';

import { appState, inPngPixels, typeInto, useBrowser, waitForIdle, waitForState, waitForWidget } from './harness.mjs';

const env = useBrowser({ before, after, afterEach });
const HAN_FONT = /\/fonts\/han\.[0-9a-f]+\.otf$/;

async function openLobby(options = {}) {
  const context = await env.newContext(options);
  const page = await context.newPage();
  const fontRequests = [];
  page.on('request', (request) => { if (/\/fonts\//.test(request.url())) fontRequests.push(request.url()); });
  await page.goto(env.site.url);
  await waitForWidget(page, 'name');
  await waitForIdle(page);
  return { page, fontRequests };
}

/**
 * The name field holding `text`, as drawn on the canvas with the keyboard elsewhere (no caret):
 * a PNG of the field's rectangle.
 */
async function fieldShowing(page, text) {
  await typeInto(page, 'name', text);
  await page.mouse.click(4, 4);  // out of the field: no caret, no selection
  await waitForIdle(page);
  const box = await page.evaluate(() => window.cofx.widgets.name);
  return page.screenshot({ clip: { x: box.x, y: box.y, width: box.w, height: box.h } });
}

/** How many pixels of a PNG are coloured (not grey). */
function colouredPixels(page, png) {
  return inPngPixels(page, png, (data) => {
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
      if (Math.max(r, g, b) - Math.min(r, g, b) > 60) count += 1;
    }
    return count;
  });
}

describe('names in any script', () => {
  test('an English visitor downloads the UI font only', async () => {
    const { fontRequests } = await openLobby();
    assert.equal(fontRequests.length, 1, fontRequests.join(', '));
    assert.match(fontRequests[0], /\/fonts\/ui\.[0-9a-f]+\.ttf$/);
  });

  test('Han, Tamil, Arabic and emoji draw with their own glyphs, not U+FFFD', async () => {
    const { page, fontRequests } = await openLobby();
    const replacement = await fieldShowing(page, '\uFFFD');
    // One character at a time: a field showing it must not look like one showing U+FFFD.
    for (const char of ['陈', '美', '玲', '会', '议', 'க', 'ட', 'ம', 'ع', 'ب', '😀', '☕']) {
      const shown = await fieldShowing(page, char);
      assert.ok(!shown.equals(replacement), `${char} (U+${char.codePointAt(0).toString(16)}) drew as U+FFFD`);
    }
    assert.ok(fontRequests.some((url) => HAN_FONT.test(url)), 'the Han font was fetched once Han was typed');
    await page.waitForFunction(() => window.cofx.scriptFonts?.han === 'merged');
    assert.equal(fontRequests.filter((url) => HAN_FONT.test(url)).length, 1, 'the Han font was fetched once');
  });

  test('a whole name and a title mixing scripts; emoji keep their colours', async () => {
    const { page } = await openLobby();
    const name = await fieldShowing(page, '陈美玲 கூட்டம் 😀');
    const same = await fieldShowing(page, '\uFFFD'.repeat(3) + ' ' + '\uFFFD'.repeat(6) + ' \uFFFD');
    assert.ok(!name.equals(same));
    // The field's own border is coloured too: emoji add colour to it, text doesn't.
    const plain = await colouredPixels(page, await fieldShowing(page, 'Ada'));
    const tamil = await colouredPixels(page, await fieldShowing(page, 'கூட்டம்'));
    const emoji = await colouredPixels(page, await fieldShowing(page, '😀🎉'));
    assert.ok(emoji > plain + 50, `colour emoji drew in colour (${emoji} coloured pixels, ${plain} without them)`);
    assert.ok(Math.abs(tamil - plain) < 10, `Tamil drew in the text's colour (${tamil} coloured pixels, ${plain} for Latin)`);
    const state = await page.evaluate(() => window.cofx.state.displayName);
    assert.equal(typeof state, 'string');
  });

  test('editing Tamil: the app keeps what was typed, Backspace takes back one code point', async () => {
    const { page } = await openLobby();
    await typeInto(page, 'name', 'கொ');  // க and its two-part vowel sign, drawn as one
    await waitForState(page, (s) => s.displayName === 'கொ');
    await page.keyboard.press('Backspace');
    await waitForState(page, (s) => s.displayName === 'க');
    await page.keyboard.type('ாவ்யா');
    await waitForState(page, (s) => s.displayName === 'காவ்யா');
    await page.keyboard.press('Home');
    await page.keyboard.type('Priya ');
    await waitForState(page, (s) => s.displayName === 'Priya காவ்யா');
    // What leaves for the page (the accessible mirror's field value) is the text, not its runs.
    const mirrored = await page.evaluate(() => window.cofx.widgets.name.value);
    assert.equal(mirrored, 'Priya காவ்யா');
  });

  test('without its UI font the lobby still draws its words (the browser\'s fonts stand in)', async () => {
    const context = await env.newContext();
    await context.route(/\/fonts\/ui\.[0-9a-f]+\.ttf$/, (route) => route.fulfill({ status: 404, body: '' }));
    const page = await context.newPage();
    await page.goto(env.site.url);
    await waitForWidget(page, 'start');
    await waitForIdle(page);
    const box = await page.evaluate(() => window.cofx.widgets.start);
    const button = await page.screenshot({ clip: { x: box.x, y: box.y, width: box.w, height: box.h } });
    const pixels = await inPngPixels(page, button, (data) => {
      const seen = new Set();
      for (let i = 0; i < data.length; i += 4) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
      return seen.size;
    });
    assert.ok(pixels > 20, `the Start button's words drew (${pixels} colours in it)`);
    if (existsSync(TESSERACT)) assert.match(ocr(button, 'eng'), /instant/i);
  });
});

// OCR (Debian's tesseract-ocr, tesseract-ocr-chi-sim): what the canvas shows reads as what the
// browser's own HTML rendering of the same string reads as (OCR mistakes look-alike Han
// characters, so the two readings are compared, not the string itself).
const TESSERACT = '/usr/bin/tesseract';

function ocrLanguages() {
  if (!existsSync(TESSERACT)) return [];
  try {
    return execFileSync(TESSERACT, ['--list-langs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).split(/\s+/);
  } catch {
    return [];
  }
}

function ocr(png, language) {
  const dir = mkdtempSync(path.join(tmpdir(), 'cofx-ocr-'));
  try {
    const file = path.join(dir, 'text.png');
    writeFileSync(file, png);
    return execFileSync(TESSERACT, [file, 'stdout', '-l', language, '--psm', '7'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .replace(/[\s\u200B-\u200D]+/g, '');  // OCR ends Tamil words with a zero-width non-joiner
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What OCR reads off the name field showing `name`, and off the browser's HTML rendering of it. */
async function readBoth(page, name, language, family) {
  await typeInto(page, 'name', name);
  await page.mouse.click(4, 4);
  await waitForIdle(page);
  const box = await page.evaluate(() => window.cofx.widgets.name);
  const canvas = await page.screenshot({ clip: { x: box.x + 2, y: box.y + 2, width: Math.min(box.w - 4, 260), height: box.h - 4 } });
  const scratch = await page.context().newPage();
  await scratch.setContent(`<div id="t" style="display:inline-block;padding:8px 12px;background:#f6efff;color:#222;
    font:18px ${family},sans-serif"></div>`);
  await scratch.locator('#t').evaluate((element, text) => { element.textContent = text; }, name);
  const html = await scratch.locator('#t').screenshot();
  await scratch.close();
  return { fromCanvas: ocr(canvas, language), fromHtml: ocr(html, language) };
}

describe('names in any script, read back by OCR', { skip: !ocrLanguages().includes('chi_sim') && 'needs tesseract-ocr-chi-sim' }, () => {
  test('a Han name on the canvas reads as the browser\'s own rendering of it', async () => {
    const name = '陈美玲';
    const { page } = await openLobby({ deviceScaleFactor: 2 });
    const { fromCanvas, fromHtml } = await readBoth(page, name, 'chi_sim', "'Noto Sans CJK SC'");
    assert.equal([...fromHtml].length, 3, `the HTML rendering reads as three characters: ${fromHtml}`);
    assert.equal(fromCanvas, fromHtml);
  });
});

describe('Tamil, shaped, read back by OCR', { skip: !ocrLanguages().includes('tam') && 'needs tesseract-ocr-tam' }, () => {
  // Vowel signs drawn before their consonant (பெ, கை), two-part ones around it (கொ), the
  // pulli (ம்): drawn a character at a time these read as other letters.
  test('a Tamil name on the canvas reads as the browser\'s own rendering of it', async () => {
    const { page } = await openLobby({ deviceScaleFactor: 2 });
    for (const name of ['செல்வம்', 'கொடி பெண்', 'வைகை']) {
      const { fromCanvas, fromHtml } = await readBoth(page, name, 'tam', "'Noto Sans Tamil'");
      assert.equal(fromHtml, name.replace(/\s+/g, ''), `the HTML rendering of ${name} reads as itself`);
      assert.equal(fromCanvas, fromHtml, `${name} on the canvas`);
    }
    assert.equal((await appState(page)).displayName, 'வைகை');
  });
});
