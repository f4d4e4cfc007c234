// The page around the app, as shell/boot.js set it up: what boot.js fetched before main()
// ran (the font and config.json, in `cofxBoot`), the fatal box, and the site as an
// installed app: whether the browser has a network, and a new version that boot.js's
// service worker has installed (`cofxBoot.updateReady`, the 'cofx-update-ready' event,
// `cofxBoot.applyUpdate()`), told to the app as events.
mergeInto(LibraryManager.library, {
  // The page's own words in the interface's language (boot.js holds the catalogue); the
  // catalogue build extracts cofxTr('…') calls. "{name}" placeholders are filled by the caller.
  $cofxTr: function (english) {
    var boot = window['cofxBoot'];
    return boot && boot['tr'] ? boot['tr'](english) : english;
  },

  // The interface language boot.js loaded ("en", "ms", "zh-CN"...), and its catalogue's bytes
  // (malloc'd, C++ frees them; 0 for English), handed over once per load.
  cofx_js_language__deps: ['$cofxTakeString'],
  cofx_js_language: function () {
    var boot = window['cofxBoot'];
    return cofxTakeString((boot && boot['language']) || 'en');
  },
  cofx_js_take_catalogue__deps: ['malloc'],
  cofx_js_take_catalogue: function (lengthPtr) {
    var boot = window['cofxBoot'];
    var bytes = boot && boot['catalogue'];
    HEAP32[lengthPtr >> 2] = 0;
    if (!bytes || !bytes.length) return 0;
    var ptr = _malloc(bytes.length);
    HEAPU8.set(bytes, ptr);
    HEAP32[lengthPtr >> 2] = bytes.length;
    boot['catalogue'] = null;
    return ptr;
  },
  // Fetches a language's catalogue; a "language" event {tag, ok} follows (the bytes then wait
  // in cofx_js_take_catalogue). The browser's own choice is asked for with tag "".
  cofx_js_load_language__deps: ['$cofxPostEvent'],
  cofx_js_load_language: function (tagPtr) {
    var boot = window['cofxBoot'];
    var tag = UTF8ToString(tagPtr) || (boot && boot['browserLanguage'] ? boot['browserLanguage']() : 'en');
    var loaded = boot && boot['loadLanguage'] ? boot['loadLanguage'](tag) : Promise.resolve(tag === 'en');
    loaded.then(function (ok) { cofxPostEvent({ 'type': 'language', 'tag': tag, 'ok': ok }); });
  },

  // The font's bytes, malloc'd (C++ frees them), or 0; handed over once.
  cofx_js_take_font__deps: ['malloc'],
  cofx_js_take_font: function (lengthPtr) {
    var boot = window['cofxBoot'];
    var font = boot && boot['font'];
    if (!font || !font.length) return 0;
    var ptr = _malloc(font.length);
    HEAPU8.set(font, ptr);
    HEAP32[lengthPtr >> 2] = font.length;
    boot['font'] = null;
    return ptr;
  },

  cofx_js_take_config__deps: ['$cofxTakeString'],
  cofx_js_take_config: function () {
    var boot = window['cofxBoot'];
    var text = boot && boot['config'];
    return typeof text === 'string' ? cofxTakeString(text) : 0;
  },

  // The sentence, and the way into a meeting without the lobby (shell/boot.js, showFatal).
  cofx_js_fatal: function (message) {
    var boot = window['cofxBoot'];
    if (boot && boot['showFatal']) boot['showFatal'](UTF8ToString(message), true);
  },

  cofx_js_is_online: function () { return navigator.onLine === false ? 0 : 1; },
  cofx_js_page_visible: function () { return document.visibilityState === 'hidden' ? 0 : 1; },

  cofx_js_watch_site__deps: ['$cofxPostEvent'],
  cofx_js_watch_site: function () {
    var connectivity = function (online) {
      return function () { cofxPostEvent({ 'type': 'connectivity', 'online': online }); };
    };
    window.addEventListener('online', connectivity(true));
    window.addEventListener('offline', connectivity(false));
    var updateReady = function () { cofxPostEvent({ 'type': 'update-ready' }); };
    window.addEventListener('cofx-update-ready', updateReady);
    var boot = window['cofxBoot'];
    if (boot && boot['updateReady']) updateReady();
  },

  cofx_js_apply_update: function () {
    var boot = window['cofxBoot'];
    if (boot && boot['applyUpdate']) boot['applyUpdate']();
    else location.reload();
  },
});
