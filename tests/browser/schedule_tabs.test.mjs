// Three real pages of one browser editing one scheduled meeting at the same time, on the
// canvas: different fields all stay, a same-field conflict goes to the last writer and the
// page that lost is told. Also: a backup of damaged data can be downloaded and discarded.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';

import {
  clickWidget, openAppPage, seedLocalStorage, typeInto, useBrowser, waitForState,
} from './harness.mjs';

const SCHEDULES_KEY = 'cofinix.schedules';
const BACKUP_KEY = 'cofinix.schedules.backup';

const env = useBrowser({ before, after, afterEach });
let context;  // this test's, set by newContext()

async function newContext(seed) {
  context = await env.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'Europe/Berlin', acceptDownloads: true });
  await seedLocalStorage(context, env.site.url, seed);
}

const openPage = () => openAppPage(context, env.site.url);

/** Opens the edit form of the first listed meeting. */
async function openEditForm(page) {
  await page.bringToFront();
  await clickWidget(page, 'tab-schedule');
  await clickWidget(page, 'row-0-menu');
  await clickWidget(page, 'row-menu-edit');
  await waitForState(page, (s) => s.schedule.formOpen);
}

async function save(page) {
  await page.bringToFront();
  await clickWidget(page, 'schedule-save');
  await waitForState(page, (s) => !s.schedule.formOpen);
}

const MEETING = {
  id: '0123456789abcdef0123456789abcdef',
  title: 'Budget',
  startUtc: Math.floor(Date.now() / 1000) + 3 * 86400,
  durationMinutes: 45,
  agenda: '',
  code: 'COF-PL4NN3D0',
  repeat: { kind: 'none' },
  updatedAtMs: Date.now() - 60_000,
};

describe('one meeting edited in three pages at once', { timeout: 240_000 }, () => {
  test('different fields all stay; the same field goes to the last writer and the other page is told', async () => {
    await newContext({ [SCHEDULES_KEY]: JSON.stringify({ version: 1, meetings: [MEETING] }) });
    const pages = [await openPage(), await openPage(), await openPage()];
    const [a, b, c] = pages.map((p) => p.page);
    // All three forms open on the same copy before anyone saves.
    for (const page of [a, b, c]) await openEditForm(page);

    await a.bringToFront();
    await typeInto(a, 'schedule-title', 'Budget review');
    await save(a);
    await b.bringToFront();
    await typeInto(b, 'schedule-agenda', 'Numbers for Q1');
    await save(b);
    await c.bringToFront();
    await typeInto(c, 'schedule-title', 'Budget review (final)');  // the same field A changed
    await save(c);

    const stored = JSON.parse(await a.evaluate((k) => localStorage.getItem(k), SCHEDULES_KEY)).meetings;
    assert.equal(stored.length, 1);
    assert.equal(stored[0].title, 'Budget review (final)', 'the last writer of the title wins');
    assert.equal(stored[0].agenda, 'Numbers for Q1', 'a change to another field is not lost');
    assert.equal(stored[0].durationMinutes, 45);
    for (const page of [a, b, c]) {
      await waitForState(page, (s) => s.schedule.titles.includes('Budget review (final)'));
    }
    // A wrote the title C overwrote without having seen it: A is told, B and C are not.
    const told = await waitForState(a, (s) => /changed in another tab/.test(s.schedule.notice));
    assert.match(told.schedule.notice, /title of \u201CBudget review \(final\)\u201D/);
    assert.doesNotMatch((await waitForState(b, () => true)).schedule.notice, /another tab/);
    assert.doesNotMatch((await waitForState(c, () => true)).schedule.notice, /another tab/);
    for (const { errors } of pages) assert.deepEqual(errors, []);
  });
});

describe('a backup of damaged saved meetings', { timeout: 180_000 }, () => {
  test('is listed with Download and Discard; Discard frees its storage', async () => {
    const damaged = '{"version":1,"meetings":[{"id":"a1","title":"Lost","startUtc":17';
    await newContext({ [SCHEDULES_KEY]: damaged });
    const { page, errors } = await openPage();
    await clickWidget(page, 'tab-schedule');
    const backup = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), BACKUP_KEY));
    assert.equal(backup.text, damaged, 'the original, byte for byte');

    const downloading = page.waitForEvent('download');
    await clickWidget(page, 'backup-0-download');
    const download = await downloading;
    const { promises: fs } = await import('node:fs');
    assert.equal(await fs.readFile(await download.path(), 'utf8'), damaged);

    await clickWidget(page, 'backup-0-discard');
    await waitForState(page, (s) => /discarded/.test(s.schedule.notice));
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), BACKUP_KEY), null);
    assert.deepEqual(errors, []);
  });
});
