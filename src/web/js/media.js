// The pre-join room's camera and microphone preview: the camera in <video id="preview">
// over the canvas, the microphone as a level from a Web Audio analyser (never played),
// the device lists, a speaker test chime, and warming up the meeting's script. Reports
// back as 'media-state', 'media-devices', 'media-level' and 'speaker-test' events.
// Every start bumps a generation, so tracks that arrive for an older start are stopped.
mergeInto(LibraryManager.library, {
  $CofxMedia__deps: ['$cofxPostEvent', '$CofxJitsi'],
  $CofxMedia: {
    generation: 0,
    camera: 'off',           // off, starting, live, denied, missing, busy, insecure, unsupported, error
    microphone: 'off',
    details: { camera: '', microphone: '' },
    videoTrack: null,
    audioTrack: null,
    meter: null,             // { context, source, analyser, samples } while the microphone is live
    meterTimer: 0,
    meterMs: 66,
    level: 0,                // the last level posted
    listing: 0,              // enumerations in flight: only the newest one is posted
    watching: false,
    rect: null,              // [x, y, w, h] in canvas pixels, from the last place call
    wanted: false,
    shown: { left: '', top: '', width: '', height: '' },
    chime: null,
    warmed: {},

    video: function () { return document.getElementById('preview'); },

    // Error names as browsers throw them, old Chrome spellings included.
    kinds: {
      'NotAllowedError': 'denied', 'SecurityError': 'denied', 'PermissionDeniedError': 'denied',
      'NotFoundError': 'missing', 'OverconstrainedError': 'missing', 'DevicesNotFoundError': 'missing',
      'ConstraintNotSatisfiedError': 'missing',
      'NotReadableError': 'busy', 'AbortError': 'busy', 'TrackStartError': 'busy', 'SourceUnavailableError': 'busy',
    },

    classify: function (error) {
      return CofxMedia.kinds[error && error.name] || 'error';
    },

    describe: function (error) {
      if (!error) return '';
      var text = String(error.name || 'Error');
      if (error.message) text += ': ' + error.message;
      if (error.constraint) text += ' (' + error.constraint + ')';
      return text.slice(0, 160);
    },

    // Posts 'media-state' when a status or the detail changed. A reason shared by both
    // devices (an insecure page, no API) replaces the per-device details.
    post: function (shared) {
      var details = CofxMedia.details;
      var parts = [];
      if (details.camera) parts.push('camera: ' + details.camera);
      if (details.microphone) parts.push('microphone: ' + details.microphone);
      var state = { type: 'media-state', camera: CofxMedia.camera, microphone: CofxMedia.microphone,
                    detail: shared || parts.join('; ') };
      var last = CofxMedia.posted;
      if (last.camera === state.camera && last.microphone === state.microphone && last.detail === state.detail) return;
      CofxMedia.posted = state;
      cofxPostEvent(state);
    },
    posted: { camera: 'off', microphone: 'off', detail: '' },

    setDevice: function (which, status, detail) {
      CofxMedia[which] = status;
      CofxMedia.details[which] = detail || '';
      CofxMedia.post('');
    },

    setBoth: function (camera, microphone, reason) {
      CofxMedia.camera = camera;
      CofxMedia.microphone = microphone;
      CofxMedia.details = { camera: '', microphone: '' };
      CofxMedia.post(reason);
    },

    watchDevices: function () {
      if (CofxMedia.watching) return;
      CofxMedia.watching = true;
      var devices = navigator.mediaDevices;
      if (devices && devices.addEventListener) {
        devices.addEventListener('devicechange', function () { CofxMedia.listDevices(); });
      }
      // A level meter made before any click may start suspended: the first gesture wakes it.
      var wake = function () {
        var meter = CofxMedia.meter;
        if (meter && meter.context.state === 'suspended') meter.context.resume().catch(function () {});
      };
      window.addEventListener('pointerdown', wake, true);
      window.addEventListener('keydown', wake, true);
    },

    listDevices: function () {
      var sequence = ++CofxMedia.listing;
      var post = function (devices) {
        if (sequence !== CofxMedia.listing) return;
        var lists = { videoinput: [], audioinput: [], audiooutput: [] };
        (devices || []).forEach(function (device) {
          var list = lists[device.kind];
          if (!list || list.length >= 32) return;
          list.push({ id: String(device.deviceId || ''), label: String(device.label || '').slice(0, 200) });
        });
        cofxPostEvent({ type: 'media-devices', cameras: lists.videoinput, microphones: lists.audioinput,
                        speakers: lists.audiooutput,
                        canPickSpeaker: typeof HTMLMediaElement !== 'undefined' &&
                                        'setSinkId' in HTMLMediaElement.prototype });
      };
      var devices = navigator.mediaDevices;
      if (!devices || !devices.enumerateDevices) { post([]); return; }
      Promise.resolve().then(function () { return devices.enumerateDevices(); })
        .then(post, function () { post([]); });
    },

    start: function (cameraId, micId, wantCamera, wantMic) {
      var generation = ++CofxMedia.generation;
      CofxMedia.release();
      CofxMedia.watchDevices();
      var blocked = '';
      var reason = '';
      if (window.isSecureContext === false) {
        blocked = 'insecure';
        reason = 'the page is not served over HTTPS';
      } else if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
        blocked = 'unsupported';
        reason = 'this browser has no camera or microphone access';
      }
      if (blocked || (!wantCamera && !wantMic)) {
        CofxMedia.setBoth(wantCamera ? blocked || 'off' : 'off', wantMic ? blocked || 'off' : 'off',
                          wantCamera || wantMic ? reason : '');
        CofxMedia.listDevices();
        return;
      }
      CofxMedia.setBoth(wantCamera ? 'starting' : 'off', wantMic ? 'starting' : 'off', '');
      var video = false;
      var audio = false;
      if (wantCamera) {
        video = { width: { ideal: 640 }, height: { ideal: 360 } };
        if (cameraId) video.deviceId = { exact: cameraId };
      }
      if (wantMic) audio = micId ? { deviceId: { exact: micId } } : true;
      CofxMedia.acquire(generation, video, audio);
    },

    // One request for both; if that fails, one each, to learn which device is at fault.
    acquire: function (generation, video, audio) {
      var current = function () { return generation === CofxMedia.generation; };
      var ask = function (constraints) {
        return Promise.resolve().then(function () { return navigator.mediaDevices.getUserMedia(constraints); });
      };
      var one = function (kind) {
        var constraints = {};
        constraints[kind] = kind === 'video' ? video : audio;
        return ask(constraints).then(function (stream) {
          CofxMedia.accept(generation, stream, kind);
        }, function (error) {
          CofxMedia.refuse(generation, kind, error);
        });
      };
      var done = function () { if (current()) CofxMedia.listDevices(); };
      if (video && audio) {
        ask({ video: video, audio: audio }).then(function (stream) {
          CofxMedia.accept(generation, stream, 'video');
          CofxMedia.accept(generation, stream, 'audio');
          done();
        }, function () {
          if (!current()) return;
          // One after the other: some browsers stop a pending request when another one starts.
          one('video').then(function () { return current() ? one('audio') : null; }).then(done);
        });
      } else {
        one(video ? 'video' : 'audio').then(done);
      }
    },

    accept: function (generation, stream, kind) {
      var tracks = kind === 'video' ? stream.getVideoTracks() : stream.getAudioTracks();
      var track = generation === CofxMedia.generation ? tracks.shift() : null;
      tracks.forEach(function (extra) { extra.stop(); });
      if (generation !== CofxMedia.generation) return;
      var which = kind === 'video' ? 'camera' : 'microphone';
      if (!track || track.readyState === 'ended') {
        if (track) track.stop();
        CofxMedia.setDevice(which, 'missing', 'the browser returned no ' + which + ' track');
        return;
      }
      track.addEventListener('ended', function () { CofxMedia.lost(track, kind); });
      if (kind === 'video') {
        CofxMedia.videoTrack = track;
        var element = CofxMedia.video();
        if (element) {
          element.srcObject = new MediaStream([track]);
          element.play().catch(function () {});
        }
        CofxMedia.layout();
      } else {
        CofxMedia.audioTrack = track;
        CofxMedia.startMeter(track);
      }
      CofxMedia.setDevice(which, 'live', '');
    },

    refuse: function (generation, kind, error) {
      if (generation !== CofxMedia.generation) return;
      CofxMedia.setDevice(kind === 'video' ? 'camera' : 'microphone', CofxMedia.classify(error),
                          CofxMedia.describe(error));
    },

    // A live track ended by itself: unplugged, switched off, or taken away by the system.
    lost: function (track, kind) {
      if (kind === 'video' && track === CofxMedia.videoTrack) {
        CofxMedia.dropVideo();
        CofxMedia.setDevice('camera', 'missing', 'the camera stopped (disconnected or turned off)');
      } else if (kind === 'audio' && track === CofxMedia.audioTrack) {
        CofxMedia.audioTrack = null;
        CofxMedia.stopMeter();
        CofxMedia.setDevice('microphone', 'missing', 'the microphone stopped (disconnected or turned off)');
      } else {
        return;
      }
      CofxMedia.listDevices();
    },

    dropVideo: function () {
      if (CofxMedia.videoTrack) CofxMedia.videoTrack.stop();
      CofxMedia.videoTrack = null;
      var element = CofxMedia.video();
      if (element && element.srcObject) element.srcObject = null;
      CofxMedia.layout();
    },

    // Stops every preview track; statuses are the caller's business.
    release: function () {
      CofxMedia.dropVideo();
      if (CofxMedia.audioTrack) CofxMedia.audioTrack.stop();
      CofxMedia.audioTrack = null;
      CofxMedia.stopMeter();
    },

    startMeter: function (track) {
      var Context = window.AudioContext || window.webkitAudioContext;
      if (!Context) return;
      var meter;
      try {
        var context = new Context();
        meter = { context: context, source: context.createMediaStreamSource(new MediaStream([track])),
                  analyser: context.createAnalyser(), samples: null };
      } catch (e) {
        return;  // no level, but the microphone itself is fine
      }
      // A window longer than the sampling interval: no sound falls between two samples.
      meter.analyser.fftSize = 4096;
      meter.source.connect(meter.analyser);  // and nowhere else: never to the speakers
      if (meter.context.state === 'suspended') meter.context.resume().catch(function () {});
      CofxMedia.meter = meter;
      CofxMedia.meterTimer = setInterval(CofxMedia.sample, CofxMedia.meterMs);
    },

    sample: function () {
      var meter = CofxMedia.meter;
      if (!meter) return;
      var analyser = meter.analyser;
      var count = analyser.fftSize;
      var sum = 0;
      var i;
      if (analyser.getFloatTimeDomainData) {
        var samples = meter.samples || (meter.samples = new Float32Array(count));
        analyser.getFloatTimeDomainData(samples);
        for (i = 0; i < count; i++) sum += samples[i] * samples[i];
      } else {  // Safari before 14.1
        var bytes = meter.samples || (meter.samples = new Uint8Array(count));
        analyser.getByteTimeDomainData(bytes);
        for (i = 0; i < count; i++) sum += (bytes[i] - 128) * (bytes[i] - 128) / 16384;
      }
      var rms = Math.sqrt(sum / count);
      // The square root spreads quiet sounds: normal speech lands mid-scale.
      var level = Math.min(100, Math.round(Math.sqrt(rms) * 140));
      if (Math.abs(level - CofxMedia.level) >= 2 || (level === 0 && CofxMedia.level !== 0)) {
        CofxMedia.level = level;
        cofxPostEvent({ type: 'media-level', level: level });
      }
    },

    stopMeter: function () {
      var meter = CofxMedia.meter;
      clearInterval(CofxMedia.meterTimer);
      CofxMedia.meterTimer = 0;
      CofxMedia.meter = null;
      if (meter) {
        try { meter.source.disconnect(); } catch (e) { /* already disconnected */ }
        if (meter.context.close) meter.context.close().catch(function () {});
      }
      if (meter || CofxMedia.level !== 0) {
        CofxMedia.level = 0;
        cofxPostEvent({ type: 'media-level', level: 0 });
      }
    },

    stop: function () {
      ++CofxMedia.generation;
      CofxMedia.release();
      CofxMedia.setBoth('off', 'off', '');
    },

    place: function (x, y, w, h, visible) {
      CofxMedia.rect = [x, y, w, h];
      CofxMedia.wanted = !!visible;
      CofxMedia.layout();
    },

    // Canvas pixels to CSS pixels of the viewport, as in cofx_js_publish_widgets.
    layout: function () {
      var element = CofxMedia.video();
      if (!element) return;
      var track = CofxMedia.videoTrack;
      var show = CofxMedia.wanted && !!CofxMedia.rect && !!track && track.readyState === 'live';
      if (show) {
        var canvas = Module['canvas'];
        var box = canvas.getBoundingClientRect();
        var scale = canvas.width > 0 ? box.width / canvas.width : 1 / (window.devicePixelRatio || 1);
        var r = CofxMedia.rect;
        var px = function (value) { return Math.round(value * 100) / 100 + 'px'; };
        var next = { left: px(box.left + r[0] * scale), top: px(box.top + r[1] * scale),
                     width: px(r[2] * scale), height: px(r[3] * scale) };
        Object.keys(next).forEach(function (key) {
          if (CofxMedia.shown[key] === next[key]) return;
          CofxMedia.shown[key] = next[key];
          element.style[key] = next[key];
        });
      }
      if (element.hidden !== !show) {
        element.hidden = !show;
        if (show && element.paused) element.play().catch(function () {});
      }
    },

    // A short two-tone chime, played by an audio element so it can go to the chosen speaker.
    speakerTest: function (outputId) {
      CofxMedia.endChime(CofxMedia.chime);
      var Context = window.AudioContext || window.webkitAudioContext;
      var fail = function (reason) { cofxPostEvent({ type: 'speaker-test', ok: false, detail: String(reason).slice(0, 160) }); };
      if (!Context || typeof MediaStream === 'undefined') { fail('this browser cannot play a test sound'); return; }
      var chime = { context: null, audio: null, timer: 0 };
      try {
        chime.context = new Context();
        chime.destination = chime.context.createMediaStreamDestination();
        chime.audio = new Audio();
        chime.audio.srcObject = chime.destination.stream;
      } catch (e) {
        CofxMedia.endChime(chime);
        fail(CofxMedia.describe(e));
        return;
      }
      CofxMedia.chime = chime;
      var context = chime.context;
      var audio = chime.audio;
      // Without a click on the page yet, the context may stay suspended: wait a moment, then tell.
      var running = new Promise(function (resolve) {
        if (context.state === 'running') { resolve(); return; }
        var timer = setTimeout(resolve, 1000);
        context.resume().then(function () { clearTimeout(timer); resolve(); },
                              function () { clearTimeout(timer); resolve(); });
      });
      var pickSink = outputId && typeof audio.setSinkId === 'function';
      var failed = function (error) {
        if (CofxMedia.chime !== chime) return;
        CofxMedia.endChime(chime);
        fail(error && error.name && error.name !== 'Error' ? CofxMedia.describe(error) : (error && error.message) || error);
      };
      Promise.resolve().then(function () {
        return pickSink ? audio.setSinkId(outputId) : null;
      }).then(function () {
        return running;
      }).then(function () {
        if (context.state !== 'running') {
          throw new Error('the browser blocks sound until you click or press a key on the page');
        }
        return audio.play();
      }).then(function () {
        if (CofxMedia.chime !== chime) return;
        CofxMedia.ring(context, chime.destination);
        chime.timer = setTimeout(function () { CofxMedia.endChime(chime); }, 1500);
        cofxPostEvent({ type: 'speaker-test', ok: true, detail: '' });
      }).catch(failed);
    },

    ring: function (context, destination) {
      var start = context.currentTime + 0.05;
      [[659.25, 0, 0.5], [880, 0.35, 0.65]].forEach(function (note) {  // E5, then A5
        var oscillator = context.createOscillator();
        var gain = context.createGain();
        var at = start + note[1];
        oscillator.type = 'sine';
        oscillator.frequency.value = note[0];
        gain.gain.setValueAtTime(0.0001, at);
        gain.gain.exponentialRampToValueAtTime(0.25, at + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, at + note[2]);
        oscillator.connect(gain);
        gain.connect(destination);
        oscillator.start(at);
        oscillator.stop(at + note[2] + 0.05);
      });
    },

    endChime: function (chime) {
      if (!chime) return;
      if (CofxMedia.chime === chime) CofxMedia.chime = null;
      clearTimeout(chime.timer);
      if (chime.audio) { chime.audio.pause(); chime.audio.srcObject = null; }
      if (chime.context && chime.context.close) chime.context.close().catch(function () {});
    },

    // Before the person presses Join: open the connection and fetch the script. Failures stay
    // quiet; the real open retries and reports.
    warm: function (scriptUrl, origin) {
      if (/^https:\/\//.test(origin) && !CofxMedia.warmed[origin]) {
        CofxMedia.warmed[origin] = true;
        var link = document.createElement('link');
        link.rel = 'preconnect';
        link.href = origin;
        link.setAttribute('crossorigin', '');
        document.head.appendChild(link);
      }
      if (scriptUrl && !CofxMedia.warmed[' script ' + scriptUrl]) {
        CofxMedia.warmed[' script ' + scriptUrl] = true;
        CofxJitsi.loadScript(scriptUrl).catch(function () {});
      }
    },
  },

  cofx_js_media_start__deps: ['$CofxMedia'],
  cofx_js_media_start: function (cameraIdPtr, micIdPtr, cameraOn, micOn) {
    CofxMedia.start(UTF8ToString(cameraIdPtr), UTF8ToString(micIdPtr), !!cameraOn, !!micOn);
  },

  cofx_js_media_stop__deps: ['$CofxMedia'],
  cofx_js_media_stop: function () { CofxMedia.stop(); },

  cofx_js_media_place__deps: ['$CofxMedia'],
  cofx_js_media_place: function (x, y, w, h, visible) { CofxMedia.place(x, y, w, h, visible); },

  cofx_js_speaker_test__deps: ['$CofxMedia'],
  cofx_js_speaker_test: function (outputIdPtr) { CofxMedia.speakerTest(UTF8ToString(outputIdPtr)); },

  cofx_js_warm_meeting__deps: ['$CofxMedia', '$CofxJitsi'],
  cofx_js_warm_meeting: function (scriptUrlPtr, originPtr) {
    CofxMedia.warm(UTF8ToString(scriptUrlPtr), UTF8ToString(originPtr));
  },
});
