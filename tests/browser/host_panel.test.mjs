// The host's panel (issue 21): guests knocking in Jitsi's lobby are let in or turned away
// from our panel, everyone in the meeting is listed (raised hands first), and a moderator's
// actions reach Jitsi as its iframe API's commands. The stand-in conference speaks Jitsi's
// transport: it sends the events and records the commands.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';

import {
  clickWidget, collectErrors, parseJitsiUrl, routeJitsi, seedLocalStorage, standinReceived, standinSend,
  useBrowser, waitForIdle, waitForJitsiFrame, waitForState, waitForWidget,
} from './harness.mjs';

const SAVED_NAME = JSON.stringify({ version: 1, displayName: 'Siti' });
const env = useBrowser({ before, after, afterEach });

/** In a meeting of our own, joined as `role`, with the stand-in's frame. `beforeJoin(page)` runs
 *  in the pre-join room; `joined: false` stops before Jitsi says we joined. */
async function inMeeting({ role = 'moderator', viewport = { width: 1280, height: 800 }, hash = '', beforeJoin,
  joined = true, prepare } = {}) {
  const context = await env.newContext({ viewport });
  await seedLocalStorage(context, env.site.url, { 'cofinix.settings': SAVED_NAME });
  if (prepare) await prepare(context);
  const page = await context.newPage();
  const errors = collectErrors(page);
  await routeJitsi(page, { autoJoin: false });
  await page.goto(env.site.url + hash);
  if (hash) {
    await waitForWidget(page, 'invitation-join');
    await clickWidget(page, 'invitation-join');
  } else {
    await waitForWidget(page, 'start');
    await clickWidget(page, 'start');
  }
  await waitForState(page, (s) => s.screen === 'prejoin');
  if (beforeJoin) await beforeJoin(page);
  await clickWidget(page, 'join-now');
  await waitForState(page, (s) => s.screen === 'meeting');
  const { frame, src } = await waitForJitsiFrame(page);
  if (joined) {
    await standinSend(frame, 'video-conference-joined', { roomName: 'x', id: 'local', displayName: 'Siti' });
    await standinSend(frame, 'participant-role-changed', { id: 'local', role });
  }
  return { page, frame, errors, url: parseJitsiUrl(src) };
}

const widgets = (page) => page.evaluate(() => window.cofx.widgets);
const label = async (page, name) => (await widgets(page))[name]?.label;

/** The commands the stand-in received with this (transport) name. */
async function commands(frame, name) {
  return (await standinReceived(frame)).filter((r) => r.type === 'command' && r.name === name).map((r) => r.data);
}

