// Render on demand: a frame is drawn only when something asks for one (input, resize,
// a change of devicePixelRatio, an event from Jitsi, the app's tick), plus a few more
// so ImGui can settle hover and release states. Also the timers the app asks for, and
// which view the page shows (the lobby's canvas, or the meeting).
mergeInto(LibraryManager.library, {
  $CofxFrames__deps: ['$CofxPublished', '$CofxCanvasBox'],
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
        else CofxPublished.get()['idleAt'] = CofxPublished.get()['idleAt'] || performance.now();
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
      CofxPublished.sample('recentFrameMs', ms);
      CofxPublished.get()['lastFrameMs'] = ms;
    },
    // Browser zoom and moving to another screen change devicePixelRatio, often with no
    // resize; a media query for the current ratio reports the change once, so re-arm it.
    watchPixelRatio: function () {
      if (!window.matchMedia) return;
      var query = window.matchMedia('(resolution: ' + window.devicePixelRatio + 'dppx)');
      var changed = function () {
        CofxCanvasBox.forget();
        if (query.removeEventListener) query.removeEventListener('change', changed);
        else query.removeListener(changed);
        CofxFrames.wake();
        CofxFrames.watchPixelRatio();
      };
      if (query.addEventListener) query.addEventListener('change', changed);
      else query.addListener(changed);
    },
  },

  cofx_js_install_wakeups__deps: ['$CofxFrames', '$CofxPublished'],
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
    CofxPublished.mainDone();
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

  cofx_js_set_lobby_visible__deps: ['$CofxFrames', '$CofxCanvasBox'],
  cofx_js_set_lobby_visible: function (visible) {
    visible = !!visible;
    if (CofxFrames.lobbyVisible === visible) return;
    CofxFrames.lobbyVisible = visible;
    document.body.dataset['view'] = visible ? 'lobby' : 'meeting';
    CofxCanvasBox.forget();
    if (visible) CofxFrames.wake();
  },

  // During a meeting on a phone the panel is a one-line bar; while it shows the meeting
  // link's QR code it takes the whole page (shell/style.css, body[data-panel="tall"]).
  cofx_js_set_panel_tall__deps: ['$CofxFrames', '$CofxCanvasBox'],
  cofx_js_set_panel_tall: function (tall) {
    tall = !!tall;
    if ((document.body.dataset['panel'] === 'tall') === tall) return;
    if (tall) document.body.dataset['panel'] = 'tall';
    else delete document.body.dataset['panel'];
    CofxCanvasBox.forget();
    CofxFrames.wake();
  },

  // Hidden pages draw nothing anyway (no requestAnimationFrame), so the timer may run on.
  cofx_js_set_tick__deps: ['$CofxFrames'],
  cofx_js_set_tick: function (intervalMs) {
    if (intervalMs === CofxFrames.tickMs) return;
    CofxFrames.tickMs = intervalMs;
    clearInterval(CofxFrames.tickTimer);
    CofxFrames.tickTimer = intervalMs > 0 ? setInterval(CofxFrames.tick, intervalMs) : 0;
  },

  cofx_js_frame_rendered__deps: ['$CofxPublished'],
  cofx_js_frame_rendered: function (count, appMs) {
    var cofx = CofxPublished.get();
    cofx['frames'] = count;
    CofxPublished.sample('recentAppMs', appMs);
    if (count === 1) {
      cofx['firstFrameAt'] = performance.now();
      document.body.dataset['ready'] = 'true';
    }
  },
});
