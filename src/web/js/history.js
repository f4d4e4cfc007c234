// Hash routes (#/COF-AB12CD34) with the History API, so they work on any static host.
mergeInto(LibraryManager.library, {
  // Back/Forward and typed URLs reach the app as 'route' events.
  cofx_js_watch_route__deps: ['$cofxPostEvent'],
  cofx_js_watch_route: function () {
    var onRoute = function () { cofxPostEvent({ 'type': 'route', 'hash': location.hash }); };
    window.addEventListener('hashchange', onRoute);
    window.addEventListener('popstate', onRoute);
  },

  cofx_js_location_hash__deps: ['$cofxTakeString'],
  cofx_js_location_hash: function () { return cofxTakeString(location.hash); },

  cofx_js_site_url__deps: ['$cofxTakeString'],
  cofx_js_site_url: function () { return cofxTakeString(location.href.split('#')[0]); },

  // scripts/build names the site's copy of Jitsi's iframe API in index.html.
  cofx_js_bundled_iframe_api__deps: ['$cofxTakeString'],
  cofx_js_bundled_iframe_api: function () {
    var meta = document.querySelector('meta[name="cofinix:iframe-api"]');
    return cofxTakeString((meta && meta.getAttribute('content')) || 'external_api.js');
  },

  // pushState/replaceState fire no hashchange, so the app only hears of back/forward and typed URLs.
  cofx_js_set_hash: function (hashPtr, push) {
    var hash = UTF8ToString(hashPtr);
    if (location.hash === hash || (hash === '#/' && location.hash === '')) return;
    var url = location.href.split('#')[0] + hash;
    if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
  },
});
