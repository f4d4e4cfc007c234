// The service worker: the lobby opens offline and the site installs as an app. scripts/build
// fills in this release's files and a version derived from them. A new version waits (no
// skipWaiting on install) until the page asks with {type: 'skip-waiting'} (boot.js,
// cofxBoot.applyUpdate), so it never replaces the page's files in the middle of a meeting.
'use strict';

const VERSION = '@SW_VERSION@';
const CACHE = `cofinix-shell-${VERSION}`;
// Relative to this file, which sits beside index.html. Names with a content hash never change.
const FILES = '@SW_FILES@'.split(' ');
const HASHED = /\.[0-9a-f]{10}\.[a-z0-9]+$/;
const NETWORK_TIMEOUT_MS = 3000;

const absolute = (name) => new URL(name, self.location).href;
const ASSETS = new Set(FILES.filter((name) => HASHED.test(name)).map(absolute));
const INDEX = absolute('index.html');
// The paths a navigation to this app has: its folder and its index.html.
const APP_PAGES = new Set([new URL('./', self.location).pathname, new URL(INDEX).pathname]);
// Edited in place by a deployer (config.json, the manifest): the network's copy wins when it answers.
const EDITABLE = new Set(FILES.filter((name) => !HASHED.test(name)).map(absolute).filter((url) => url !== INDEX));

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(
    // A host's HTTP cache may hold an older index.html: the copy kept must match these assets.
    FILES.map((name) => new Request(name, { cache: HASHED.test(name) ? 'default' : 'no-cache' })))));
});

// The release before this one stays: a tab still running it may yet ask for one of its files
// (the iframe API is loaded lazily) after the host has replaced them. Older ones go.
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((names) => {
    const older = names.filter((name) => name.startsWith('cofinix-') && name !== CACHE);
    return Promise.all(older.slice(0, -1).map((name) => caches.delete(name)));
  }));
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  // Only this site's own GETs: Jitsi, JaaS and a token URL go to the network untouched.
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  const { pathname } = new URL(request.url);
  if (request.mode === 'navigate') {
    // The app's own page (#/COF-… routes and queries included) is index.html when offline. Other
    // pages under the same scope may be other apps of the same host: never answered from here.
    // The cached copy is never replaced from here: it must keep matching this version's assets.
    if (APP_PAGES.has(pathname)) event.respondWith(networkFirst(event, INDEX, false));
  } else if (EDITABLE.has(request.url)) {
    event.respondWith(networkFirst(event, request.url, true));
  } else if (ASSETS.has(request.url)) {
    event.respondWith(cached(request.url).then((found) => found || fetch(request)));
  } else if (HASHED.test(pathname)) {
    // The previous release's file, for a tab that still runs it (kept by 'activate').
    event.respondWith(caches.match(request.url, { ignoreVary: true }).then((found) => found || fetch(request)));
  }
});

function cached(key) {
  return caches.open(CACHE).then((cache) => cache.match(key, { ignoreVary: true }));
}

/** The network's answer, or the cached `key` when the network fails or is slower than NETWORK_TIMEOUT_MS. */
function networkFirst(event, key, store) {
  let saved = Promise.resolve();
  const network = fetch(event.request).then((response) => {
    if (store && response.ok) {
      const copy = response.clone();
      saved = caches.open(CACHE).then((cache) => cache.put(key, copy));
    }
    return response;
  });
  event.waitUntil(network.then(() => saved, () => {}));
  const fallback = () => cached(key).then((found) => found || network);
  const late = new Promise((resolve) => { setTimeout(resolve, NETWORK_TIMEOUT_MS); }).then(fallback);
  return Promise.race([network.catch(fallback), late]);
}
