// The accessible mirror of the canvas (src/web/js/mirror.js): the lobby as a screen reader
// and Playwright's getByRole see it. The journey is done by role and name with the keyboard
// only (no coordinates), and axe-core finds no WCAG 2.1 A/AA violation on each screen.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';

import {
  ROOT, collectErrors, jitsiFrame, routeJitsi, standinSend, useBrowser, waitForIdle, waitForJitsiFrame, waitForState,
} from './harness.mjs';

const AXE = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

const env = useBrowser({ before, after, afterEach });

async function openLobby({
  hash = '', viewport = { width: 1280, height: 900 }, domains = ['meet.jit.si'], device = {}, storage = {},
} = {}) {
  // bypassCSP: axe-core is injected as a script the site's policy would (rightly) refuse.
  const context = await env.newContext({ viewport, bypassCSP: true, ...device });
  await context.addInitScript((items) => {
    for (const [key, value] of Object.entries(items)) if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
  }, storage);
  const page = await context.newPage();
  const errors = collectErrors(page);
  let jitsi;
  for (const domain of domains) jitsi ??= await routeJitsi(page, { domain });
  await page.goto(env.site.url + hash);
  await page.waitForFunction(() => (window.cofx?.frames ?? 0) > 0 && document.querySelector('#a11y-mirror button'));
  return { page, errors, jitsi };
}

/** `count` one-off meetings an hour apart from tomorrow, titled "Review 1", "Review 2", ... */
function manyMeetings(count) {
  const first = Math.floor(Date.now() / 86_400_000 + 1) * 86_400 + 9 * 3_600;
  const meetings = Array.from({ length: count }, (_, i) => ({
    id: (i + 1).toString(16).padStart(32, '0'),
    title: `Review ${i + 1}`,
    startUtc: first + i * 3_600,
    durationMinutes: 30,
    agenda: '',
    code: 'COF-AB12CD34',
    repeat: { kind: 'none' },
    updatedAtMs: Date.now(),
  }));
  return JSON.stringify({ version: 1, meetings });
}

/** The mirror, where every role below is looked up. */
const mirror = (page) => page.locator('#a11y-mirror');

/**
 * axe-core with its default rules (WCAG 2.1 A and AA and the best practices, `region` among
 * them: every piece of content in a landmark) on the page as it is now: the violations, by
 * rule. Also, the screen reader's view holds no unnamed stand-in: the hidden text input is
 * out of the tree unless a field is being edited, and then it carries that field's name.
 */
async function axeViolations(page) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => window.axe.run(document));
  const violations = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  const tree = await page.locator('body').ariaSnapshot();
  if (/textbox "Text field"/.test(tree)) violations.push('a stray "Text field" in the accessibility tree');
  return violations;
}

/** Focuses a mirrored text field: the app starts editing it, and typing goes there. */
async function typeIn(page, locator, text) {
  const name = await locator.getAttribute('data-widget');
  await locator.focus();
  await page.waitForFunction((widget) => document.activeElement?.id === 'text-input'
    && window.cofx.focusedWidget === widget, name);
  await page.keyboard.type(text);
  await waitForIdle(page);  // drawn before the next step, as a person's pace allows
}

/** Focus by role and name, then a key: what a keyboard or screen-reader user does. */
async function press(locator, key = 'Enter') {
  await locator.focus();
  await locator.press(key);
}

