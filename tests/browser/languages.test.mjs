// Four languages (issue 20). A browser set to Malay, Chinese or Tamil gets the whole app in its
// language with no setting: on every screen, at 390×844 and 1280×800, no mirrored name,
// description or page label holds an English word (a word of the English source text that
// the language's own catalogue never uses; names of products and people aside), and nothing
// is cut. The pseudo-language en-XA (accented, 40 % longer) fits every screen too. Settings
// switches the language at once, without a reload, and keeps it; Jitsi gets the language.
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';

import {
  ROOT, appState, clickWidget, useBrowser, waitForIdle, waitForJitsiFrame, waitForState, waitForWidget,
} from './harness.mjs';
import { CODE, TITLES, openScreensPage, scheduleDocument, screens, walkScreens } from './screens.mjs';

const env = useBrowser({ before, after, afterEach });
const SIZES = [{ width: 390, height: 844 }, { width: 1280, height: 800 }];
// What people typed in their own languages (an English title would read as English words).
const LOCAL_TITLES = TITLES.slice(1);
const AGENDA = 'Pembentangan bajet\n预算讨论\nSoal jawab';
// Names, not words: products, places and the seeded person.
const PROPER = new Set(['jitsi', 'meet', 'cof', 'inix', 'ultra', 'conferencing', 'google', 'outlook', 'jaas',
  'ada', 'lovelace', 'asia', 'kuala', 'lumpur', 'jit', 'utc', 'ics', 'qr', 'url', 'jwt', 'json', 'config']);

/** msgid/msgstr pairs of a .po file (plural forms flattened). */
function parsePo(text) {
  const entries = [];
  let entry = null;
  let field = null;
  const unquote = (s) => JSON.parse(s);
  for (const line of text.split('\n')) {
    const start = /^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?) (".*")$/.exec(line);
    if (start) {
      if (start[1] === 'msgctxt' || start[1] === 'msgid') {
        if (!entry || entry.ids.length && start[1] !== 'msgid' || (entry.ids.length && entry.strs.length)) {
          entry = { ids: [], strs: [] };
          entries.push(entry);
        }
      }
      field = start[1].startsWith('msgstr') ? 'strs' : start[1] === 'msgctxt' ? null : 'ids';
      if (field) entry[field].push(unquote(start[2]));
    } else if (/^".*"$/.test(line) && entry && field) {
      entry[field][entry[field].length - 1] += unquote(line);
    }
  }
  return entries.filter((e) => e.ids[0]);
}

