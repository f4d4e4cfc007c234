// The app's screens for tests that walk through all of them (fit.test.mjs, languages.test.mjs):
// each has a name, `open(page)` that brings it up from the lobby's Meet tab, the widget that
// says it is showing (`ready`), and `close(page)` that goes back to the Meet tab.
import assert from 'node:assert/strict';

import {
  clickWidget, collectErrors, frameCount, routeJitsi, seedLocalStorage, waitForIdle, waitForState, waitForWidget,
} from './harness.mjs';

export const CODE = 'COF-AB12CD34';
export const SAVED_NAME = JSON.stringify({ version: 1, displayName: 'Ada Lovelace' });
export const SIZES = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];
export const THEMES = ['dark', 'light'];

// Long titles in four scripts, as people write them.
export const TITLES = [
  'Quarterly planning review with the whole product and engineering team, part one',
  '季度规划评审会议：产品团队与工程团队共同讨论下一阶段的路线图、预算和人员安排以及风险评估和其他重要事项',
  'காலாண்டு திட்டமிடல் மதிப்பாய்வு கூட்டம்: தயாரிப்பு மற்றும் பொறியியல் குழுவுடன் அடுத்த கட்ட திட்டங்கள்',
  'Mesyuarat semakan perancangan suku tahunan bersama seluruh pasukan produk dan kejuruteraan',
];

