// Phone-first, every screen (issue 19): each screen, at 320×640, 390×844 and 1280×800, in the
// dark and the light theme, shows every widget's text whole (no widget publishes clipped:true,
// app/widget_rects.h) and never scrolls sideways (the page's scrollWidth stays within the
// window; no ImGui window's content reaches past its right edge: cofx.overflowX). The pre-join
// room keeps "Join now" in view on a phone and fits a laptop whole, speaker test included.
//
// A new screen goes into SCREENS below: a name, `open(page)` that brings it up from the
// lobby's Meet tab, the widget that says it is showing (`ready`), and `close(page)` that goes
// back to the Meet tab. One page serves every screen, size and theme.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';

import { useBrowser } from './harness.mjs';
import { SAVED_NAME, SIZES, THEMES, openScreensPage, scheduleDocument, screens, walkScreens } from './screens.mjs';

const SHOTS = process.env.COFX_FIT_SHOTS;  // a folder: a screenshot of every screen, size and theme
const ONLY = process.env.COFX_FIT_ONLY ? new RegExp(process.env.COFX_FIT_ONLY) : null;  // screens by name

const env = useBrowser({ before, after, afterEach });

describe('every screen fits from 320 px wide up', { timeout: 360_000 }, () => {
  test('no text cut, no sideways scroll, in both themes, at three sizes', async () => {
    const { page, errors } = await openScreensPage(env, {
      viewport: SIZES[0], storage: { 'cofinix.settings': SAVED_NAME, 'cofinix.schedules': scheduleDocument() },
    });
    const list = screens().filter((s) => !ONLY || ONLY.test(s.name));
    const problems = await walkScreens(page, { list, sizes: SIZES, themes: THEMES, shots: SHOTS });
    assert.deepEqual(problems, []);
    assert.deepEqual(errors, []);
  });
});
