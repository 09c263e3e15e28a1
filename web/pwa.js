// Offline after the first visit: registers the service worker (sw.js) on a
// hosted page, and says when a new version is waiting. Never from file://:
// the offline single file needs no worker, and browsers refuse one there.
// An update is used at the next start (every tab of the page closed), never
// in the middle of an audit: the bar below only says so.
'use strict';

(function () {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  // #update is a live region from the start (role=status), so filling it is announced.
  const bar = document.getElementById('update');
  function waiting() {
    if (bar.firstChild) return;
    const p = document.createElement('p');
    p.textContent = 'A new version of Welcome Audit is ready. It will be used the next time you open this page, '
      + 'after every Welcome Audit tab is closed. Your audits stay as they are.';
    const ok = document.createElement('button');
    ok.type = 'button';
    ok.textContent = 'OK';
    ok.addEventListener('click', () => { bar.textContent = ''; });
    bar.append(p, ok);
  }
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('sw.js').then((reg) => {
      // A version already waiting (installed during an earlier visit), or one
      // that finishes installing now while an older one runs this page.
      if (reg.waiting && navigator.serviceWorker.controller) waiting();
      reg.addEventListener('updatefound', () => {
        const next = reg.installing;
        if (!next) return;
        next.addEventListener('statechange', () => {
          if (next.state === 'installed' && navigator.serviceWorker.controller) waiting();
        });
      });
    }).catch(() => { /* no offline copy: the page works online as before */ });
  });
})();
