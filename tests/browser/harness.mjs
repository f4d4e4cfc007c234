// Shared helpers for the browser tests: browser launch, the site server, the routed Jitsi
// stand-in deployment, and real mouse/keyboard input on the app's canvas widgets.
import { promises as fs, existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

import { startServer } from '../../scripts/lib/serve.mjs';
import { buildTestAssets, JITSI_SDK_DIR, ROOT } from './build-jitsi-api.mjs';

export { ROOT };
import { STANDIN_SCRIPT_PATH, standinHtml } from './standin/page.mjs';
import { groupHashParams, parseHashParams } from './standin/url-params.js';

// COFX_DIST_DIR lets the tests run against a copy of a build, e.g. while dist/ is being rebuilt.
export const DIST_DIR = path.resolve(process.env.COFX_DIST_DIR || path.join(ROOT, 'dist'));
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--use-gl=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Chromium's fake camera (a moving pattern) and microphone (a beep): a context that is
  // granted 'camera'/'microphone' gets them; one that is not is refused, as a person would be.
  '--use-fake-device-for-media-stream',
];
export const ROOM_PATTERN = /^COF-[A-Z0-9]{8}$/;

/** Headless Debian Chromium; playwright gives each launch a fresh temporary profile. */
export function launchBrowser(options = {}) {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 30_000,
    ...options,
  });
}

/** Serves dist/ (or `root`) on a random loopback port; returns {url, port, close()}. */
export async function startSite({ root = DIST_DIR, basePath = '/' } = {}) {
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error(`${path.relative(ROOT, root) || root}/index.html is missing: build the app first`);
  }
  return startServer({ root, basePath });
}

let assetsPromise;
/** The two bundles' text, built (if stale) and read once per process. */
function testAssets() {
  assetsPromise ??= buildTestAssets().then(async ({ externalApi, standin }) => ({
    externalApi: await fs.readFile(externalApi, 'utf8'),
    standin: await fs.readFile(standin, 'utf8'),
  }));
  return assetsPromise;
}

