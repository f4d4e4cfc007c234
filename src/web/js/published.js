// window.cofx: what the page publishes about itself for the browser tests and the benchmark
// (tests/browser/README.md lists it): frames drawn, the widgets (mirror.js), the app's state
// snapshot, start-up phases and frame times. Nothing in the app reads it back, except
// text_input.js, which finds the text field under a tap in the published widgets.
mergeInto(LibraryManager.library, {
  $CofxPublished: {
    get: function () {
      if (!window['cofx']) window['cofx'] = { 'frames': 0, 'widgets': {}, 'state': {} };
      return window['cofx'];
    },

    // Keeps the latest 240 values of a series (frame times, the mirror's DOM work).
    sample: function (key, ms) {
      var cofx = CofxPublished.get();
      var recent = cofx[key] || (cofx[key] = []);
      if (recent.push(ms) > 240) recent.shift();
    },

    // main() has run: the wasm and the font are in; memory can be asked for.
    mainDone: function () {
      var cofx = CofxPublished.get();
      cofx['mainAt'] = performance.now();
      cofx['memory'] = function () {
        return { 'wasmBytes': HEAP8.length, 'heapInUseBytes': _cofx_heap_in_use() };
      };
    },
  },

  // Start-up phases for the benchmark's breakdown (tests/bench/bench.mjs): the first time each
  // is reached, as performance.now() in window.cofx.startup and as a performance mark
  // "cofx:<phase>" (a profiler shows them). "script" is when this file runs; main.cpp notes
  // the rest. A handful of calls per page load.
  $CofxStartup__deps: ['$CofxPublished'],
  $CofxStartup__postset: 'CofxStartup.mark("script");',
  $CofxStartup: {
    mark: function (phase) {
      var cofx = CofxPublished.get();
      var startup = cofx['startup'] || (cofx['startup'] = {});
      if (phase in startup) return;
      startup[phase] = performance.now();
      if (performance.mark) performance.mark('cofx:' + phase);
    },
  },

  cofx_js_startup_mark__deps: ['$CofxStartup'],
  cofx_js_startup_mark: function (phase) { CofxStartup.mark(UTF8ToString(phase)); },

  // The app's state snapshot, for tests only (screen readers hear cofx_js_announce).
  cofx_js_publish_state__deps: ['$CofxPublished'],
  cofx_js_publish_state: function (json) {
    CofxPublished.get()['state'] = JSON.parse(UTF8ToString(json));
  },
});