describe('the accessible mirror', { timeout: 240_000 }, () => {
  test('a keyboard-only journey by role and name: name, instant meeting, leave, a bad code', async () => {
    const { page, errors } = await openLobby();
    const lobby = mirror(page);
    assert.deepEqual(await axeViolations(page), [], 'lobby');
    assert.equal(await lobby.getByRole('tab', { name: 'Meet' }).getAttribute('aria-selected'), 'true');

    await typeIn(page, lobby.getByRole('textbox', { name: 'Your name' }), 'Ada');
    assert.equal(await lobby.getByRole('textbox', { name: 'Your name' }).inputValue(), 'Ada', 'its text is read out');
    await press(lobby.getByRole('button', { name: 'Start instant meeting' }));
    await waitForState(page, (s) => s.screen === 'prejoin');
    await page.waitForFunction(() => [...document.querySelectorAll('#a11y-mirror button')]
      .some((b) => b.textContent === 'Join now'));
    assert.deepEqual(await axeViolations(page), [], 'pre-join room');

    await press(lobby.getByRole('button', { name: 'Join now' }));
    await waitForJitsiFrame(page);
    await waitForState(page, (s) => s.screen === 'meeting');
    assert.deepEqual(await axeViolations(page), [], 'meeting panel');
    // Jitsi asks for the room's password: the prompt in the panel is a named field.
    const { frame } = await jitsiFrame(page);
    await standinSend(frame, 'video-conference-joined', { roomName: 'x', id: 'g1', displayName: 'Ada' });
    await standinSend(frame, 'password-required', {});
    await waitForState(page, (s) => s.passwordPrompt === true);
    await page.waitForFunction(() => document.getElementById('a11y-guest-password'));
    assert.equal(await lobby.getByRole('textbox', { name: /password/i }).getAttribute('type'), 'password');
    assert.deepEqual(await axeViolations(page), [], 'password prompt');
    // A link followed during the meeting asks first: the question is reachable by role too.
    await page.evaluate(() => { location.hash = '#/COF-ZZZZ2222'; });
    await waitForState(page, (s) => s.leaveQuestion);
    assert.deepEqual(await axeViolations(page), [], 'leave question');
    await press(lobby.getByRole('button', { name: 'Stay here' }));
    await waitForState(page, (s) => !s.leaveQuestion && s.screen === 'meeting');
    await press(lobby.getByRole('button', { name: 'Leave', exact: true }));
    await waitForState(page, (s) => s.screen === 'lobby');

    const code = lobby.getByRole('textbox', { name: 'Meeting code' });
    await typeIn(page, code, 'nonsense');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('a11y-code')?.getAttribute('aria-invalid') === 'true');
    const describedBy = await code.getAttribute('aria-describedby');
    const message = await page.locator(`#${describedBy}`).textContent();
    assert.match(message, /code/i, 'the error is read with the field');
    assert.equal((await waitForState(page, () => true)).codeError, message);
    assert.deepEqual(await axeViolations(page), [], 'lobby with an error');
    assert.deepEqual(errors, []);
  });

  test('settings and the schedule form by role: tabs, radios, fields; no axe violations', async () => {
    const { page, errors } = await openLobby();
    const lobby = mirror(page);
    await press(lobby.getByRole('tab', { name: 'Settings' }));
    await page.waitForFunction(() => document.querySelector('#a11y-mirror input[type=radio]'));
    const panel = lobby.getByRole('tabpanel', { name: 'Settings' });
    assert.equal(await lobby.getByRole('tab', { name: 'Settings' }).getAttribute('aria-controls'),
      await panel.getAttribute('id'), 'the tab names its panel');
    const kinds = panel.getByRole('radiogroup', { name: 'Jitsi deployment' });
    assert.equal(await kinds.getByRole('radio').count(), 3);
    const selfHosted = kinds.getByRole('radio', { name: 'Self-hosted Jitsi' });
    await press(selfHosted, ' ');
    await page.waitForFunction(() => document.getElementById('a11y-kind-self')?.checked === true);
    assert.equal(await lobby.getByRole('radio', { name: 'meet.jit.si (public)' }).isChecked(), false);
    await typeIn(page, lobby.getByRole('textbox', { name: /^Domain/ }), 'jitsi.example.org');
    await press(lobby.getByRole('button', { name: 'Save' }));
    await waitForState(page, (s) => s.domain === 'jitsi.example.org');
    assert.deepEqual(await axeViolations(page), [], 'settings');

    await press(lobby.getByRole('tab', { name: 'Schedule' }));
    await press(lobby.getByRole('button', { name: 'Schedule a meeting' }));
    await waitForState(page, (s) => s.schedule.formOpen);
    await page.waitForFunction(() => document.getElementById('a11y-schedule-title'));
    await typeIn(page, lobby.getByRole('textbox', { name: 'Title' }), 'Reachable by role');
    assert.deepEqual(await axeViolations(page), [], 'schedule form');

    // The pickers by role: tomorrow in the calendar, the first time offered, 30 minutes.
    const tomorrow = await page.evaluate(() => {
      const d = new Date();
      d.setDate(d.getDate() + 1);
      const pad = (n) => String(n).padStart(2, '0');
      const month = d.toLocaleDateString('en-GB', { month: 'short' });
      return {
        name: `${d.toLocaleDateString('en-GB', { weekday: 'long' })} ${d.getDate()} ${month} ${d.getFullYear()}`,
        iso: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
      };
    });
    const datePicker = lobby.getByRole('button', { name: 'Choose a date' });
    await press(datePicker);
    await page.waitForFunction(() => document.getElementById('a11y-schedule-date-picker')?.getAttribute('aria-expanded') === 'true');
    assert.deepEqual(await axeViolations(page), [], 'calendar open');
    const day = lobby.getByRole('button', { name: tomorrow.name });
    if (await day.count() === 0) await press(lobby.getByRole('button', { name: 'Next month' }));  // the 1st
    await press(day);
    await waitForState(page, (s) => s.schedule.form.values.date === tomorrow.iso);
    await press(lobby.getByRole('button', { name: 'Choose a time' }));
    await page.waitForFunction(() => document.querySelector('#a11y-mirror [data-widget^="picker-time-"]'));
    await waitForIdle(page);  // the list scrolls to the chosen time first
    const firstTime = await page.evaluate(() => document.querySelector('#a11y-mirror [data-widget^="picker-time-"]').textContent);
    const times = lobby.getByRole('listbox', { name: 'Times' });
    assert.equal(await times.getByRole('option', { name: firstTime, exact: true }).count(), 1);
    await press(times.getByRole('option', { name: firstTime, exact: true }));
    await waitForState(page, (s) => s.schedule.form.values.time === firstTime);
    await press(lobby.getByRole('button', { name: '30 min', exact: true }));
    await page.waitForFunction(() => document.getElementById('a11y-duration-30')?.getAttribute('aria-pressed') === 'true');

    await press(lobby.getByRole('button', { name: 'Schedule', exact: true }));
    const saved = await waitForState(page, (s) => s.schedule.count === 1);
    assert.equal(saved.schedule.firstTitle, 'Reachable by role');
    await page.waitForFunction(() => localStorage.getItem('cofinix.schedules'));  // written under the tabs' lock
    const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('cofinix.schedules'))).meetings[0];
    assert.equal(stored.durationMinutes, 30);
    const start = await page.evaluate((utc) => {
      const d = new Date(utc * 1000);
      const pad = (n) => String(n).padStart(2, '0');
      return { iso: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, time: `${pad(d.getHours())}:${pad(d.getMinutes())}` };
    }, stored.startUtc);
    assert.deepEqual(start, { iso: tomorrow.iso, time: firstTime });
    const list = lobby.getByRole('list', { name: 'Scheduled meetings' });
    const row = list.getByRole('listitem', { name: /^Reachable by role, / });
    assert.equal(await row.count(), 1, 'the meeting is an item of the list, named by its title and time');
    assert.equal(await row.getByRole('button', { name: 'Copy invite' }).count(), 1, 'its actions are inside it');
    assert.deepEqual(await axeViolations(page), [], 'schedule list');
    assert.deepEqual(errors, []);
  });

  test('a link to another deployment: the question is reachable by role, and axe finds nothing', async () => {
    const { page, errors } = await openLobby({
      hash: '#/COF-AB12CD34?dep=self&host=jitsi.example.org', domains: ['meet.jit.si', 'jitsi.example.org'],
    });
    await waitForState(page, (s) => s.confirm !== '');
    const lobby = mirror(page);
    await page.waitForFunction(() => document.getElementById('a11y-confirm-join'));
    assert.equal(await lobby.getByRole('button', { name: 'Join there' }).count(), 1);
    assert.deepEqual(await axeViolations(page), [], 'deployment confirmation');
    await press(lobby.getByRole('button', { name: 'Not now' }));
    await waitForState(page, (s) => s.confirm === '');
    assert.deepEqual(errors, []);
  });

  test('the guest\'s page by role and name: its facts as text, Add to calendar, Copy link, a link to the lobby; axe finds nothing', async () => {
    const start = new Date(Date.now() + 2 * 86400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const { page, errors } = await openLobby({ hash: `#/COF-AB12CD34?t=${encodeURIComponent(start)}&d=30&title=Retro&a=Notes` });
    await waitForState(page, (s) => s.screen === 'invitation');
    const guest = mirror(page);
    await page.waitForFunction(() => [...document.querySelectorAll('#a11y-mirror button')]
      .some((b) => b.textContent === 'Add to calendar'));
    assert.equal(await guest.getByRole('button', { name: 'Add to calendar' }).count(), 1);
    assert.equal(await guest.getByRole('button', { name: 'Copy link' }).count(), 1);
    assert.equal(await guest.getByRole('link', { name: 'Start your own meeting' }).count(), 1);
    assert.match(await guest.textContent(), /your time/);
    assert.deepEqual(await axeViolations(page), [], 'guest page');
    await press(guest.getByRole('link', { name: 'Start your own meeting' }));
    await waitForState(page, (s) => s.screen === 'lobby');
    assert.deepEqual(errors, []);
  });

  test('Tab moves through the mirror in visual order; one element is in the page tab order', async () => {
    const { page, errors } = await openLobby();
    const lobby = mirror(page);
    const start = lobby.getByRole('button', { name: 'Start instant meeting' });
    await start.focus();
    await page.waitForFunction(() => window.cofx.focusedWidget === 'start');
    const roving = () => page.evaluate(() => [...document.querySelectorAll('#a11y-mirror [tabindex="0"]')]
      .map((e) => e.dataset.widget));
    assert.deepEqual(await roving(), ['start']);
    // The mirror's reading order is the screen's: the next element after Start is below it.
    const order = await page.evaluate(() => [...document.querySelectorAll('#a11y-mirror [data-widget]')]
      .filter((e) => e.tagName !== 'DIV').map((e) => e.dataset.widget));
    const next = order[order.indexOf('start') + 1];
    assert.equal(next, 'security');
    await page.keyboard.press('Tab');
    await page.waitForFunction((name) => document.activeElement?.dataset.widget === name, next);
    assert.deepEqual(await roving(), [next], 'the tab stop moved with the focus');
    await page.keyboard.press('Shift+Tab');
    await page.waitForFunction(() => document.activeElement?.dataset.widget === 'start');
    assert.deepEqual(errors, []);
  });

  test('a list scrolled by the wheel: each shown row is one list item, in screen order, whose buttons reach its own meeting', async () => {
    const { page, errors } = await openLobby({ storage: { 'cofinix.schedules': manyMeetings(200) } });
    const lobby = mirror(page);
    await press(lobby.getByRole('tab', { name: 'Schedule' }));
    await page.waitForFunction(() => document.querySelector('#a11y-mirror [role="listitem"]'));
    await waitForIdle(page);
    // The mirror's list items against the record C++ published for the same frame.
    const listed = () => page.evaluate(() => {
      const widgets = window.cofx.widgets;
      return [...document.querySelectorAll('#a11y-mirror [role="list"] > [role="listitem"]')].map((item) => ({
        key: item.dataset.group,
        title: /^(Review \d+),/.exec(item.getAttribute('aria-label'))?.[1] ?? item.getAttribute('aria-label'),
        buttons: [...item.querySelectorAll('button')].map((b) => b.dataset.widget).sort(),
        published: Object.keys(widgets).filter((name) => widgets[name].group === item.dataset.group && widgets[name].label)
          .sort(),
        top: Math.min(...Object.values(widgets).filter((w) => w.group === item.dataset.group).map((w) => w.y)),
      }));
    });
    const seen = new Set();
    const list = await page.evaluate(() => window.cofx.widgets['row-0-join']);
    await page.mouse.move(list.x - 200, list.y);
    for (let turn = 0; turn < 6; turn += 1) {
      const items = await listed();
      assert.ok(items.length >= 3, `turn ${turn}: ${items.length} rows listed`);
      const numbers = items.map((item) => Number(item.title.replace('Review ', '')));
      for (let i = 1; i < items.length; i += 1) {
        assert.ok(numbers[i] > numbers[i - 1] && items[i].top > items[i - 1].top, `turn ${turn}: screen order ${numbers}`);
      }
      for (const item of items) {
        assert.deepEqual(item.buttons, item.published, `turn ${turn}: the buttons of ${item.key}`);
        assert.equal(item.buttons.length, 3);
        assert.ok(item.buttons.every((name) => name.startsWith(`${item.key}-`)), `turn ${turn}: ${item.buttons} in ${item.key}`);
      }
      const ids = await page.evaluate(() => [...document.querySelectorAll('#a11y-mirror [id]')].map((e) => e.id));
      assert.equal(new Set(ids).size, ids.length, 'ids are unique');
      numbers.forEach((n) => seen.add(n));
      const before = await page.evaluate(() => window.cofx.frames);
      await page.mouse.wheel(0, 400);
      await page.waitForFunction((n) => window.cofx.frames > n, before);
      await waitForIdle(page);
    }
    assert.ok(Math.max(...seen) > 20, `scrolled well down the list: rows up to ${Math.max(...seen)}`);
    // A row that came in with the scroll: its menu, then Edit (a button, not a checkbox), open
    // the form on its own meeting.
    const last = (await listed()).at(-1);
    await press(page.locator(`#a11y-${last.key}-menu`));
    await page.waitForFunction(() => document.querySelector('#a11y-row-menu-edit'));
    assert.equal(await lobby.getByRole('button', { name: 'Edit' }).count(), 1);
    await press(lobby.getByRole('button', { name: 'Edit' }));
    await page.waitForFunction((title) => window.cofx.widgets['schedule-title']?.value === title, last.title);
    assert.deepEqual(errors, []);
  });

  test('browser zoom scales the lobby: the same CSS size at 200 %, drawn with twice the pixels', async () => {
    const { page, errors } = await openLobby({ viewport: { width: 1600, height: 1400 } });
    const before = await page.evaluate(() => ({ ...window.cofx.widgets.start }));
    // Ctrl + to 200 %: half the CSS pixels across, two device pixels each.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 800, height: 700, deviceScaleFactor: 2, mobile: false });
    await page.waitForFunction(() => window.devicePixelRatio === 2);
    await page.waitForFunction((w) => Math.abs(window.cofx.widgets.start.w - w) < 1.5, before.w);
    const after = await page.evaluate(() => ({
      start: window.cofx.widgets.start,
      canvas: [document.getElementById('canvas').width, document.getElementById('canvas').clientWidth],
      scrolls: document.documentElement.scrollWidth > innerWidth,
    }));
    assert.ok(Math.abs(after.start.h - before.h) < 1.5, `${after.start.h} vs ${before.h}`);
    assert.equal(after.canvas[0], after.canvas[1] * 2, 'the canvas has two device pixels per CSS pixel');
    assert.equal(after.scrolls, false);
    assert.deepEqual(errors, []);
  });

  test('a 390×844 phone: no scrollbar where the content fits; the security header lines up with the fields', async () => {
    const { page, errors } = await openLobby({ viewport: { width: 390, height: 844 } });
    const lobby = mirror(page);
    for (const tab of ['Meet', 'Schedule', 'Settings']) {
      await press(lobby.getByRole('tab', { name: tab }));
      await page.waitForFunction((name) => document.querySelector('#a11y-mirror [role=tabpanel]')
        ?.getAttribute('aria-label') === name, tab);
      await waitForIdle(page);
      const state = await waitForState(page, () => true);
      assert.equal(state.cardScrolls, false, `${tab}: the card has no scrollbar`);
      assert.equal(await page.evaluate(() => document.documentElement.scrollHeight > innerHeight), false, tab);
    }
    await press(lobby.getByRole('tab', { name: 'Meet' }));
    await page.waitForFunction(() => window.cofx.widgets.security);
    const { security, name } = await page.evaluate(() => window.cofx.widgets);
    assert.ok(Math.abs(security.x - name.x) < 1 && Math.abs(security.w - name.w) < 1,
      `header ${security.x}+${security.w}, field ${name.x}+${name.w}`);
    assert.deepEqual(errors, []);
  });

  test('the keyboard shortcuts are a note on a computer, and not shown on a touch-only phone', async () => {
    const desktop = await openLobby();
    const note = mirror(desktop.page).getByRole('note');
    assert.match(await note.textContent(), /^Shortcuts: N new meeting/);
    const phone = await openLobby({ viewport: { width: 390, height: 844 }, device: { hasTouch: true, isMobile: true } });
    assert.equal(await phone.page.evaluate(() => matchMedia('(any-pointer: fine), (any-hover: hover)').matches), false);
    await phone.page.waitForFunction(() => window.cofx.widgets.start);
    assert.equal(await mirror(phone.page).getByRole('note').count(), 0);
    assert.deepEqual([...desktop.errors, ...phone.errors], []);
  });

  test('password-style fields are secret because C++ says so (the record\'s `secret`), never by their label', async () => {
    const { page, errors } = await openLobby();
    const lobby = mirror(page);
    await press(lobby.locator('#a11y-security'));
    await page.waitForFunction(() => document.getElementById('a11y-room-password'));
    assert.equal(await lobby.locator('#a11y-room-password').getAttribute('type'), 'password');
    assert.equal(await lobby.locator('#a11y-name').getAttribute('type'), 'text');
    const published = await page.evaluate(() => [window.cofx.widgets['room-password'], window.cofx.widgets.name]);
    assert.deepEqual([published[0].secret, published[0].textField, published[0].value], [true, true, '']);
    assert.equal(published[1].secret, false);

    await press(lobby.getByRole('tab', { name: 'Settings' }));
    await page.waitForFunction(() => document.getElementById('a11y-kind-self'));
    await press(lobby.locator('#a11y-kind-self'), 'Space');
    await page.waitForFunction(() => document.getElementById('a11y-jwt'));
    assert.equal(await lobby.locator('#a11y-jwt').getAttribute('type'), 'password');
    assert.equal(await page.evaluate(() => window.cofx.widgets.jwt.secret), true);
    assert.deepEqual(errors, []);
  });
});