describe('the host\'s panel', { timeout: 180_000 }, () => {
  test('a knocking guest appears; Admit and Deny answer Jitsi with their id', async () => {
    const { page, frame } = await inMeeting();
    await standinSend(frame, 'knocking-participant', { participant: { id: 'g1', name: 'Aminah Yusof' } });
    await waitForWidget(page, 'admit-0');
    assert.equal(await label(page, 'admit-0'), 'Admit Aminah Yusof');
    await standinSend(frame, 'knocking-participant', { participant: { id: 'g2', name: 'Kumar' } });
    await waitForWidget(page, 'admit-all');
    await clickWidget(page, 'admit-0');
    await frame.waitForFunction(() => window.standin.received.some((r) => r.name === 'answer-knocking-participant'));
    assert.deepEqual(await commands(frame, 'answer-knocking-participant'), [['g1', true]]);
    await page.waitForFunction(() => window.cofx.widgets['deny-0'] && !window.cofx.widgets['admit-all']);
    assert.equal(await label(page, 'deny-0'), 'Deny Kumar');
    await clickWidget(page, 'deny-0');
    await frame.waitForFunction(() => window.standin.received.filter((r) => r.name === 'answer-knocking-participant').length === 2);
    assert.deepEqual((await commands(frame, 'answer-knocking-participant'))[1], ['g2', false]);
    await page.waitForFunction(() => !window.cofx.widgets['admit-0']);
  });

  test('people join, rename, raise hands and leave, and the list follows', async () => {
    const { page, frame } = await inMeeting();
    await standinSend(frame, 'participant-joined', { id: 'p1', displayName: 'Ahmad' });
    await standinSend(frame, 'participant-joined', { id: 'p2', displayName: '<img src=x onerror=alert(1)>' });
    await page.waitForFunction(() => window.cofx.widgets['person-2-name']);
    const names = async () => {
      const all = await widgets(page);
      return Object.keys(all).filter((n) => /^person-\d+-name$/.test(n)).sort().map((n) => all[n].label);
    };
    assert.deepEqual(await names(), ['Siti (you) · moderator', '<img src=x onerror=alert(1)>', 'Ahmad']);
    assert.equal(await page.evaluate(() => document.querySelectorAll('img[src="x"]').length), 0, 'a name stays text');
    await standinSend(frame, 'display-name-change', { id: 'p2', displayname: 'Zainal' });
    await standinSend(frame, 'raise-hand-updated', { id: 'p2', handRaised: Date.now() });
    await page.waitForFunction(() => window.cofx.widgets['person-0-name']?.label.includes('Zainal'));
    assert.deepEqual(await names(), ['✋ Zainal', 'Siti (you) · moderator', 'Ahmad']);
    await standinSend(frame, 'participant-left', { id: 'p1' });
    await page.waitForFunction(() => !window.cofx.widgets['person-2-name']);
  });

  test('Mute everyone, and removing someone after the question, reach Jitsi', async () => {
    const { page, frame } = await inMeeting();
    await standinSend(frame, 'participant-joined', { id: 'p1', displayName: 'Ahmad' });
    await waitForWidget(page, 'mute-everyone');
    await clickWidget(page, 'mute-everyone');
    await frame.waitForFunction(() => window.standin.received.some((r) => r.name === 'mute-everyone'));
    assert.deepEqual(await commands(frame, 'mute-everyone'), [['audio']]);
    assert.equal(await label(page, 'person-1-menu'), 'Actions for Ahmad');
    await clickWidget(page, 'person-1-menu');
    await waitForWidget(page, 'person-menu-remove');
    await clickWidget(page, 'person-menu-remove');
    await waitForWidget(page, 'confirm-yes');
    assert.equal((await commands(frame, 'kick-participant')).length, 0, 'nothing is sent before the answer');
    await clickWidget(page, 'confirm-yes');
    await frame.waitForFunction(() => window.standin.received.some((r) => r.name === 'kick-participant'));
    assert.deepEqual(await commands(frame, 'kick-participant'), [['p1']]);
  });

  test('a participant who is not a moderator sees the people without actions', async () => {
    const { page, frame } = await inMeeting({ role: 'participant' });
    await standinSend(frame, 'participant-joined', { id: 'p1', displayName: 'Ahmad' });
    await standinSend(frame, 'knocking-participant', { participant: { id: 'g1', name: 'Aminah' } });
    await waitForWidget(page, 'person-1-name');
    const all = await widgets(page);
    assert.equal(all['person-1-menu'], undefined);
    assert.equal(all['mute-everyone'], undefined);
    assert.equal(all['admit-0'], undefined);
  });

  test('500 forged participants stay bounded', async () => {
    const { page, frame } = await inMeeting();
    await frame.evaluate(() => {
      for (let i = 0; i < 500; i += 1) window.standin.send('participant-joined', { id: `f${i}`, displayName: `Forged ${i}` });
    });
    await page.waitForFunction(() => /501/.test(JSON.stringify(window.cofx.widgets)), null, { timeout: 30_000 });
    const names = Object.keys(await widgets(page)).filter((n) => /^person-\d+-name$/.test(n));
    assert.ok(names.length <= 300, `${names.length} people listed`);
  });

  test('a scheduled meeting\'s title reaches Jitsi as the subject, its length as the timer; its agenda is in the panel', async () => {
    const start = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 5 * 60_000);  // began five minutes ago
    const hash = `#/COF-AB12CD34?t=${encodeURIComponent(start.toISOString().replace('.000', ''))}&d=45`
      + `&title=${encodeURIComponent('Kelas 5A: Sains')}&a=${encodeURIComponent('Bab 3, halaman 40')}`;
    const { page, frame } = await inMeeting({ hash });
    await frame.waitForFunction(() => window.standin.received.some((r) => r.name === 'subject'));
    assert.deepEqual(await commands(frame, 'local-subject'), [['Kelas 5A: Sains']]);
    assert.deepEqual(await commands(frame, 'subject'), [['Kelas 5A: Sains']]);
    const [[timer]] = await commands(frame, 'set-meeting-timer');
    assert.equal(timer.duration, 45 * 60);
    assert.ok(timer.elapsed >= 5 * 60 && timer.elapsed < 7 * 60, `elapsed ${timer.elapsed}`);
    await clickWidget(page, 'agenda-toggle');
    await waitForWidget(page, 'agenda');
    assert.equal(await label(page, 'agenda'), 'Bab 3, halaman 40');
  });

  test('a guest from our pre-join room knocks by itself and reads "Waiting for the host" until let in', async () => {
    const { page, frame, url } = await inMeeting({ joined: false });
    assert.deepEqual(url.config.lobby, { autoKnock: true });
    await standinSend(frame, 'error-occurred', { error: { name: 'conference.connectionError.membersOnly', type: 'CONFERENCE' } });
    await waitForWidget(page, 'waiting-for-host');
    assert.equal(await label(page, 'waiting-for-host'), 'Waiting for the host to let you in');
    await standinSend(frame, 'video-conference-joined', { roomName: 'x', id: 'local', displayName: 'Siti' });
    await page.waitForFunction(() => !window.cofx.widgets['waiting-for-host'] && window.cofx.widgets.elapsed);
  });

  test('Blur my background and Noise suppression are remembered and asked of Jitsi once joined', async () => {
    const { page, frame } = await inMeeting({
      beforeJoin: async (p) => {
        await clickWidget(p, 'blur-toggle');
        await clickWidget(p, 'noise-toggle');
        await p.waitForFunction(() => /"noiseSuppression":true/.test(localStorage.getItem('cofinix.devices') ?? ''));
      },
    });
    await frame.waitForFunction(() => window.standin.received.some((r) => r.name === 'set-noise-suppression-enabled'));
    assert.deepEqual(await commands(frame, 'set-blurred-background'), [['blur']]);
    assert.deepEqual(await commands(frame, 'set-noise-suppression-enabled'), [[{ enabled: true }]]);
    await standinSend(frame, 'notification-triggered', { title: 'virtualBackground.backgroundEffectError' });
    await waitForWidget(page, 'effect-0');
    assert.equal(await label(page, 'effect-0'), 'This meeting couldn\'t blur your background.');
  });

  test('a knock while the tab is hidden becomes a system notification', async () => {
    const { page, frame } = await inMeeting({
      prepare: async (context) => {
        await context.grantPermissions(['notifications'], { origin: new URL(env.site.url).origin });
        await context.addInitScript(() => {
          const Real = window.Notification;
          if (!Real) return;
          window.shownNotifications = [];
          const Recorded = function (title, options) {
            const shown = new Real(title, options);
            window.shownNotifications.push({ title, body: options?.body });
            return shown;
          };
          Object.defineProperty(Recorded, 'permission', { get: () => Real.permission });
          Recorded.requestPermission = (...args) => Real.requestPermission(...args);
          window.Notification = Recorded;
        });
      },
    });
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { get: () => 'hidden', configurable: true });
    });
    await standinSend(frame, 'knocking-participant', { participant: { id: 'g1', name: 'Aminah Yusof' } });
    await page.waitForFunction(() => window.shownNotifications?.length === 1);
    const [shown] = await page.evaluate(() => window.shownNotifications);
    assert.equal(shown.title, 'Aminah Yusof is waiting to join');
  });

  test('on a phone, the bar\'s People button opens the sheet with who waits and who is there', async () => {
    const { page, frame } = await inMeeting({ viewport: { width: 390, height: 844 } });
    await standinSend(frame, 'participant-joined', { id: 'p1', displayName: '陈美玲' });
    await standinSend(frame, 'knocking-participant', { participant: { id: 'g1', name: 'Kumar' } });
    await page.waitForFunction(() => window.cofx.widgets['open-people']?.label === 'People (2) · 1 waiting');
    await clickWidget(page, 'open-people');
    await waitForWidget(page, 'admit-0');
    assert.equal(await label(page, 'person-1-name'), '陈美玲');
    await clickWidget(page, 'admit-0');
    await frame.waitForFunction(() => window.standin.received.some((r) => r.name === 'answer-knocking-participant'));
    await clickWidget(page, 'close-sheet');
    await page.waitForFunction(() => window.cofx.widgets['open-people']?.label === 'People (2)');
  });

  test('from the keyboard alone: Tab reaches "Admit Aminah Yusof", Enter lets her in', async () => {
    const { page, frame } = await inMeeting();
    await standinSend(frame, 'knocking-participant', { participant: { id: 'g1', name: 'Aminah Yusof' } });
    await waitForWidget(page, 'admit-0');
    // The canvas keeps the keyboard; ImGui's focus moves, and the mirror says where (focusedWidget).
    await page.locator('#canvas').focus();
    let reached = false;
    for (let i = 0; i < 20 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      await waitForIdle(page);
      reached = await page.evaluate(() => window.cofx.focusedWidget === 'admit-0');
    }
    assert.ok(reached, 'Tab reached the Admit button');
    assert.equal(await label(page, 'admit-0'), 'Admit Aminah Yusof');
    await page.keyboard.press('Enter');
    await frame.waitForFunction(() => window.standin.received.some((r) => r.name === 'answer-knocking-participant'));
    assert.deepEqual(await commands(frame, 'answer-knocking-participant'), [['g1', true]]);
  });
});
