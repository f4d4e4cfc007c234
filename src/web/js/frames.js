// Render on demand: a frame is drawn only when something asks for one (input, resize,
// a change of devicePixelRatio, an event from Jitsi, the app's tick), plus a few more
// so ImGui can settle hover and release states. Also publishes window.cofx for tests,
// the benchmark and the screen-reader announcer.
mergeInto(LibraryManager.library, {
  $CofxFrames: {
    pending: false,
    owed: 0,               // frames still to draw after the last wake-up
    settleFrames: 3,
    lobbyVisible: true,
    tickMs: 0,
    tickTimer: 0,
    schedule: function () {
      if (CofxFrames.pending) return;
      CofxFrames.pending = true;
      requestAnimationFrame(function () {
        CofxFrames.pending = false;
        var start = performance.now();
        _cofx_frame();
        CofxFrames.timed(performance.now() - start);
        if (--CofxFrames.owed > 0) CofxFrames.schedule();
        else CofxFrames.exposed()['idleAt'] = CofxFrames.exposed()['idleAt'] || performance.now();
      });
    },
    wake: function () {
      CofxFrames.owed = Math.max(CofxFrames.owed, CofxFrames.settleFrames);
      CofxFrames.schedule();
    },
    // One frame (a clock, or the app asking to draw once more): nothing needs settling.
    tick: function () {
      CofxFrames.owed = Math.max(CofxFrames.owed, 1);
      CofxFrames.schedule();
    },
    // CPU time of the latest frames, for the benchmark.
    timed: function (ms) {
      var cofx = CofxFrames.exposed();
      var recent = cofx['recentFrameMs'] || (cofx['recentFrameMs'] = []);
      if (recent.push(ms) > 240) recent.shift();
      cofx['lastFrameMs'] = ms;
    },
    exposed: function () {
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
    // Browser zoom and moving to another screen change devicePixelRatio, often with no
    // resize; a media query for the current ratio reports the change once, so re-arm it.
    watchPixelRatio: function () {
      if (!window.matchMedia) return;
      var query = window.matchMedia('(resolution: ' + window.devicePixelRatio + 'dppx)');
      var changed = function () {
        if (query.removeEventListener) query.removeEventListener('change', changed);
        else query.removeListener(changed);
        CofxFrames.wake();
        CofxFrames.watchPixelRatio();
      };
      if (query.addEventListener) query.addEventListener('change', changed);
      else query.addListener(changed);
    },
  },

  // Start-up phases for the benchmark's breakdown (tests/bench/bench.mjs): the first time each
  // is reached, as performance.now() in window.cofx.startup and as a performance mark
  // "cofx:<phase>" (a profiler shows them). "script" is when this file runs; main.cpp notes
  // the rest. A handful of calls per page load.
  $CofxStartup__deps: ['$CofxFrames'],
  $CofxStartup__postset: 'CofxStartup.mark("script");',
  $CofxStartup: {
    mark: function (phase) {
      var startup = CofxFrames.exposed()['startup'] || (CofxFrames.exposed()['startup'] = {});
      if (phase in startup) return;
      startup[phase] = performance.now();
      if (performance.mark) performance.mark('cofx:' + phase);
    },
  },

  cofx_js_startup_mark__deps: ['$CofxStartup'],
  cofx_js_startup_mark: function (phase) { CofxStartup.mark(UTF8ToString(phase)); },

  $cofxTakeString__deps: ['malloc'],
  $cofxTakeString: function (text) {
    var size = lengthBytesUTF8(text) + 1;
    var ptr = _malloc(size);
    stringToUTF8(text, ptr, size);
    return ptr;
  },

  // The one door from JS into C++ for platform events: JSON, queued, and handled by
  // cofx_drain_events() from a message-channel task: soon, and also in a hidden tab,
  // where requestAnimationFrame never runs.
  $cofxPostEvent__deps: ['$cofxTakeString', 'free'],
  $cofxPostEvent: function (event) {
    var ptr = cofxTakeString(JSON.stringify(event));
    _cofx_post_event(ptr);
    _free(ptr);
  },

  $CofxDrain: {
    channel: null,
    pending: false,
  },

  cofx_js_schedule_drain__deps: ['$CofxDrain'],
  cofx_js_schedule_drain: function () {
    if (CofxDrain.pending) return;
    CofxDrain.pending = true;
    if (!CofxDrain.channel) {
      CofxDrain.channel = new MessageChannel();
      CofxDrain.channel.port1.onmessage = function () {
        CofxDrain.pending = false;
        _cofx_drain_events();
      };
    }
    CofxDrain.channel.port2.postMessage(0);
  },

  cofx_js_announce: function (text) {
    var live = document.getElementById('announcer');
    if (live) live.textContent = UTF8ToString(text);
  },

  cofx_js_install_wakeups__deps: ['$CofxFrames', '$cofxPostEvent'],
  cofx_js_install_wakeups: function () {
    var wake = CofxFrames.wake;
    ['pointerdown', 'pointerup', 'pointermove', 'mousedown', 'mouseup', 'mousemove', 'wheel',
     'keydown', 'keyup', 'touchstart', 'touchmove', 'touchend', 'focus', 'blur', 'resize']
      .forEach(function (type) { window.addEventListener(type, wake, { capture: true, passive: true }); });
    if (window.ResizeObserver) {
      // Observing reports the current size once: only a change of it needs frames.
      var canvas = Module['canvas'];
      var seen = canvas.getBoundingClientRect();
      new ResizeObserver(function () {
        var box = canvas.getBoundingClientRect();
        if (box.width === seen.width && box.height === seen.height) return;
        seen = box;
        wake();
      }).observe(canvas);
    }
    CofxFrames.watchPixelRatio();
    var onRoute = function () { cofxPostEvent({ 'type': 'route', 'hash': location.hash }); };
    window.addEventListener('hashchange', onRoute);
    window.addEventListener('popstate', onRoute);
    var cofx = CofxFrames.exposed();
    cofx['mainAt'] = performance.now();  // main() has run: the wasm and the font are in
    cofx['memory'] = function () {
      return { 'wasmBytes': HEAP8.length, 'heapInUseBytes': _cofx_heap_in_use() };
    };
  },

  cofx_js_request_frame__deps: ['$CofxFrames'],
  cofx_js_request_frame: function () { CofxFrames.wake(); },

  // The app's own "draw once more" (a layout that moved, input still queued): one frame.
  cofx_js_request_next_frame__deps: ['$CofxFrames'],
  cofx_js_request_next_frame: function () { CofxFrames.tick(); },

  // A timer the app asked for: it arrives as a 'wake' event (drained without frames).
  cofx_js_wake_after__deps: ['$cofxPostEvent'],
  cofx_js_wake_after: function (delayMs) {
    setTimeout(function () { cofxPostEvent({ 'type': 'wake' }); }, delayMs);
  },

  cofx_js_set_lobby_visible__deps: ['$CofxFrames'],
  cofx_js_set_lobby_visible: function (visible) {
    visible = !!visible;
    if (CofxFrames.lobbyVisible === visible) return;
    CofxFrames.lobbyVisible = visible;
    document.body.dataset['view'] = visible ? 'lobby' : 'meeting';
    if (visible) CofxFrames.wake();
  },

  // Hidden pages draw nothing anyway (no requestAnimationFrame), so the timer may run on.
  cofx_js_set_tick__deps: ['$CofxFrames'],
  cofx_js_set_tick: function (intervalMs) {
    if (intervalMs === CofxFrames.tickMs) return;
    CofxFrames.tickMs = intervalMs;
    clearInterval(CofxFrames.tickTimer);
    CofxFrames.tickTimer = intervalMs > 0 ? setInterval(CofxFrames.tick, intervalMs) : 0;
  },

  cofx_js_frame_rendered__deps: ['$CofxFrames'],
  cofx_js_frame_rendered: function (count) {
    var cofx = CofxFrames.exposed();
    cofx['frames'] = count;
    if (count === 1) {
      cofx['firstFrameAt'] = performance.now();
      document.body.dataset['ready'] = 'true';
    }
  },

  // Rectangles arrive in canvas pixels; tests aim in CSS pixels of the viewport.
  cofx_js_publish_widgets__deps: ['$CofxFrames', '$CofxMirror'],
  cofx_js_publish_widgets: function (json, pixelRatio) {
    var canvas = Module['canvas'];
    var box = canvas.getBoundingClientRect();
    var scale = canvas.width > 0 ? box.width / canvas.width : 1 / pixelRatio;
    var published = JSON.parse(UTF8ToString(json));
    var rects = published['widgets'];
    var out = {};
    Object.keys(rects).forEach(function (name) {
      var r = rects[name];
      out[name] = { 'x': box.left + r[0] * scale, 'y': box.top + r[1] * scale, 'w': r[2] * scale,
                    'h': r[3] * scale, 'textField': (r[4] & 1) !== 0, 'states': r[4], 'role': r[5],
                    'label': r[6], 'description': r[7], 'value': r[8], 'group': r[9] };
    });
    var groups = {};
    Object.keys(published['groups']).forEach(function (key) {
      var g = published['groups'][key];
      groups[key] = { 'role': g[0], 'label': g[1], 'parent': g[2] };
    });
    var cofx = CofxFrames.exposed();
    cofx['widgets'] = out;
    cofx['widgetsChangedAt'] = performance.now();  // called only when a widget changed
    var started = performance.now();
    CofxMirror.update(out, groups);
    // The mirror's DOM work, for the benchmark (it is part of that frame's time).
    var mirrorMs = cofx['recentMirrorMs'] || (cofx['recentMirrorMs'] = []);
    if (mirrorMs.push(performance.now() - started) > 240) mirrorMs.shift();
  },

  cofx_js_fatal: function (message) {
    var box = document.getElementById('fatal');
    if (box) { box.textContent = UTF8ToString(message); box.hidden = false; }
    document.body.dataset['view'] = 'fatal';
  },

  // shell/boot.js fetched the font and config.json before main() ran.
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
});
