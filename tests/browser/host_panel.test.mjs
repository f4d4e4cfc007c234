// The host's panel (issue 21): guests knocking in Jitsi's lobby are let in or turned away
// from our panel, everyone in the meeting is listed (raised hands first), and a moderator's
// actions reach Jitsi as its iframe API's commands. The stand-in conference speaks Jitsi's
// transport: it sends the events and records the commands.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';

import {
  clickWidget, collectErrors, parseJitsiUrl, routeJitsi, seedLocalStorage, standinReceived, standinSend,
  useBrowser, waitForJitsiFrame, waitForState, waitForWidget,
} from './harness.mjs';

const SAVED_NAME = JSON.stringify({ version: 1, displayName: 'Siti' });
const env = useBrowser({ before, after, afterEach });

/** In a meeting of our own, joined as `role`, with the stand-in's frame. */
async function inMeeting({ role = 'moderator' } = {}) {
  const context = await env.newContext({ viewport: { width: 1280, height: 800 } });
  await seedLocalStorage(context, env.site.url, { 'cofinix.settings': SAVED_NAME });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await routeJitsi(page, { autoJoin: false });
  await page.goto(env.site.url);
  await waitForWidget(page, 'start');
  await clickWidget(page, 'start');
  await waitForState(page, (s) => s.screen === 'prejoin');
  await clickWidget(page, 'join-now');
  await waitForState(page, (s) => s.screen === 'meeting');
  const { frame, src } = await waitForJitsiFrame(page);
  await standinSend(frame, 'video-conference-joined', { roomName: 'x', id: 'local', displayName: 'Siti' });
  await standinSend(frame, 'participant-role-changed', { id: 'local', role });
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
});
