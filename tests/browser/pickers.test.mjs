// The "Schedule a meeting" form's pickers on the real page: a meeting scheduled with the month
// calendar, the time list and a quick duration by real mouse clicks on the canvas, and one by
// keyboard only; the calendar's weeks start on the browser locale's first day. Needs dist/.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';

import {
  appState, clickWidget, collectErrors, focusedElement, frameCount, routeJitsi, settleAfter, typeInto, useBrowser,
  waitForIdle, waitForState, waitForWidget,
} from './harness.mjs';

const APP_START_TIMEOUT = 30_000;
const VIEWPORT = { width: 1280, height: 900 };
const ZONE = 'Europe/Berlin';
const MORNING = '2026-03-10T10:07:00+01:00';  // a Tuesday in Berlin

const env = useBrowser({ before, after, afterEach });

async function openApp(locale) {
  const context = await env.newContext({ viewport: VIEWPORT, timezoneId: ZONE, locale });
  // The form opens at the next free time of today: fixed at mid-morning, so the list's rows
  // the tests pick are inside the day whenever the suite runs (near midnight they were not).
  await context.clock.setFixedTime(new Date(MORNING));
  const page = await context.newPage();
  const errors = collectErrors(page);
  await routeJitsi(page);
  await page.goto(env.site.url);
  await page.waitForFunction(() => (window.cofx?.frames ?? 0) > 0 && Boolean(window.cofx.state?.schedule),
    null, { timeout: APP_START_TIMEOUT });
  await waitForIdle(page);
  return { page, errors };
}

function widgets(page) {
  return page.evaluate(() => window.cofx?.widgets ?? {});
}

async function hasWidget(page, name) {
  return name in await widgets(page);
}

/**
 * Dates after `fromIso`, as the widget names write them: the day after, a month after that (the
 * day kept, or the month's last), the 14th of the next month, and the first Sunday (and the
 * Monday after it) of the month `weeksOf` names ('next': the next month, 'monthAfter').
 */
function pageDates(page, fromIso, weeksOf) {
  return page.evaluate(([from, which]) => {
    const pad = (n) => String(n).padStart(2, '0');
    const iso = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    const [y, m, d] = from.split('-').map(Number);
    const dayAfter = new Date(y, m - 1, d + 1);
    const lastOfNext = new Date(dayAfter.getFullYear(), dayAfter.getMonth() + 2, 0).getDate();
    const monthAfter = new Date(dayAfter.getFullYear(), dayAfter.getMonth() + 1, Math.min(dayAfter.getDate(), lastOfNext));
    const nextMonth14 = new Date(y, m, 14);
    const month = which === 'next' ? nextMonth14 : monthAfter;
    let sunday = new Date(month.getFullYear(), month.getMonth(), 1);
    while (sunday.getDay() !== 0) sunday = new Date(sunday.getFullYear(), sunday.getMonth(), sunday.getDate() + 1);
    const monday = new Date(sunday.getFullYear(), sunday.getMonth(), sunday.getDate() + 1);
    return { dayAfter: iso(dayAfter), monthAfter: iso(monthAfter), nextMonth14: iso(nextMonth14), sunday: iso(sunday),
             monday: iso(monday) };
  }, [fromIso, weeksOf]);
}

/** Seconds since the epoch of a local date and time in the page's zone. */
function localInstant(page, date, time) {
  return page.evaluate(([d, t]) => new Date(`${d}T${t}:00`).getTime() / 1000, [date, time]);
}

function storedMeetings(page) {
  return page.evaluate(() => JSON.parse(localStorage.getItem('cofinix.schedules') ?? '{"meetings":[]}').meetings);
}