const SCRIPT_HEADERS = { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' };

/**
 * The site's own copy of Jitsi's iframe API (scripts/build names it jitsi/external_api.<hash>.js;
 * a retry adds ?attempt=N).
 */
export const SITE_IFRAME_API_PATTERN = /\/jitsi\/external_api\.[0-9a-f]+\.js(\?[^#]*)?$/;
const siteApiRoutes = new WeakMap();  // page or context -> the controller that answers for the site's copy

/**
 * Answers every request for https://<domain>/** on a Page or BrowserContext: `/<room>` gets
 * the stand-in conference page, a deployment's own `/external_api.js` the real API bundle
 * (only a site built with "iframeApi": "deployment" asks for it: `deploymentScriptRequests`),
 * anything else a 404. The first controller on a page also answers for the site's own copy of
 * the iframe API, so `failScript` ('404', 'abort', 'hang', or 'empty' for a script that
 * defines nothing) makes the script the app loads fail; otherwise the site serves it.
 * `scriptRequests` counts the iframe API requests of either kind. Returns the controller.
 */
export async function routeJitsi(target, {
  domain = 'meet.jit.si', failScript = false, autoJoin = true, onHangup = 'leave',
} = {}) {
  const assets = await testAssets();
  const pattern = `https://${domain}/**`;
  const hanging = new Set();
  const jitsi = {
    domain,
    failScript,
    standinOptions: { autoJoin, onHangup },
    /** URLs of the conference pages requested (a request URL carries no #hash). */
    iframeRequests: [],
    scriptRequests: 0,
    deploymentScriptRequests: 0,
    otherRequests: [],
    setFailScript(mode) { jitsi.failScript = mode; },
    async dispose() {
      await target.unroute(pattern, handler);
      if (siteApiRoutes.get(target) === jitsi) {
        await target.unroute(SITE_IFRAME_API_PATTERN, serveSiteScript);
        siteApiRoutes.delete(target);
      }
      for (const route of hanging) await route.abort('failed').catch(() => {});
      hanging.clear();
    },
  };

  /** Fails as failScript says; null when the script should be served. */
  function failing(route) {
    switch (jitsi.failScript) {
      case '404':
        return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' });
      case 'abort':
        return route.abort('failed');
      case 'hang':
        hanging.add(route);
        return Promise.resolve();
      case 'empty':
        return route.fulfill({ status: 200, contentType: 'text/javascript', headers: SCRIPT_HEADERS, body: '/* no API */' });
      default:
        return null;
    }
  }

  async function serveSiteScript(route) {
    jitsi.scriptRequests += 1;
    return failing(route) ?? route.continue();
  }

  async function serveDeploymentScript(route) {
    jitsi.scriptRequests += 1;
    jitsi.deploymentScriptRequests += 1;
    return failing(route)
      ?? route.fulfill({ status: 200, contentType: 'text/javascript', headers: SCRIPT_HEADERS, body: assets.externalApi });
  }

  async function handler(route, request) {
    const { pathname } = new URL(request.url());
    // JaaS serves its script under the AppID: /<AppID>/external_api.js
    if (pathname === '/external_api.js' || /^\/[^/]+\/external_api\.js$/.test(pathname)) return serveDeploymentScript(route);
    if (pathname === STANDIN_SCRIPT_PATH) {
      return route.fulfill({ status: 200, contentType: 'text/javascript', headers: SCRIPT_HEADERS, body: assets.standin });
    }
    // A room: /<room>, or /<AppID>/<room> on JaaS.
    if (request.resourceType() === 'document' && /^\/[^/]+(\/[^/]+)?$/.test(pathname)) {
      jitsi.iframeRequests.push(request.url());
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: standinHtml(jitsi.standinOptions) });
    }
    jitsi.otherRequests.push(request.url());
    return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' });
  }

  await target.route(pattern, handler);
  if (!siteApiRoutes.has(target)) {
    siteApiRoutes.set(target, jitsi);
    await target.route(SITE_IFRAME_API_PATTERN, serveSiteScript);
  }
  return jitsi;
}

/**
 * Records the origin of every script the page itself requests (the meeting's iframe runs the
 * deployment's own code in its own origin, and is left out), so a test can check that no
 * script comes from anywhere but the site.
 */
export function recordScriptOrigins(page) {
  const origins = new Set();
  page.on('request', (request) => {
    if (request.resourceType() === 'script' && request.frame() === page.mainFrame()) {
      origins.add(new URL(request.url()).origin);
    }
  });
  return origins;
}

/**
 * Seeds localStorage on the site's own origin (never in a meeting's frame) before each load of
 * a page in `context`, once: a key the app has since written is left alone.
 */
export function seedLocalStorage(context, siteUrl, entries) {
  return context.addInitScript(([siteOrigin, pairs]) => {
    if (location.origin !== siteOrigin) return;
    for (const [key, value] of pairs) if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
  }, [new URL(siteUrl).origin, Object.entries(entries)]);
}

/**
 * A new page of `context` with Jitsi routed, on `url`, once the app has drawn and published
 * its state: { page, errors }.
 */
export async function openAppPage(context, url) {
  const page = await context.newPage();
  const errors = collectErrors(page);
  await routeJitsi(page);
  await page.goto(url);
  await page.waitForFunction(() => (window.cofx?.frames ?? 0) > 0 && Boolean(window.cofx.state?.schedule));
  return { page, errors };
}

/** Collects uncaught page errors and console errors, for assertions and failure messages. */
export function collectErrors(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/** Screens the canvas draws in full (a meeting leaves it a slim panel that draws little). */
export const DRAWN_SCREENS = ['lobby', 'invitation', 'prejoin'];

// Waits follow the app's own signals (its state, its frames, its widgets), so they end as soon
// as the app is there. Their timeouts only tell a stuck app from a slow one: generous, since a
// loaded machine (CI, a person's busy laptop) can take seconds for what takes milliseconds idle.
const SIGNAL_TIMEOUT_MS = 30_000;

/** Waits for the app to publish the named widget; returns its {x, y, w, h} in CSS pixels. */
export async function waitForWidget(page, name, { timeout = SIGNAL_TIMEOUT_MS } = {}) {
  const handle = await page.waitForFunction(
    (widget) => window.cofx?.widgets?.[widget] ?? null, name, { timeout, polling: 50 });
  return handle.jsonValue();
}

/** The number of lobby frames rendered so far. */
export function frameCount(page) {
  return page.evaluate(() => window.cofx?.frames ?? 0);
}

/**
 * Waits until `count` frames have been rendered since `since` (a frameCount() taken before an
 * input), or the app has left the lobby screen (it stops drawing then). The app renders on
 * demand, so only wait for frames that an input has asked for.
 */
export async function settleAfter(page, since, count = 2, { timeout = SIGNAL_TIMEOUT_MS } = {}) {
  await page.waitForFunction(
    ([from, n, drawn]) => (window.cofx?.frames ?? 0) >= from + n || !drawn.includes(window.cofx?.state?.screen ?? 'lobby'),
    [since, count, DRAWN_SCREENS], { timeout, polling: 16 });
}

/**
 * Waits until the lobby has stopped drawing for `quietMs` (its input queue is drained, the
 * layout has settled and the accessible mirror holds the last frame's widgets), or it has
 * left the lobby screen. Gives up quietly after `timeout`, so
 * an app that animates continuously is not an error here.
 */
export async function waitForIdle(page, { quietMs = 150, timeout = 3_000 } = {}) {
  const deadline = Date.now() + timeout;
  let last = await frameCount(page);
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    const { frames, screen, mirrorPending } = await page.evaluate(() => ({
      frames: window.cofx?.frames ?? 0, screen: window.cofx?.state?.screen ?? 'lobby', mirrorPending: window.cofx?.mirrorPending,
    }));
    if (!DRAWN_SCREENS.includes(screen)) return;
    if (frames !== last || mirrorPending) {
      last = frames;
      quietSince = Date.now();
    } else if (Date.now() - quietSince >= quietMs) {
      return;
    }
  }
}

/**
 * The widget's rectangle once it has stayed put for `quietMs`: a screen still laying itself out
 * (a busy machine draws its settling frames slowly; the pre-join room's meter never stops
 * drawing) would otherwise be clicked where the widget was a frame ago.
 */
export async function waitForSteadyWidget(page, name, { quietMs = 150, timeout = SIGNAL_TIMEOUT_MS } = {}) {
  const deadline = Date.now() + timeout;
  let last = null;
  let since = Date.now();
  for (;;) {
    const rect = await page.evaluate((widget) => window.cofx?.widgets?.[widget] ?? null, name);
    const key = rect && [rect.x, rect.y, rect.w, rect.h].map((v) => Math.round(v * 4)).join(',');
    if (key !== last) {
      last = key;
      since = Date.now();
    } else if (rect && Date.now() - since >= quietMs) {
      return rect;
    }
    if (Date.now() > deadline) throw new Error(`widget ${name} never held still (last: ${JSON.stringify(rect)})`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * A real mouse click at the widget's centre, aimed once the layout has settled; resolves
 * once the app has drawn the result.
 */
export async function clickWidget(page, name, options) {
  await waitForWidget(page, name, options);
  await waitForIdle(page);
  const { x, y, w, h } = await waitForSteadyWidget(page, name, options);
  const since = await frameCount(page);
  await page.mouse.click(x + w / 2, y + h / 2);
  await settleAfter(page, since);
  await waitForIdle(page);
}

/** Whether Playwright's US layout can press this character as a real key. */
function isUsKeyboardChar(char) {
  return /^[\x20-\x7e]$/.test(char);
}

/**
 * Types text the way a person's keyboard would: US characters as key presses, anything else as
 * a key event carrying that character (what a non-US layout sends). Playwright's own type()
 * turns non-US characters into an IME text insertion, which a <canvas> never sees.
 */
export async function typeText(page, text) {
  let cdp;
  for (const char of text) {
    if (isUsKeyboardChar(char)) {
      await page.keyboard.type(char);
      continue;
    }
    cdp ??= await page.context().newCDPSession(page);
    const event = { key: char, text: char, unmodifiedText: char };
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...event });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: char });
  }
  await cdp?.detach();
}