const wordsOf = (text) => (text.replace(/\{[a-z_]+\}/g, ' ').toLowerCase().match(/[a-z][a-z']{2,}/g) ?? []);

/** The English words a reader of `file` (a catalogue) must never meet. */
async function englishWords(file) {
  const entries = parsePo(await fs.readFile(path.join(ROOT, 'src/app/words/catalogues', file), 'utf8'));
  const used = new Set(entries.flatMap((e) => e.strs.flatMap(wordsOf)));
  const english = new Set(entries.flatMap((e) => e.ids.flatMap(wordsOf)));
  return new Set([...english].filter((w) => !used.has(w) && !PROPER.has(w)));
}

/** Every name and description a screen reader could meet, and the page's own words. */
function pageWords(page) {
  return page.evaluate(() => {
    const texts = [];
    for (const [name, w] of Object.entries(window.cofx.widgets ?? {})) {
      if (w.label) texts.push([name, w.label]);
      if (w.description) texts.push([name, w.description]);
    }
    for (const element of document.querySelectorAll('[aria-label], [aria-description]')) {
      for (const attribute of ['aria-label', 'aria-description']) {
        const value = element.getAttribute(attribute);
        if (value) texts.push([`<${element.localName}${element.id ? `#${element.id}` : ''}>`, value]);
      }
    }
    for (const element of document.querySelectorAll('#actions button, #loading')) texts.push([element.id || 'action', element.textContent]);
    return texts;
  });
}

function englishIn(forbidden) {
  return async (page, where) => {
    const found = [];
    for (const [name, text] of await pageWords(page)) {
      const english = wordsOf(text).filter((w) => forbidden.has(w));
      if (english.length) found.push(`${where}: ${name} "${text}" has English: ${english.join(', ')}`);
    }
    return found;
  };
}

function openIn({ locale, viewport = SIZES[0] }, settings = { version: 1, displayName: 'Ada Lovelace' }) {
  return openScreensPage(env, {
    viewport, locale,
    storage: { 'cofinix.settings': JSON.stringify(settings), 'cofinix.schedules': scheduleDocument(LOCAL_TITLES) },
  });
}

const withoutWheelNotice = (errors) => errors.filter((e) => !/preventDefault inside passive event listener/.test(e));

for (const { locale, tag, catalogue, jitsi } of [
  { locale: 'ms-MY', tag: 'ms', catalogue: 'ms.po', jitsi: 'en' },
  { locale: 'zh-CN', tag: 'zh-CN', catalogue: 'zh_CN.po', jitsi: 'zhCN' },
  { locale: 'ta-MY', tag: 'ta', catalogue: 'ta.po', jitsi: 'en' },  // Jitsi has no Tamil
]) {
  describe(`a browser in ${locale}`, { timeout: 300_000 }, () => {
    test('every screen in its language, no English word, nothing cut; Jitsi told the language', async () => {
      const forbidden = await englishWords(catalogue);
      assert.ok(forbidden.size > 100, `English words to look for: ${forbidden.size}`);
      const { page, errors } = await openIn({ locale });
      assert.equal(await page.evaluate(() => document.documentElement.lang), tag);
      assert.equal((await appState(page)).language, tag);
      const list = screens({ invitationTitle: TITLES[3], invitationAgenda: AGENDA, scheduled: LOCAL_TITLES.length });
      const problems = await walkScreens(page, {
        list, sizes: SIZES, themes: ['dark'], shotPrefix: `${tag} `, shots: process.env.COFX_FIT_SHOTS,
        inspect: englishIn(forbidden),
      });
      assert.deepEqual(problems, []);

      await page.evaluate((hash) => { location.hash = hash; }, `#/${CODE}`);
      await waitForState(page, (s) => s.screen === 'prejoin');
      await clickWidget(page, 'prejoin-name');
      await page.keyboard.press('Enter');
      const { src } = await waitForJitsiFrame(page);
      assert.equal(new URL(src).searchParams.get('lang'), jitsi, `Jitsi's language in ${src}`);
      assert.deepEqual(withoutWheelNotice(errors), []);
    });
  });
}

describe('the pseudo-language (accented, 40 % longer)', { timeout: 300_000 }, () => {
  test('fits every screen at 390×844 and 1280×800, and no message is left in English', async () => {
    const forbidden = await englishWords('ms.po');  // the words of the English source text
    const { page, errors } = await openIn({ locale: 'en-GB' }, { version: 1, displayName: 'Ada Lovelace', language: 'en-XA' });
    assert.equal((await appState(page)).language, 'en-XA');
    const list = screens({ invitationTitle: TITLES[3], invitationAgenda: AGENDA, scheduled: LOCAL_TITLES.length });
    const problems = await walkScreens(page, {
      list, sizes: SIZES, themes: ['dark'], shotPrefix: 'en-XA ', shots: process.env.COFX_FIT_SHOTS,
      inspect: englishIn(forbidden),
    });
    assert.deepEqual(problems, []);
    assert.deepEqual(withoutWheelNotice(errors), []);
  });
});

describe('choosing a language in Settings', { timeout: 120_000 }, () => {
  test('applies at once without a reload, is kept, and "the browser\'s" goes back', async () => {
    const { page, errors } = await openIn({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    assert.equal((await appState(page)).language, 'en');
    await page.evaluate(() => { window.notReloaded = true; });
    const englishTab = (await waitForWidget(page, 'tab-meet')).label;

    await clickWidget(page, 'tab-settings');
    await clickWidget(page, 'language');
    // A screen reader reads each language's own name in that language.
    await page.waitForFunction(() => document.querySelector('#a11y-language-ms'));
    assert.equal(await page.getAttribute('#a11y-language-ms', 'lang'), 'ms');
    assert.equal(await page.getAttribute('#a11y-language-zh-CN', 'lang'), 'zh-CN');
    await clickWidget(page, 'language-ms');
    await waitForState(page, (s) => s.language === 'ms');
    await waitForIdle(page);
    const malayTab = (await waitForWidget(page, 'tab-meet')).label;
    assert.notEqual(malayTab, englishTab);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ms');
    assert.equal(await page.evaluate(() => window.notReloaded), true, 'no reload');
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('cofinix.settings')));
    assert.equal(stored.language, 'ms');
    assert.equal(stored.displayName, 'Ada Lovelace');

    await page.reload();
    await page.waitForFunction(() => (window.cofx?.frames ?? 0) > 0);
    assert.equal((await appState(page)).language, 'ms');
    assert.equal((await waitForWidget(page, 'tab-meet')).label, malayTab);

    await clickWidget(page, 'tab-settings');
    await clickWidget(page, 'language');
    await clickWidget(page, 'language-browser');
    await waitForState(page, (s) => s.language === 'en');
    assert.equal((await waitForWidget(page, 'tab-meet')).label, englishTab);
    const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('cofinix.settings')));
    assert.equal(kept.language, undefined);
    assert.deepEqual(errors, []);
  });
});
