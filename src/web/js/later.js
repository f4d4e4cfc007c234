// The part of the page's JS the lobby's first frame doesn't need (src/web/js/later/: the
// pre-join preview, the speaker test, the Jitsi bridge, files), built into its own script,
// later.<hash>.js (scripts/lib/later-part.mjs), named by <meta name="cofinix:later">. It is
// asked for when the page is idle after the first frame, or at once by the first call that
// needs it. Until it has run, those calls wait here in order, their strings copied out of
// the WASM memory; once it has, they go straight through. Every function in it returns
// nothing (the generator refuses any other), so a call can always wait. If it can't be
// loaded, it is asked for again every RETRY_MS while calls wait, and a meeting waiting for it
// ends as when Jitsi's own script fails: with the reason, and Retry.
mergeInto(LibraryManager.library, {
  $CofxLater__deps: ['$cofxTakeString', '$cofxPostEvent', 'free'],
  $CofxLater: {
    part: null,       // name -> function, once later.js has run (CofxLater.arrived)
    waiting: [],      // calls made before: {name, values, kinds}
    script: null,     // the <script> while it loads
    RETRY_MS: 3000,   // after a failed load, while calls wait (and at once when back online)

    // A stub's call (the generated stubs library): `kinds` has an 's' for each argument that
    // is a C string.
    call: function (name, args, kinds) {
      if (CofxLater.part) return CofxLater.part[name].apply(null, args);
      var values = [];
      for (var i = 0; i < args.length; i++) {
        values.push(kinds.charAt(i) === 's' && args[i] ? UTF8ToString(args[i]) : args[i]);
      }
      CofxLater.waiting.push({ name: name, values: values, kinds: kinds });
      CofxLater.load();
    },

    load: function () {
      if (CofxLater.part || CofxLater.script) return;
      var meta = document.querySelector('meta[name="cofinix:later"]');
      var script = document.createElement('script');
      script.src = (meta && meta.getAttribute('content')) || 'later.js';
      script.onerror = function () {
        script.remove();
        CofxLater.script = null;
        CofxLater.failMeeting(script.src);
        if (!CofxLater.waiting.length) return;  // asked for when idle: the first call asks again
        setTimeout(CofxLater.load, CofxLater.RETRY_MS);
        window.addEventListener('online', CofxLater.load, { once: true });
      };
      CofxLater.script = script;
      document.head.appendChild(script);
    },

    // A meeting that waits for the part (and its commands) is given up, as a failed script.
    failMeeting: function (url) {
      var meeting = /^cofx_js_jitsi_/;
      if (!CofxLater.waiting.some(function (call) { return call.name === 'cofx_js_jitsi_open'; })) return;
      CofxLater.waiting = CofxLater.waiting.filter(function (call) { return !meeting.test(call.name); });
      cofxPostEvent({ type: 'script-load-failed', reason: "this site's " + url + ' could not be loaded' });
    },

    // After the first frame, once the browser has nothing else to do.
    loadWhenIdle: function () {
      CofxLater.whenIdle(CofxLater.load);
    },

    whenIdle: function (then) {
      var idle = function () {
        if (window.requestIdleCallback) window.requestIdleCallback(then, { timeout: 5000 });
        else setTimeout(then, 1000);
      };
      if (document.readyState === 'complete') idle();
      else window.addEventListener('load', idle, { once: true });
    },

    // later.js has run: the calls that waited go first, with their strings back in memory.
    arrived: function (part) {
      CofxLater.part = part;
      CofxLater.script = null;
      var waiting = CofxLater.waiting;
      CofxLater.waiting = [];
      waiting.forEach(function (call) {
        var owned = [];
        var args = call.values.map(function (value, i) {
          if (call.kinds.charAt(i) !== 's' || typeof value !== 'string') return value;
          var pointer = cofxTakeString(value);
          owned.push(pointer);
          return pointer;
        });
        try {
          part[call.name].apply(null, args);
        } finally {
          owned.forEach(function (pointer) { _free(pointer); });
        }
      });
    },
  },

  cofx_js_load_later_when_idle__deps: ['$CofxLater'],
  cofx_js_load_later_when_idle: function () { CofxLater.loadWhenIdle(); },

  // Once the page has loaded and the browser is idle, fetch the site's copy of the iframe API
  // into the cache, so the first meeting does not wait for it.
  cofx_js_prefetch_when_idle__deps: ['$CofxLater'],
  cofx_js_prefetch_when_idle: function (urlPtr) {
    var url = UTF8ToString(urlPtr);
    var prefetch = function () {
      var link = document.createElement('link');
      link.rel = 'prefetch';
      link.as = 'script';
      link.href = url;
      document.head.appendChild(link);
    };
    CofxLater.whenIdle(prefetch);
  },
});