/** Clicks the widget, clears it (select all, delete) unless clear is false, then types. */
export async function typeInto(page, name, text, { clear = true } = {}) {
  await clickWidget(page, name);
  const since = await frameCount(page);
  if (clear) {
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
  }
  await typeText(page, text);
  if (clear || text) await settleAfter(page, since, 1);
  await waitForIdle(page);
}

/**
 * Waits for the pre-join room (every way into a meeting passes through it) and presses
 * "Join now" with a real click.
 */
export async function joinFromPrejoin(page, { timeout = SIGNAL_TIMEOUT_MS } = {}) {
  await waitForState(page, (s) => s.screen === 'prejoin', { timeout });
  await clickWidget(page, 'join-now');
}

/** The app's published state snapshot (window.cofx.state), or null before it exists. */
export function appState(page) {
  return page.evaluate(() => window.cofx?.state ?? null);
}

/** Polls the app's state until predicate(state) holds; returns that state. */
export async function waitForState(page, predicate, { timeout = SIGNAL_TIMEOUT_MS, interval = 50 } = {}) {
  const deadline = Date.now() + timeout;
  let state;
  for (;;) {
    state = await appState(page);
    if (state && predicate(state)) return state;
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout} ms waiting for app state; last: ${JSON.stringify(state)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** The meeting iframe in #meeting: {src, element, frame}, or null when there is none. */
export async function jitsiFrame(page) {
  const element = await page.$('#meeting iframe');
  if (!element) return null;
  const src = await element.getAttribute('src');
  const frame = await element.contentFrame();
  return { src, element, frame };
}

/** Waits for the meeting iframe and for its stand-in to be running; returns jitsiFrame(). */
export async function waitForJitsiFrame(page, { timeout = SIGNAL_TIMEOUT_MS } = {}) {
  await page.waitForSelector('#meeting iframe', { state: 'attached', timeout });
  const found = await jitsiFrame(page);
  if (!found?.frame) throw new Error('the meeting iframe has no frame');
  await found.frame.waitForFunction(() => window.standin !== undefined, null, { timeout });
  return found;
}

/** Number of iframes in #meeting (0 once the meeting is torn down). */
export function meetingIframeCount(page) {
  return page.evaluate(() => document.querySelectorAll('#meeting iframe').length);
}

/** Sends a Jitsi event from the stand-in conference in `frame` to the embedding page. */
export function standinSend(frame, name, data = {}) {
  return frame.evaluate(([eventName, payload]) => window.standin.send(eventName, payload), [name, data]);
}

/** What the stand-in in `frame` received from the embedder (commands and requests). */
export function standinReceived(frame) {
  return frame.evaluate(() => window.standin.received);
}

/**
 * Decodes a Jitsi iframe URL (https://<domain>/<room>#...) as Jitsi Meet reads it:
 * {domain, room, apiId, config, interfaceConfig, userInfo, appData, hashParams}.
 */
export function parseJitsiUrl(url) {
  const parsed = new URL(url);
  const hashParams = parseHashParams(parsed.hash);
  const groups = groupHashParams(hashParams);
  return {
    domain: parsed.host,
    room: decodeURIComponent(parsed.pathname.replace(/^\/+/, '')),
    apiId: hashParams.jitsi_meet_external_api_id,
    jwt: parsed.searchParams.get('jwt'),
    config: groups.config,
    interfaceConfig: groups.interfaceConfig,
    userInfo: groups.userInfo,
    appData: groups.appData,
    hashParams,
  };
}

/** The quoted strings of the first `export default [ ... ]` array in a Jitsi source file. */
async function readWhitelistFile(file) {
  const text = await fs.readFile(path.join(JITSI_SDK_DIR, 'react/features/base/config', file), 'utf8');
  const match = /export default \[([\s\S]*?)\]/.exec(text);
  if (!match) throw new Error(`no whitelist array in ${file}`);
  const body = match[1].replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  return [...body.matchAll(/'([^']+)'|"([^"]+)"/g)].map((m) => m[1] ?? m[2]);
}

/**
 * Jitsi's config and interfaceConfig whitelists, as applied inside an iframe (the base lists
 * plus the deployment extras and the lists added when Jitsi Meet is embedded).
 */
export async function whitelist() {
  const read = (files) => Promise.all(files.map(readWhitelistFile)).then((lists) => new Set(lists.flat()));
  return {
    config: await read(['configWhitelist.ts', 'extraConfigWhitelist.ts', 'isEmbeddedConfigWhitelist.ts']),
    interfaceConfig: await read([
      'interfaceConfigWhitelist.ts', 'extraInterfaceConfigWhitelist.ts', 'isEmbeddedInterfaceConfigWhitelist.ts',
    ]),
  };
}

function leafPaths(value, prefix) {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || Object.keys(value).length === 0) {
    return [prefix];
  }
  return Object.entries(value).flatMap(([key, inner]) => leafPaths(inner, `${prefix}.${key}`));
}

/**
 * The leaf paths of `overrides` that Jitsi would silently drop. It keeps a path when a
 * whitelisted entry equals it or is one of its prefixes ('p2p' allows 'p2p.enabled').
 */
export function notWhitelisted(overrides, allowed) {
  return Object.entries(overrides)
    .flatMap(([key, value]) => leafPaths(value, key))
    .filter((leaf) => {
      const parts = leaf.split('.');
      return !parts.some((_, i) => allowed.has(parts.slice(0, i + 1).join('.')));
    });
}

/**
 * Decodes a PNG in a scratch about:blank page (so the app's own page, and any CSP it sets, is
 * not involved) and returns `count(data)` of its RGBA bytes; `count` runs in that page, so it
 * may use nothing from here.
 */
export async function inPngPixels(page, png, count) {
  const scratch = await page.context().newPage();
  try {
    return await scratch.evaluate(async ([base64, source]) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      return (0, eval)(`(${source})`)(data);
    }, [png.toString('base64'), count.toString()]);
  } finally {
    await scratch.close();
  }
}

