// The service worker: keeps the app in the browser's cache so that a hosted
// page reloads and works with no network (a branch's Wi-Fi drops).
//
// - Installing caches the app shell: the page, its scripts, the program
//   (.js + .wasm), the style, the shipped checklists. scripts/make_pages.py
//   writes BUILD (a fingerprint of those files) and the list of files, so
//   every new build is a new worker and a new cache.
// - An update never interrupts work: the new worker installs beside the old
//   one and waits (no skipWaiting). It takes over when every tab of the page
//   has been closed, i.e. at the next start; meanwhile pwa.js says one is waiting.
// - URLs are relative to this file, so a page hosted in a sub-folder works.
// - A host's own files (checklists/index.json and its checklists) are fetched
//   from the network first, so changes show at once, and kept for offline.
// - Audits are not here: they live in IndexedDB (storage.js) and survive updates.
'use strict';

const BUILD = '__WA_BUILD__';
const SHELL = [/*__WA_SHELL__*/];
const CACHE = 'welcome-audit-' + BUILD;
const HOST_FILES = /\/checklists\/[^/]+\.json$/;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) =>
    cache.addAll(['./', ...SHELL].map((u) => new Request(u, { cache: 'no-cache' })))));
});

self.addEventListener('activate', (event) => {
  // Older versions' caches go once this one is in charge (no page uses them any more).
  event.waitUntil(caches.keys().then((keys) =>
    Promise.all(keys.filter((k) => k.startsWith('welcome-audit-') && k !== CACHE).map((k) => caches.delete(k)))));
});

self.addEventListener('message', (event) => {
  if (event.data === 'version' && event.source) event.source.postMessage({ type: 'sw-version', build: BUILD });
});

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request, { cache: 'no-cache' });
    if (response.ok) cache.put(request, response.clone());
    return response;
  } catch (e) {
    const hit = await cache.match(request, { ignoreSearch: true });
    if (hit) return hit;
    throw e;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  // A page load ("/", "/index.html", "/?x") is always the cached page.
  const hit = request.mode === 'navigate'
    ? await cache.match('./')
    : await cache.match(request, { ignoreSearch: true });
  return hit || fetch(request);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (new URL(request.url).pathname.endsWith('/sw.js')) return;
  event.respondWith(HOST_FILES.test(new URL(request.url).pathname) ? networkFirst(request) : cacheFirst(request));
});
