// Proves the browser-test infrastructure without the app: the static server, the bundled real
// Jitsi iframe API, the routed stand-in conference and the transport between them.
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';

import { startServer } from '../../scripts/lib/serve.mjs';
import {
  jitsiFrame, launchBrowser, notWhitelisted, parseJitsiUrl, routeJitsi, standinReceived, standinSend,
  waitForJitsiFrame, whitelist,
} from './harness.mjs';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** A raw GET (no URL normalisation, unlike fetch) returning {status, headers, body}. */
function rawGet(port, target, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: target, headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.setTimeout(5_000, () => req.destroy(new Error(`timeout for ${target}`)));
    req.end();
  });
}

describe('serve.mjs', () => {
  let dir;
  let server;
  let subServer;
  const appJs = `console.log(${JSON.stringify('x'.repeat(2000))});\n`;

  before(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cofx-serve-'));
    await fs.mkdir(path.join(dir, 'site/assets'), { recursive: true });
    await fs.writeFile(path.join(dir, 'site/index.html'), '<!doctype html><title>site</title>');
    await fs.writeFile(path.join(dir, 'site/app.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
    await fs.writeFile(path.join(dir, 'site/app.js'), appJs);
    await fs.writeFile(path.join(dir, 'site/settings.json'), '{"a":1}');
    await fs.writeFile(path.join(dir, 'site/assets/font.ttf'), 'not really a font');
    await fs.writeFile(path.join(dir, 'site/pre.js'), 'plain();');
    await fs.writeFile(path.join(dir, 'site/pre.js.gz'), gzipSync('precompressed();'));
    await fs.writeFile(path.join(dir, 'secret.txt'), 'outside root');
    await fs.symlink(path.join(dir, 'secret.txt'), path.join(dir, 'site/link.txt'));
    server = await startServer({ root: path.join(dir, 'site') });
    subServer = await startServer({ root: path.join(dir, 'site'), basePath: '/cofinix' });
  });

  after(async () => {
    await server?.close();
    await subServer?.close();
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  test('serves files with their MIME types and cache policy', async () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const wasm = await rawGet(server.port, '/app.wasm');
    assert.equal(wasm.status, 200);
    assert.equal(wasm.headers['content-type'], 'application/wasm');
    assert.deepEqual([...wasm.body.subarray(0, 4)], [0, 0x61, 0x73, 0x6d]);
    const html = await rawGet(server.port, '/');
    assert.equal(html.status, 200);
    assert.match(html.headers['content-type'], /^text\/html/);
    assert.equal(html.headers['cache-control'], 'no-cache');
    assert.equal((await rawGet(server.port, '/settings.json')).headers['cache-control'], 'no-cache');
    assert.equal((await rawGet(server.port, '/assets/font.ttf')).headers['content-type'], 'font/ttf');
    assert.match((await rawGet(server.port, '/app.js?v=1')).headers['content-type'], /^text\/javascript/);
  });

  test('compresses when asked, and only then', async () => {
    const gzip = await rawGet(server.port, '/app.js', { 'Accept-Encoding': 'gzip' });
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(gzip.body).toString(), appJs);
    const br = await rawGet(server.port, '/app.js', { 'Accept-Encoding': 'gzip, deflate, br' });
    assert.equal(br.headers['content-encoding'], 'br');
    const plain = await rawGet(server.port, '/app.js');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body.toString(), appJs);
    const refused = await rawGet(server.port, '/app.js', { 'Accept-Encoding': 'gzip;q=0' });
    assert.equal(refused.headers['content-encoding'], undefined);
    const pre = await rawGet(server.port, '/pre.js', { 'Accept-Encoding': 'gzip' });
    assert.equal(gunzipSync(pre.body).toString(), 'precompressed();');
  });

  test('answers 404 for missing files and 403 for paths leaving the root', async () => {
    assert.equal((await rawGet(server.port, '/nope.js')).status, 404);
    assert.equal((await rawGet(server.port, '/../secret.txt')).status, 403);
    assert.equal((await rawGet(server.port, '/%2e%2e/secret.txt')).status, 403);
    assert.equal((await rawGet(server.port, '/assets/..%2f..%2fsecret.txt')).status, 403);
    assert.equal((await rawGet(server.port, '/link.txt')).status, 403);
  });

  test('serves under a base path and nothing outside it', async () => {
    assert.match(subServer.url, /\/cofinix\/$/);
    assert.equal((await rawGet(subServer.port, '/cofinix/')).status, 200);
    assert.equal((await rawGet(subServer.port, '/cofinix/app.wasm')).headers['content-type'], 'application/wasm');
    assert.equal((await rawGet(subServer.port, '/app.wasm')).status, 404);
    assert.equal((await rawGet(subServer.port, '/')).status, 404);
    const redirect = await rawGet(subServer.port, '/cofinix');
    assert.equal(redirect.status, 301);
    assert.equal(redirect.headers.location, '/cofinix/');
  });

  test('refuses to listen beyond loopback', async () => {
    await assert.rejects(startServer({ root: dir, host: '0.0.0.0' }), /non-loopback/);
  });
});