/** True when a screenshot of `selector` is one flat colour. */
export async function isSingleColour(page, selector = '#canvas') {
  const png = await page.locator(selector).screenshot();
  return inPngPixels(page, png, (data) => {
    for (let i = 4; i < data.length; i += 4) {
      if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) return false;
    }
    return true;
  });
}

/** Samples cofx.frames over `ms`; returns how many frames were rendered meanwhile. */
export async function framesDuring(page, ms = 1_000) {
  const before = await page.evaluate(() => window.cofx?.frames ?? 0);
  await page.waitForTimeout(ms);
  const after = await page.evaluate(() => window.cofx?.frames ?? 0);
  return after - before;
}

/**
 * Colours of the page's screenshot at points given in CSS pixels of the viewport, as
 * [[r, g, b], ...]. The screenshot holds device pixels; the PNG is decoded in a scratch page.
 */
export async function pixelColours(page, points) {
  const png = await page.screenshot();
  const viewportWidth = await page.evaluate(() => window.innerWidth);
  const scratch = await page.context().newPage();
  try {
    return await scratch.evaluate(async ([base64, cssPoints, cssWidth]) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      context.drawImage(bitmap, 0, 0);
      const scale = bitmap.width / cssWidth;
      return cssPoints.map(([x, y]) => {
        const { data } = context.getImageData(Math.floor(x * scale), Math.floor(y * scale), 1, 1);
        return [data[0], data[1], data[2]];
      });
    }, [png.toString('base64'), points, viewportWidth]);
  } finally {
    await scratch.close();
  }
}

