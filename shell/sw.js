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
// Edited in place by a deployer (config.json, the manifest): the network's copy wins when it answers.
const EDITABLE = new Set(FILES.filter((name) => !HASHED.test(name)).map(absolute).filter((url) => url !== INDEX));

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(
    // A host's HTTP cache may hold an older index.html: the copy kept must match these assets.
    FILES.map((name) => new Request(name, { cache: HASHED.test(name) ? 'default' : 'no-cache' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((names) => Promise.all(names
    .filter((name) => name.startsWith('cofinix-') && name !== CACHE)
    .map((name) => caches.delete(name)))));
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  // Only this site's own GETs: Jitsi, JaaS and a token URL go to the network untouched.
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Any page of the site (#/COF-… routes and queries included) is index.html when offline.
    // The cached copy is never replaced from here: it must keep matching this version's assets.
    event.respondWith(networkFirst(event, INDEX, false));
  } else if (EDITABLE.has(request.url)) {
    event.respondWith(networkFirst(event, request.url, true));
  } else if (ASSETS.has(request.url)) {
    event.respondWith(cached(request.url).then((found) => found || fetch(request)));
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
