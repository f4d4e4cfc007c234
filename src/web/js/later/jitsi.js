// The Jitsi bridge: loads the deployment's external_api.js on first use (or warms it up from
// the pre-join room, with a preconnect to the deployment), creates JitsiMeetExternalAPI in
// <div id="meeting"> with options built in C++, and turns its events into app events. Every
// call bumps a generation, so a script that finishes loading after the person cancelled
// opens nothing.
mergeInto(LibraryManager.library, {
  $CofxJitsi__deps: ['$cofxPostEvent', '$cofxTr'],
  $CofxJitsi: {
    api: null,
    generation: 0,
    loads: {},   // script URL -> Promise while loading or once loaded
    loaded: {},  // script URL -> true once it defined JitsiMeetExternalAPI
    attempts: 0,
    warmed: {},  // origins preconnected and scripts fetched before Join (warm)

    // How long a deployment's script may take to arrive. No test hook reads a page global
    // here: the release build is what the browser tests run, and they shorten this one wait
    // from outside (lobby.test.mjs swaps the page's setTimeout delay of exactly this value).
    SCRIPT_TIMEOUT_MS: 15000,

    // Events the app reads through core/jitsi_event.h, forwarded as {"type":"jitsi",name,data}.
    // What they mean (a leave that is really a reload, security confirmed) is decided in C++.
    forwarded: ['videoConferenceJoined', 'videoConferenceLeft', 'readyToClose', 'participantJoined',
                'participantLeft', 'participantRoleChanged', 'participantKickedOut', 'passwordRequired',
                'errorOccurred', 'browserSupport', 'cameraError', 'micError', 'recordingStatusChanged',
                'notificationTriggered', 'knockingParticipant', 'displayNameChange', 'raiseHandUpdated',
                'participantMuted'],

    loadScript: function (url) {
      if (CofxJitsi.loads[url]) return CofxJitsi.loads[url];
      var promise = new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        var settled = false;
        var finish = function (error) {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          document.removeEventListener('securitypolicyviolation', blocked);
          if (!error && typeof window.JitsiMeetExternalAPI !== 'function') {
            error = 'the script loaded but did not define JitsiMeetExternalAPI';
          }
          if (error) {
            script.remove();
            delete CofxJitsi.loads[url];  // Retry starts a fresh download
            reject(error);
          } else {
            CofxJitsi.loaded[url] = true;
            resolve();
          }
        };
        var timer = setTimeout(function () {
          finish('no answer after ' + Math.round(CofxJitsi.SCRIPT_TIMEOUT_MS / 1000) + ' s');
        }, CofxJitsi.SCRIPT_TIMEOUT_MS);
        // The browser reports the URL it refused, query included (?attempt=N after a retry).
        var blocked = function (event) {
          if (event.blockedURI && (script.src === event.blockedURI || script.src.indexOf(event.blockedURI) === 0)) {
            finish("this site's Content-Security-Policy does not allow scripts from " + event.blockedURI);
          }
        };
        document.addEventListener('securitypolicyviolation', blocked);
        script.onload = function () { finish(null); };
        script.onerror = function () { finish('the script could not be downloaded'); };
        script.async = true;
        // A retry needs a fresh URL: Chromium would otherwise attach the new tag to a request still hanging.
        var retry = CofxJitsi.attempts++ > 0 ? '?attempt=' + CofxJitsi.attempts : '';
        script.src = url + retry;
        document.head.appendChild(script);
      });
      CofxJitsi.loads[url] = promise;
      return promise;
    },

    listen: function (api, generation) {
      var current = function () { return generation === CofxJitsi.generation; };
      CofxJitsi.forwarded.forEach(function (name) {
        api.addListener(name, function (data) {
          if (!current()) return;
          var event = { type: 'jitsi', name: name, data: {} };
          try { event.data = JSON.parse(JSON.stringify(data || {})); } catch (e) { event.data = {}; }
          cofxPostEvent(event);
        });
      });
    },

    // The meeting's iframe refused by this site's CSP: say so instead of showing a broken frame.
    watchFrameBlocks: function () {
      if (CofxJitsi.watchingFrames) return;
      CofxJitsi.watchingFrames = true;
      document.addEventListener('securitypolicyviolation', function (event) {
        if (!CofxJitsi.api || !/^(frame-src|child-src)/.test(event.effectiveDirective || '')) return;
        CofxJitsi.dispose();
        cofxPostEvent({ type: 'script-load-failed',
                        reason: "this site's Content-Security-Policy does not allow meetings from " + event.blockedURI });
      });
    },

    open: function (domain, options, generation) {
      var container = document.getElementById(options.parentNode);
      container.replaceChildren();
      options.parentNode = container;
      CofxJitsi.watchFrameBlocks();
      var api = new window.JitsiMeetExternalAPI(domain, options);
      // Screen readers name a frame by its title; Jitsi's iframe API sets none.
      var frame = api.getIFrame && api.getIFrame();
      if (frame) frame.title = cofxTr('Meeting {code} (Jitsi Meet)').split('{code}').join(options.roomName || '');
      CofxJitsi.api = api;
      CofxJitsi.listen(api, generation);
      container.hidden = false;
      cofxPostEvent({ type: 'meeting-opened' });
    },

    // Before the person presses Join: open the connection and fetch the script. Failures stay
    // quiet; the real open retries and reports.
    warm: function (scriptUrl, origin) {
      if (/^https:\/\//.test(origin) && !CofxJitsi.warmed[origin]) {
        CofxJitsi.warmed[origin] = true;
        var link = document.createElement('link');
        link.rel = 'preconnect';
        link.href = origin;
        link.setAttribute('crossorigin', '');
        document.head.appendChild(link);
      }
      if (scriptUrl && !CofxJitsi.warmed[' script ' + scriptUrl]) {
        CofxJitsi.warmed[' script ' + scriptUrl] = true;
        CofxJitsi.loadScript(scriptUrl).catch(function () {});
      }
    },

    dispose: function () {
      var api = CofxJitsi.api;
      CofxJitsi.api = null;
      if (api) {
        try { api.dispose(); } catch (e) { /* a half-built iframe may throw; the div is emptied below */ }
      }
      var container = document.getElementById('meeting');
      if (container) { container.replaceChildren(); container.hidden = true; }
    },
  },

  cofx_js_jitsi_open__deps: ['$CofxJitsi', '$cofxPostEvent', '$cofxTr'],
  cofx_js_jitsi_open: function (scriptUrlPtr, domainPtr, optionsPtr) {
    var scriptUrl = UTF8ToString(scriptUrlPtr);
    var domain = UTF8ToString(domainPtr);
    var options = JSON.parse(UTF8ToString(optionsPtr));
    var generation = ++CofxJitsi.generation;
    CofxJitsi.dispose();
    var start = function () {
      if (generation !== CofxJitsi.generation) return;
      try {
        CofxJitsi.open(domain, options, generation);
      } catch (e) {
        CofxJitsi.dispose();
        cofxPostEvent({ type: 'script-load-failed', reason: cofxTr('Jitsi Meet could not start: {error}').split('{error}').join(String(e && e.message || e)) });
      }
    };
    // Warmed up in the pre-join room: the iframe goes in now, inside the person's click frame.
    if (CofxJitsi.loaded[scriptUrl] && typeof window.JitsiMeetExternalAPI === 'function') {
      start();
      return;
    }
    CofxJitsi.loadScript(scriptUrl).then(start, function (reason) {
      if (generation === CofxJitsi.generation) cofxPostEvent({ type: 'script-load-failed', reason: String(reason) });
    });
  },

  cofx_js_jitsi_command__deps: ['$CofxJitsi'],
  // api.executeCommand(name, ...arguments): the arguments typed in C++ (core/meeting/jitsi_command.h).
  cofx_js_jitsi_command: function (namePtr, argumentsPtr) {
    var api = CofxJitsi.api;
    if (!api) return;
    var args;
    try { args = JSON.parse(UTF8ToString(argumentsPtr)); } catch (e) { return; }
    if (!Array.isArray(args)) return;
    api.executeCommand.apply(api, [UTF8ToString(namePtr)].concat(args));
  },

  // The pre-join room warms the way: a connection to the deployment and its script.
  cofx_js_warm_meeting__deps: ['$CofxJitsi'],
  cofx_js_warm_meeting: function (scriptUrlPtr, originPtr) {
    CofxJitsi.warm(UTF8ToString(scriptUrlPtr), UTF8ToString(originPtr));
  },

  cofx_js_jitsi_close__deps: ['$CofxJitsi'],
  cofx_js_jitsi_close: function () {
    ++CofxJitsi.generation;
    CofxJitsi.dispose();
  },
});