/** '#rrggbb' as [r, g, b]. */
export function rgb(hex) {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

/** True when two [r, g, b] colours differ by at most `tolerance` in every channel. */
export function sameColour(a, b, tolerance = 2) {
  return a.every((channel, i) => Math.abs(channel - b[i]) <= tolerance);
}

/** The focused element: {id, tag, label} (label: its aria-label, if any). */
export function focusedElement(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    return { id: element?.id ?? '', tag: element?.tagName ?? '', label: element?.getAttribute('aria-label') ?? '' };
  });
}

/**
 * Types through an IME, as CJK input methods do: each of `steps` becomes the uncommitted
 * composition (Input.imeSetComposition), then `commit` is inserted, which ends it.
 * `beforeCommit` runs while the composition is still open.
 */
export async function composeText(page, steps, commit, { beforeCommit } = {}) {
  const cdp = await page.context().newCDPSession(page);
  try {
    for (const text of steps) {
      await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    }
    await beforeCommit?.();
    await cdp.send('Input.insertText', { text: commit });
  } finally {
    await cdp.detach();
  }
}

/** Dispatches a real `paste` ClipboardEvent carrying `text` at the focused element. */
export function pasteText(page, text) {
  return page.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    const target = document.activeElement ?? document.body;
    return target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** A tap (touch events) at the centre of the named widget; resolves once the app has drawn it. */
export async function tapWidget(page, name) {
  await waitForWidget(page, name);
  await waitForIdle(page);
  const { x, y, w, h } = await waitForWidget(page, name);
  const since = await frameCount(page);
  await page.touchscreen.tap(x + w / 2, y + h / 2);
  await settleAfter(page, since);
  await waitForIdle(page);
}

/**
 * The lifecycle every browser test file shares: one site server and one browser for the file,
 * and a fresh context (fresh storage) per call to newContext(), closed after each test.
 * Call at the top level of a test file; use env.site / env.browser inside tests.
 */
export function useBrowser(hooks) {
  const env = {
    browser: undefined,
    site: undefined,
    contexts: [],
    async newContext(options = {}) {
      const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
      env.contexts.push(context);
      return context;
    },
  };
  hooks.before(async () => {
    env.site = await startSite();
    env.browser = await launchBrowser();
  });
  hooks.after(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  hooks.afterEach(async () => {
    await Promise.all(env.contexts.map((context) => context.close().catch(() => {})));
    env.contexts = [];
  });
  return env;
}
