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
// - A host's own files (checklists/index.json and its checklists, the
//   consortium's config.json with its logo and checklists) are fetched from
//   the network first, so a change shows at the next load, and kept for
//   offline. Installing also keeps config.json and what it names, when there
//   is one: a new version works offline from its first start.
// - Audits are not here: they live in IndexedDB (storage.js) and survive updates.
'use strict';

const BUILD = '__WA_BUILD__';
const SHELL = [/*__WA_SHELL__*/];
const CACHE = 'welcome-audit-' + BUILD;
// Every .json file (config.json, checklists anywhere beside the page) and pictures (a logo).
const HOST_FILES = /\.(json|png|jpe?g|gif|webp|svg)$/i;
const NETWORK_WAIT_MS = 4000;  // then the kept copy: a Wi-Fi that hangs is no Wi-Fi

// config.json is optional: kept when there is one, with the files it names (best effort).
async function keepConfig(cache) {
  try {
    const r = await fetch('config.json', { cache: 'no-cache' });
    if (!r.ok || /text\/html/.test(r.headers.get('content-type') || '')) return;
    await cache.put('config.json', r.clone());
    const config = await r.json();
    const named = [...(Array.isArray(config.checklists) ? config.checklists : [])];
    if (config.logo && typeof config.logo.src === 'string' && !config.logo.src.startsWith('data:')) named.push(config.logo.src);
    await Promise.all(named.filter((u) => typeof u === 'string').map((u) => cache.add(new Request(u, { cache: 'no-cache' })).catch(() => {})));
  } catch (e) { /* no config: nothing to keep */ }
}

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then(async (cache) => {
    await cache.addAll(['./', ...SHELL].map((u) => new Request(u, { cache: 'no-cache' })));
    await keepConfig(cache);
  }));
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
  const fromNetwork = fetch(request, { cache: 'no-cache' }).then((response) => {
    if (response.ok) cache.put(request, response.clone());
    return response;
  });
  fromNetwork.catch(() => {});  // answered below when no copy is kept
  const late = new Promise((resolve) => setTimeout(() => resolve(null), NETWORK_WAIT_MS));
  try {
    const response = await Promise.race([fromNetwork, late]);
    if (response) return response;
  } catch (e) { /* no network: the kept copy */ }
  const hit = await cache.match(request, { ignoreSearch: true });
  // No network and no copy (an optional config.json that never existed): "not
  // found", which the page takes calmly, rather than a failed request.
  return hit || (await fromNetwork.catch(() => null)) || new Response('', { status: 404, statusText: 'Not kept for offline use' });
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  // A page load ("/", "/index.html", "/?x") is always the cached page.
  const hit = request.mode === 'navigate'
    ? await cache.match('./')
    : await cache.match(request, { ignoreSearch: true });
  if (hit) return hit;
  const response = await fetch(request);
  // A language's files (lang/, issue 25) are fetched only when that language is
  // used, so they are not in the shell: kept the first time this worker sees
  // them, for the next start without a network.
  if (response.ok && /\/lang\/[^/]+\.json$/.test(new URL(request.url).pathname)) cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (new URL(request.url).pathname.endsWith('/sw.js')) return;
  event.respondWith(HOST_FILES.test(new URL(request.url).pathname) ? networkFirst(request) : cacheFirst(request));
});