/** An invitation two days ahead with a long title and an agenda. */
export function invitationHash(title = TITLES[0], agenda = 'Roadmap\nBudget and hiring for the next two quarters\nQ&A') {
  const start = new Date(Math.floor(Date.now() / 60_000 + 2 * 1440) * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `#/${CODE}?t=${encodeURIComponent(start)}&d=90&title=${encodeURIComponent(title)}` +
    `&a=${encodeURIComponent(agenda)}`;
}

export function scheduleDocument(titles = TITLES) {
  const now = Date.now();
  const meetings = titles.map((title, i) => ({
    id: `${'0123456789abcdef0123456789abcde'}${i}`,
    title,
    startUtc: Math.floor(now / 1000) + (i + 1) * 86400 + 3600,
    durationMinutes: 45,
    agenda: '',
    code: CODE,
    repeat: i === 0 ? { kind: 'weekly', count: 10 } : { kind: 'none' },
    updatedAtMs: now,
  }));
  return JSON.stringify({ version: 1, meetings });
}

/**
 * Clicks a widget of the card, first scrolling the card (the mouse wheel over it) until the
 * widget is in the window: a long form puts its last buttons below the fold on a small screen.
 */
export async function clickInCard(page, name) {
  for (let i = 0; i < 20; i += 1) {
    const rect = await waitForWidget(page, name);
    const height = await page.evaluate(() => window.innerHeight);
    if (rect.y >= 0 && rect.y + rect.h <= height - 16) break;
    const since = await frameCount(page);
    await page.mouse.move(rect.x + rect.w / 2, height / 2);
    await page.mouse.wheel(0, rect.y < 0 ? -200 : 200);
    await page.waitForFunction((from) => (window.cofx?.frames ?? 0) > from, since, { polling: 16 });
    await waitForIdle(page);
  }
  await clickWidget(page, name);
}

/** Back to the lobby's Meet tab from wherever a screen left the app. */
export async function toMeetTab(page) {
  await page.keyboard.press('Escape');  // a popup, if one is open
  await waitForIdle(page);
  const widgets = await page.evaluate(() => window.cofx.widgets);
  if (widgets['schedule-cancel']) await clickInCard(page, 'schedule-cancel');
  await clickWidget(page, 'tab-meet');
}

const inSchedule = async (page) => {
  await clickWidget(page, 'tab-schedule');
  await waitForWidget(page, 'row-0-join');
};
const inForm = async (page) => {
  await clickWidget(page, 'tab-schedule');
  await clickWidget(page, 'schedule-new');
  await waitForWidget(page, 'schedule-title');
};

/** The guest's page of invitationHash(), from wherever the app is. */
async function openInvitation(page, title, agenda) {
  await page.evaluate((hash) => { location.hash = hash; }, invitationHash(title, agenda));
  await waitForState(page, (s) => s.screen === 'invitation');
  await waitForWidget(page, 'show-qr');
}

/** "Start your own meeting", then the lobby's Meet tab. */
async function leaveInvitation(page) {
  await clickInCard(page, 'invitation-lobby');
  await waitForState(page, (s) => s.screen === 'lobby');
  await toMeetTab(page);
}

/**
 * A page of the site on the lobby, for walkScreens(): `storage` seeded, the camera allowed (a
 * live microphone's meter would draw every frame, so the app would never go idle), Jitsi and
 * the other server the screens name stood in for. Returns { page, errors }.
 */
export async function openScreensPage(env, { viewport, locale = 'en-US', storage }) {
  const context = await env.newContext({ viewport, locale });
  await context.grantPermissions(['camera'], { origin: new URL(env.site.url).origin });
  await seedLocalStorage(context, env.site.url, storage);
  const page = await context.newPage();
  const errors = collectErrors(page);
  await routeJitsi(page);
  await routeJitsi(page, { domain: 'jitsi.example.org' });
  await page.goto(env.site.url);
  await page.waitForFunction(() => (window.cofx?.frames ?? 0) > 0 && Boolean(window.cofx.state?.schedule));
  return { page, errors };
}

/** The screens every size and theme goes through; the guest's page shows `invitationTitle`. */
export function screens({ invitationTitle = TITLES[0], invitationAgenda = undefined, scheduled = TITLES.length } = {}) {
  return [
  { name: 'lobby Meet tab', ready: 'start', open: async (page) => clickWidget(page, 'tab-meet'), close: toMeetTab },
  { name: 'schedule list', ready: 'row-0-join', open: inSchedule, close: toMeetTab },
  {
    name: 'schedule row menu',
    ready: 'row-menu-delete',
    open: async (page) => {
      await inSchedule(page);
      await clickWidget(page, 'row-0-menu');
    },
    close: toMeetTab,
  },
  {
    name: 'schedule after a delete (undo line)',
    ready: 'undo-delete',
    open: async (page) => {
      await inSchedule(page);
      await clickWidget(page, 'row-0-menu');
      await clickWidget(page, 'row-menu-delete');
    },
    close: async (page) => {
      await clickWidget(page, 'undo-delete');
      await waitForState(page, (s) => s.schedule.count === scheduled);
      await toMeetTab(page);
    },
  },
  { name: 'schedule form', ready: 'schedule-save', open: inForm, close: toMeetTab },
  {
    name: 'date picker',
    ready: 'picker-calendar',
    open: async (page) => {
      await inForm(page);
      await clickWidget(page, 'schedule-date-picker');
    },
    close: toMeetTab,
  },
  {
    name: 'time picker',
    ready: 'picker-times',
    open: async (page) => {
      await inForm(page);
      await clickWidget(page, 'schedule-time-picker');
    },
    close: toMeetTab,
  },
  {
    name: 'settings (self-hosted, with its fields)',
    ready: 'deployment-domain',
    open: async (page) => {
      await clickWidget(page, 'tab-settings');
      await clickWidget(page, 'kind-self');
    },
    close: async (page) => {
      await clickWidget(page, 'kind-public');
      await toMeetTab(page);
    },
  },
  {
    name: 'a link to another server: the question',
    ready: 'confirm-join',
    open: async (page) => {
      await page.evaluate((hash) => { location.hash = hash; }, `#/${CODE}?dep=self&host=jitsi.example.org`);
      await waitForWidget(page, 'confirm-join');
    },
    close: async (page) => {
      await clickWidget(page, 'decline-join');
      await toMeetTab(page);
    },
  },
  {
    name: 'the guest\'s invitation page (long title, agenda)',
    ready: 'show-qr',
    open: (page) => openInvitation(page, invitationTitle, invitationAgenda),
    close: leaveInvitation,
  },
  {
    name: 'the guest\'s page with its QR code',
    ready: 'qr-close',
    open: async (page) => {
      await openInvitation(page, invitationTitle, invitationAgenda);
      await clickInCard(page, 'show-qr');
      await waitForWidget(page, 'qr-code');
    },
    close: async (page) => {
      await clickWidget(page, 'qr-close');
      await leaveInvitation(page);
    },
  },
  {
    name: 'pre-join room',
    ready: 'join-now',
    open: async (page) => {
      await page.evaluate((hash) => { location.hash = hash; }, `#/${CODE}`);
      await waitForState(page, (s) => s.screen === 'prejoin');
      await waitForWidget(page, 'join-now');
    },
    close: async (page) => {
      await clickInCard(page, 'prejoin-cancel');
      await waitForState(page, (s) => s.screen === 'lobby');
      await toMeetTab(page);
    },
  },
  {
    name: 'meeting panel',
    ready: 'leave',
    open: async (page) => {
      await page.evaluate((hash) => { location.hash = hash; }, `#/${CODE}`);
      await waitForState(page, (s) => s.screen === 'prejoin');
      // Join now lies below the fold of a small phone: Enter in the name field joins too.
      await clickWidget(page, 'prejoin-name');
      await page.keyboard.press('Enter');
      await waitForState(page, (s) => s.screen === 'meeting');
      await waitForWidget(page, 'leave');
    },
    close: async (page) => {
      await clickWidget(page, 'leave');
      await waitForState(page, (s) => s.screen === 'lobby');
      await toMeetTab(page);
    },
  },
  ];
}

/**
 * Waits until the app has drawn at the page's current size: the meeting panel (which draws
 * only on demand and is not among the screens waitForIdle watches) until its Leave button lies
 * within the new width, any other screen until its frames stop.
 */
export async function settled(page, since) {
  await page.waitForFunction((from) => (window.cofx?.frames ?? 0) > from, since, { polling: 16 });
  await waitForIdle(page);
  await page.waitForFunction(() => {
    const leave = window.cofx?.widgets?.leave;
    return window.cofx?.state?.screen !== 'meeting' || (leave && leave.x + leave.w <= window.innerWidth);
  }, null, { polling: 50 });
}

/** What does not fit: clipped widgets, ImGui windows overflowing, the page scrolling sideways. */
export function misfits(page) {
  return page.evaluate(() => {
    const widgets = window.cofx.widgets ?? {};
    const clipped = Object.entries(widgets).filter(([, w]) => w.clipped)
      .map(([name, w]) => `${name} "${w.label}" at x ${Math.round(w.x)}..${Math.round(w.x + w.w)}`);
    const scroller = document.scrollingElement;
    return {
      clipped,
      overflowX: window.cofx.overflowX ?? [],
      pageScrollWidth: scroller.scrollWidth > window.innerWidth ? scroller.scrollWidth : 0,
    };
  });
}

export function currentTheme(page) {
  return page.evaluate(() => (matchMedia('(prefers-color-scheme: light)').matches ? 'light' : 'dark'));
}

export function widget(page, name) {
  return page.evaluate((n) => window.cofx.widgets?.[n] ?? null, name);
}

/**
 * Checks the pre-join room's promise: on a 390×844 phone the way in is in view, and a laptop's
 * 1280×800 screen shows the whole room (the speaker test too) without the card scrolling.
 */
export async function checkPrejoin(page, size) {
  if (size.width === 320) return;  // a small phone may scroll to it
  const state = await waitForState(page, () => true);
  const join = await widget(page, 'join-now');
  assert.ok(join && join.y >= 0 && join.y + join.h <= size.height,
    `Join now in view at ${size.width}×${size.height}: ${JSON.stringify(join)}`);
  if (size.width >= 1280) {
    const speaker = await waitForWidget(page, 'test-speaker');
    assert.ok(speaker.y >= 0 && speaker.y + speaker.h <= size.height,
      `the speaker test in view at ${size.width}×${size.height}: ${JSON.stringify(speaker)}`);
    assert.equal(state.cardScrolls, false, `the pre-join card does not scroll at ${size.width}×${size.height}`);
  }
}


/**
 * Opens each screen once and shows it at every size in every theme (the theme changes colours,
 * never sizes, so it is the cheapest thing to switch); at each, `inspect(page, where)` returns
 * problems found. Returns them all, with what does not fit (misfits) and the pre-join promise.
 */
export async function walkScreens(page, { list, sizes, themes, shots = null, shotPrefix = '', inspect = null }) {
  const problems = [];
  for (const screen of list) {
    const started = Date.now();
    await page.setViewportSize(sizes[0]);
    await page.emulateMedia({ colorScheme: themes[0] });
    await waitForIdle(page);
    await screen.open(page);
    for (const size of sizes) {
      for (const theme of themes) {
        const since = await frameCount(page);
        const { width, height } = page.viewportSize();
        if (width !== size.width || height !== size.height) await page.setViewportSize(size);
        const changed = width !== size.width || height !== size.height || theme !== (await currentTheme(page));
        await page.emulateMedia({ colorScheme: theme });
        if (changed) await settled(page, since);
        // A popup may close when the screen changes size: open the screen again.
        if (!(await widget(page, screen.ready))) {
          await screen.close(page).catch(() => {});
          await screen.open(page);
          await settled(page, since);
        }
        await waitForWidget(page, screen.ready);
        const where = `${shotPrefix}${screen.name} at ${size.width}×${size.height}, ${theme}`;
        if (shots) {
          const file = `${shots}/${shotPrefix}${screen.name.replace(/\W+/g, '-')}-${size.width}x${size.height}-${theme}.png`;
          await page.screenshot({ path: file });
        }
        const found = await misfits(page);
        if (found.clipped.length) problems.push(`${where}: clipped ${found.clipped.join('; ')}`);
        if (found.overflowX.length) problems.push(`${where}: ImGui windows overflow ${found.overflowX.join(', ')}`);
        if (found.pageScrollWidth) problems.push(`${where}: the page scrolls sideways (${found.pageScrollWidth} px)`);
        if (screen.ready === 'join-now') await checkPrejoin(page, size);
        if (inspect) problems.push(...(await inspect(page, where)));
      }
    }
    await screen.close(page);
    console.log(`${shotPrefix}${screen.name}: ${Date.now() - started} ms`);
  }
  return problems;
}
