// window.cofx: what the page publishes about itself for the browser tests and the benchmark
// (tests/browser/README.md lists it): frames drawn, the widgets (mirror.js), the app's state
// snapshot (a getter: built when read), start-up phases and frame times. Nothing in the app reads it back, except
// text_input.js, which finds the text field under a tap in the published widgets.
mergeInto(LibraryManager.library, {
  $CofxPublished: {
    get: function () {
      if (window['cofx']) return window['cofx'];
      var cofx = { 'frames': 0, 'widgets': {} };
      // The app's state for tests (app/test_snapshot.h): built in C++ only when read, and
      // again only after an event or a frame (tests poll it).
      var kept = { revision: -1, state: {} };
      Object.defineProperty(cofx, 'state', {
        'enumerable': true,
        'get': function () {
          var revision = _cofx_snapshot_revision();
          if (revision !== kept.revision) {
            var text = _cofx_snapshot();
            kept = { revision: revision, state: text ? JSON.parse(UTF8ToString(text)) : {} };
          }
          return kept.state;
        },
      });
      window['cofx'] = cofx;
      return cofx;
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

  // How the canvas is drawn: "webgl2", "webgl1" or "cpu" (main.cpp chose it at start-up).
  cofx_js_set_drawing__deps: ['$CofxPublished'],
  cofx_js_set_drawing: function (path) {
    var name = UTF8ToString(path);
    CofxPublished.get()['drawing'] = name;
    document.body.dataset['drawing'] = name;
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

});