/** The fixture pages' server and a browser, shared by the tests of one describe block. */
function useFixtureServer() {
  const fixture = { browser: undefined, server: undefined };
  before(async () => {
    fixture.server = await startServer({ root: FIXTURES });
    fixture.browser = await launchBrowser();
  });
  after(async () => {
    await fixture.browser?.close();
    await fixture.server?.close();
  });
  return fixture;
}

describe('Jitsi iframe API against the stand-in conference', () => {
  let browser;
  let server;
  let page;
  let jitsi;
  let meeting;
  const errors = [];

  before(async () => {
    server = await startServer({ root: FIXTURES });
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    jitsi = await routeJitsi(page, { autoJoin: false });
    await page.goto(`${server.url}infra.html`);
    await page.waitForFunction(() => window.fixture.loaded || window.fixture.error);
    assert.equal(await page.evaluate(() => window.fixture.error), null);
    await page.evaluate(() => { window.openMeeting(); });
    meeting = await waitForJitsiFrame(page);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the bundle defines the constructor as the global', async () => {
    assert.equal(await page.evaluate(() => typeof JitsiMeetExternalAPI), 'function');
    assert.equal(jitsi.scriptRequests, 1);
  });

  test('the iframe URL carries the room, the display name and the config', async () => {
    assert.ok(meeting.src.startsWith('https://meet.jit.si/COF-TEST1234#'), meeting.src);
    const url = parseJitsiUrl(meeting.src);
    assert.equal(url.room, 'COF-TEST1234');
    assert.equal(url.apiId, 0);
    assert.equal(url.userInfo.displayName, 'Ada');
    assert.deepEqual(url.config.toolbarButtons, ['hangup']);
    assert.deepEqual(url.config.prejoinConfig, { enabled: false });
    assert.deepEqual(jitsi.iframeRequests, ['https://meet.jit.si/COF-TEST1234']);
    assert.deepEqual(notWhitelisted(url.config, (await whitelist()).config), []);
  });

  test('the stand-in sees the same URL and renders it as text', async () => {
    const seen = await meeting.frame.evaluate(() => ({
      room: window.standin.room,
      name: window.standin.userInfo.displayName,
      scope: window.standin.scope,
      text: document.body.innerText,
    }));
    assert.equal(seen.room, 'COF-TEST1234');
    assert.equal(seen.name, 'Ada');
    assert.equal(seen.scope, 'jitsi_meet_external_api_0');
    assert.match(seen.text, /COF-TEST1234/);
    assert.match(seen.text, /Ada/);
  });

  test('the stand-in\'s ready event reaches the API', async () => {
    await page.waitForFunction(() => window.fixture.events.some((e) => e.name === 'ready'));
  });

  test('commands from the page reach the stand-in', async () => {
    await page.evaluate(() => window.fixture.api.executeCommand('toggleAudio'));
    await meeting.frame.waitForFunction(() => window.standin.received.some((r) => r.name === 'toggle-audio'));
    const received = await standinReceived(meeting.frame);
    assert.deepEqual(received.find((r) => r.name === 'toggle-audio'), { type: 'command', name: 'toggle-audio', data: [] });
  });

  test('requests from the page are answered by the stand-in', async () => {
    const result = await page.evaluate(() => window.fixture.api.isAudioMuted());
    assert.equal(result, null);
    const received = await standinReceived(meeting.frame);
    assert.ok(received.some((r) => r.type === 'request' && r.name === 'is-audio-muted'), JSON.stringify(received));
  });

  test('events from the stand-in reach the page\'s listeners', async () => {
    await standinSend(meeting.frame, 'video-conference-joined', { roomName: 'cof-test1234', id: 'local', displayName: 'Ada' });
    await standinSend(meeting.frame, 'video-conference-left', { roomName: 'cof-test1234' });
    await standinSend(meeting.frame, 'video-ready-to-close');
    await page.waitForFunction(() => window.fixture.events.some((e) => e.name === 'readyToClose'));
    const events = await page.evaluate(() => window.fixture.events.filter((e) => e.name !== 'ready'));
    assert.deepEqual(events, [
      { name: 'videoConferenceJoined', data: { roomName: 'cof-test1234', id: 'local', displayName: 'Ada' } },
      { name: 'videoConferenceLeft', data: { roomName: 'cof-test1234' } },
      { name: 'readyToClose', data: {} },
    ]);
  });

  test('hangup is answered like Jitsi: conference left, then ready to close', async () => {
    await page.evaluate(() => {
      window.fixture.events.length = 0;
      window.fixture.api.executeCommand('hangup');
    });
    await page.waitForFunction(() => window.fixture.events.some((e) => e.name === 'readyToClose'));
    const names = await page.evaluate(() => window.fixture.events.map((e) => e.name));
    assert.deepEqual(names, ['videoConferenceLeft', 'readyToClose']);
  });

  test('dispose() removes the iframe', async () => {
    await page.evaluate(() => window.fixture.api.dispose());
    assert.equal(await jitsiFrame(page), null);
    assert.deepEqual(errors, []);
  });
});