/** "HH:MM" `minutes` later, within the day (the time list ends at 23:45). */
function laterStep(time, steps) {
  const [h, m] = time.split(':').map(Number);
  const minute = Math.min(h * 60 + m + steps * 15, 23 * 60 + 45);
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** One real key press, once the app has drawn what it did. */
async function press(page, key) {
  const since = await frameCount(page);
  await page.keyboard.press(key);
  await settleAfter(page, since, 1);
  await waitForIdle(page);
}

async function pressTimes(page, key, times) {
  for (let i = 0; i < times; i += 1) await press(page, key);
}

/** Presses Tab until the canvas has the keyboard (past the page's own buttons, which draw nothing). */
async function tabToCanvas(page) {
  for (let i = 0; i < 6; i += 1) {
    await page.keyboard.press('Tab');
    await waitForIdle(page);
    if ((await focusedElement(page)).id === 'canvas') return;
  }
  assert.fail('Tab did not reach the canvas');
}

/** Whether the page's text input (the active ImGui field) sits inside the named field. */
async function typingIn(page, name) {
  const field = await waitForWidget(page, name);
  const input = await page.evaluate(() => {
    const element = document.getElementById('text-input');
    const r = element.getBoundingClientRect();
    return { focused: document.activeElement === element, x: r.x, y: r.y };
  });
  return input.focused && input.x >= field.x && input.x <= field.x + field.w && input.y >= field.y &&
    input.y <= field.y + field.h;
}

describe('the schedule form\'s pickers', { timeout: 240_000 }, () => {
  test('by mouse: a day in the calendar, a time in the list, a quick duration; weeks from Sunday in en-US', async () => {
    const { page, errors } = await openApp('en-US');
    await clickWidget(page, 'tab-schedule');
    await clickWidget(page, 'schedule-new');
    await typeInto(page, 'schedule-title', 'Picked by mouse');
    const opened = (await appState(page)).schedule.form.values;
    const dates = await pageDates(page, opened.date, 'next');

    await clickWidget(page, 'schedule-date-picker');
    await waitForWidget(page, 'picker-calendar');
    await clickWidget(page, 'picker-next-month');
    const sunday = await waitForWidget(page, `picker-day-${dates.sunday}`);
    const monday = await waitForWidget(page, `picker-day-${dates.monday}`);
    assert.ok(sunday.x < monday.x && sunday.y === monday.y, 'en-US weeks start on Sunday');
    await clickWidget(page, `picker-day-${dates.nextMonth14}`);
    await waitForState(page, (s) => s.schedule.form.values.date === dates.nextMonth14);
    assert.equal(await hasWidget(page, 'picker-calendar'), false, 'a click picks and closes');

    await clickWidget(page, 'schedule-time-picker');
    await waitForWidget(page, 'picker-times');
    // The list opens at the form's time; the row after it is in view.
    const time = laterStep(opened.time, 1);
    await clickWidget(page, `picker-time-${time}`);
    await waitForState(page, (s) => s.schedule.form.values.time === time);
    assert.equal(await hasWidget(page, 'picker-times'), false);

    await clickWidget(page, 'duration-90');
    const state = await waitForState(page, (s) => s.schedule.form.values.durationMinutes === 90);
    const start = await localInstant(page, dates.nextMonth14, time);
    const end = await page.evaluate((t) => {
      const d = new Date(t * 1000);
      return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
    }, start + 90 * 60);
    assert.ok(state.schedule.form.ends.startsWith(`Ends ${end}`), `${state.schedule.form.ends} says ${end}`);

    await clickWidget(page, 'schedule-save');
    const saved = await waitForState(page, (s) => s.schedule.count === 1);
    assert.equal(saved.schedule.firstTitle, 'Picked by mouse');
    assert.match(saved.schedule.notice, /^Scheduled 'Picked by mouse' for /);
    const meetings = await storedMeetings(page);
    assert.equal(meetings.length, 1);
    assert.equal(meetings[0].startUtc, start, `${dates.nextMonth14} ${time} in ${ZONE}`);
    assert.equal(meetings[0].durationMinutes, 90);
    assert.deepEqual(errors, []);
  });

  test('by keyboard only: S, Tab, Enter; arrows and PageDown in the calendar, Down in the list; weeks from Monday in en-GB', async () => {
    const { page, errors } = await openApp('en-GB');
    await tabToCanvas(page);
    await press(page, 's');
    await waitForWidget(page, 'schedule-new');
    await pressTimes(page, 'Tab', 4);  // tab-meet, tab-schedule, tab-settings, schedule-new
    await press(page, 'Enter');
    const opened = (await waitForState(page, (s) => s.schedule.formOpen)).schedule.form.values;
    assert.ok(await typingIn(page, 'schedule-title'), 'the form opens with the keyboard in its title');
    await page.keyboard.type('Picked by keys');
    const dates = await pageDates(page, opened.date, 'monthAfter');

    await pressTimes(page, 'Tab', 2);  // the date, its picker
    await press(page, 'Enter');
    await waitForWidget(page, 'picker-calendar');
    await press(page, 'ArrowRight');
    await press(page, 'PageDown');
    const sunday = await waitForWidget(page, `picker-day-${dates.sunday}`);
    const monday = await waitForWidget(page, `picker-day-${dates.monday}`);
    assert.ok(monday.x < sunday.x && monday.y > sunday.y, 'en-GB weeks start on Monday');
    await press(page, 'Enter');
    await waitForState(page, (s) => s.schedule.form.values.date === dates.monthAfter);
    assert.equal(await hasWidget(page, 'picker-calendar'), false);

    await pressTimes(page, 'Tab', 2);  // the time, its picker
    await press(page, 'Enter');
    await waitForWidget(page, 'picker-times');
    // Escape closes the list without a change, and the keyboard stays on the canvas, on the button.
    await press(page, 'Escape');
    assert.equal(await hasWidget(page, 'picker-times'), false);
    assert.equal((await focusedElement(page)).id, 'canvas');
    assert.equal((await waitForState(page, () => true)).schedule.form.values.time, opened.time);
    await press(page, 'Enter');
    await waitForWidget(page, 'picker-times');
    await press(page, 'ArrowDown');
    await press(page, 'ArrowDown');
    await press(page, 'Enter');
    const time = laterStep(opened.time, 2);
    await waitForState(page, (s) => s.schedule.form.values.time === time);

    await pressTimes(page, 'Tab', 6);  // the duration field, then 15, 30, 45, 60, 90 min
    await press(page, 'Enter');
    await waitForState(page, (s) => s.schedule.form.values.durationMinutes === 90);
    await pressTimes(page, 'Tab', 3);  // the agenda, Repeat, Schedule
    await press(page, 'Enter');
    const saved = await waitForState(page, (s) => s.schedule.count === 1);
    assert.equal(saved.schedule.firstTitle, 'Picked by keys');
    const meetings = await storedMeetings(page);
    assert.equal(meetings.length, 1);
    assert.equal(meetings[0].startUtc, await localInstant(page, dates.monthAfter, time));
    assert.equal(meetings[0].durationMinutes, 90);
    assert.deepEqual(errors, []);
  });
});