describe('routeJitsi failure modes', () => {
  const fixture = useFixtureServer();

  for (const mode of ['404', 'abort']) {
    test(`failScript '${mode}' makes the script fail, and switching back serves it`, async () => {
      const page = await fixture.browser.newPage();
      try {
        const jitsi = await routeJitsi(page, { failScript: mode });
        await page.goto(`${fixture.server.url}infra.html`);
        await page.waitForFunction(() => window.fixture.loaded || window.fixture.error);
        assert.match(await page.evaluate(() => window.fixture.error), /failed to load/);
        jitsi.setFailScript(false);
        await page.reload();
        await page.waitForFunction(() => window.fixture.loaded || window.fixture.error);
        assert.equal(await page.evaluate(() => typeof JitsiMeetExternalAPI), 'function');
        assert.equal(jitsi.scriptRequests, 2);
      } finally {
        await page.close();
      }
    });
  }

  test('failScript \'hang\' never answers until disposed', async () => {
    const page = await fixture.browser.newPage();
    try {
      const jitsi = await routeJitsi(page, { failScript: 'hang' });
      await page.goto(`${fixture.server.url}infra.html`, { waitUntil: 'domcontentloaded' });
      await page.waitForTimeout(300);
      assert.deepEqual(await page.evaluate(() => [window.fixture.loaded, window.fixture.error]), [false, null]);
      await jitsi.dispose();
      await page.waitForFunction(() => window.fixture.error !== null);
    } finally {
      await page.close();
    }
  });

  test('autoJoin makes the stand-in join as soon as it loads', async () => {
    const page = await fixture.browser.newPage();
    try {
      await routeJitsi(page);
      await page.goto(`${fixture.server.url}infra.html`);
      await page.waitForFunction(() => window.fixture.loaded);
      await page.evaluate(() => { window.openMeeting(); });
      await page.waitForFunction(() => window.fixture.events.some((e) => e.name === 'videoConferenceJoined'));
      const joined = await page.evaluate(() => window.fixture.events.find((e) => e.name === 'videoConferenceJoined').data);
      assert.equal(joined.roomName, 'cof-test1234');
      assert.equal(joined.displayName, 'Ada');
    } finally {
      await page.close();
    }
  });
});

describe('the fake camera and microphone', () => {
  const fixture = useFixtureServer();

  /** getUserMedia for both devices in a fresh context: the tracks' kinds, or the error's name. */
  async function askForDevices(grant) {
    const context = await fixture.browser.newContext();
    try {
      if (grant) await context.grantPermissions(['camera', 'microphone'], { origin: new URL(fixture.server.url).origin });
      const page = await context.newPage();
      await page.goto(`${fixture.server.url}infra.html`);
      return await page.evaluate(async () => {
        try {
          const stream = await navigator.mediaDevices.getUserMedia({ video: true, audio: true });
          const tracks = stream.getTracks().map((t) => `${t.kind}:${t.readyState}`).sort();
          stream.getTracks().forEach((t) => t.stop());
          return { tracks };
        } catch (error) {
          return { error: error.name };
        }
      });
    } finally {
      await context.close();
    }
  }

  test('a context granted camera and microphone gets both', async () => {
    assert.deepEqual(await askForDevices(true), { tracks: ['audio:live', 'video:live'] });
  });

  test('a context that was not granted them is refused, as a person who said no', async () => {
    assert.deepEqual(await askForDevices(false), { error: 'NotAllowedError' });
  });
});

describe('whitelist', () => {
  test('reads Jitsi\'s config and interfaceConfig whitelists', async () => {
    const lists = await whitelist();
    assert.ok(lists.config.has('toolbarButtons'));
    assert.ok(lists.config.has('prejoinConfig.enabled'));
    assert.ok(lists.config.has('customToolbarButtons'), 'embedded-only keys are included');
    assert.ok(lists.interfaceConfig.has('TOOLBAR_BUTTONS'));
    assert.ok(lists.config.size > 100);
  });

  test('notWhitelisted follows Jitsi\'s prefix rule', async () => {
    const { config } = await whitelist();
    assert.deepEqual(notWhitelisted({ toolbarButtons: ['hangup'], p2p: { enabled: true } }, config), []);
    assert.deepEqual(notWhitelisted({ prejoinConfig: { enabled: false, bogus: 1 } }, config), ['prejoinConfig.bogus']);
    assert.deepEqual(notWhitelisted({ notAKey: true }, config), ['notAKey']);
  });
});
