// The pre-join room's camera and microphone preview: the camera in <video id="preview">
// over the canvas, the microphone as a level from a Web Audio analyser (never played), and
// the device lists. Reports back as 'media-state', 'media-devices' and 'media-level' events.
// Every start bumps a generation, so tracks that arrive for an older start are stopped.
// (The speaker test is sound.js; warming up the meeting's script is jitsi.js.)
mergeInto(LibraryManager.library, {
  // A browser's error as one short line, for the detail the pre-join room shows.
  $cofxDescribeError: function (error) {
    if (!error) return '';
    var text = String(error.name || 'Error');
    if (error.message) text += ': ' + error.message;
    if (error.constraint) text += ' (' + error.constraint + ')';
    return text.slice(0, 160);
  },

  $CofxPreview__deps: ['$cofxPostEvent', '$cofxDescribeError', '$CofxCanvasBox', '$cofxCanPickSpeaker'],
  $CofxPreview: {
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

    // Whether the page can choose where sound goes: known at once, before any device list.

    video: function () { return document.getElementById('preview'); },

    // Error names as browsers throw them, old Chrome spellings included.
    kinds: {
      'NotAllowedError': 'denied', 'SecurityError': 'denied', 'PermissionDeniedError': 'denied',
      'NotFoundError': 'missing', 'OverconstrainedError': 'missing', 'DevicesNotFoundError': 'missing',
      'ConstraintNotSatisfiedError': 'missing',
      'NotReadableError': 'busy', 'AbortError': 'busy', 'TrackStartError': 'busy', 'SourceUnavailableError': 'busy',
    },

    classify: function (error) {
      return CofxPreview.kinds[error && error.name] || 'error';
    },

    // Posts 'media-state' when a status or the detail changed. A reason shared by both
    // devices (an insecure page, no API) replaces the per-device details.
    post: function (shared) {
      var details = CofxPreview.details;
      var parts = [];
      if (details.camera) parts.push('camera: ' + details.camera);
      if (details.microphone) parts.push('microphone: ' + details.microphone);
      var state = { type: 'media-state', camera: CofxPreview.camera, microphone: CofxPreview.microphone,
                    detail: shared || parts.join('; ') };
      var last = CofxPreview.posted;
      if (last.camera === state.camera && last.microphone === state.microphone && last.detail === state.detail) return;
      CofxPreview.posted = state;
      cofxPostEvent(state);
    },
    posted: { camera: 'off', microphone: 'off', detail: '' },

    setDevice: function (which, status, detail) {
      CofxPreview[which] = status;
      CofxPreview.details[which] = detail || '';
      CofxPreview.post('');
    },

    setBoth: function (camera, microphone, reason) {
      CofxPreview.camera = camera;
      CofxPreview.microphone = microphone;
      CofxPreview.details = { camera: '', microphone: '' };
      CofxPreview.post(reason);
    },

    watchDevices: function () {
      if (CofxPreview.watching) return;
      CofxPreview.watching = true;
      var devices = navigator.mediaDevices;
      if (devices && devices.addEventListener) {
        devices.addEventListener('devicechange', function () { CofxPreview.listDevices(); });
      }
      // A level meter made before any click may start suspended: the first gesture wakes it.
      var wake = function () {
        var meter = CofxPreview.meter;
        if (meter && meter.context.state === 'suspended') meter.context.resume().catch(function () {});
      };
      window.addEventListener('pointerdown', wake, true);
      window.addEventListener('keyup', wake, true);  // keyup: keyboard.js stops some keydowns aimed at DOM controls
    },

    listDevices: function () {
      var sequence = ++CofxPreview.listing;
      var post = function (devices) {
        if (sequence !== CofxPreview.listing) return;
        var lists = { videoinput: [], audioinput: [], audiooutput: [] };
        (devices || []).forEach(function (device) {
          var list = lists[device.kind];
          if (!list || list.length >= 32) return;
          list.push({ id: String(device.deviceId || ''), label: String(device.label || '').slice(0, 200) });
        });
        cofxPostEvent({ type: 'media-devices', cameras: lists.videoinput, microphones: lists.audioinput,
                        speakers: lists.audiooutput,
                        canPickSpeaker: cofxCanPickSpeaker() });
      };
      var devices = navigator.mediaDevices;
      if (!devices || !devices.enumerateDevices) { post([]); return; }
      Promise.resolve().then(function () { return devices.enumerateDevices(); })
        .then(post, function () { post([]); });
    },

    start: function (cameraId, micId, wantCamera, wantMic) {
      var generation = ++CofxPreview.generation;
      CofxPreview.release();
      CofxPreview.watchDevices();
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
        CofxPreview.setBoth(wantCamera ? blocked || 'off' : 'off', wantMic ? blocked || 'off' : 'off',
                          wantCamera || wantMic ? reason : '');
        CofxPreview.listDevices();
        return;
      }
      CofxPreview.setBoth(wantCamera ? 'starting' : 'off', wantMic ? 'starting' : 'off', '');
      var video = false;
      var audio = false;
      if (wantCamera) {
        video = { width: { ideal: 640 }, height: { ideal: 360 } };
        if (cameraId) video.deviceId = { exact: cameraId };
      }
      if (wantMic) audio = micId ? { deviceId: { exact: micId } } : true;
      CofxPreview.acquire(generation, video, audio);
    },

    // One request for both; if that fails, one each, to learn which device is at fault.
    acquire: function (generation, video, audio) {
      var current = function () { return generation === CofxPreview.generation; };
      var ask = function (constraints) {
        return Promise.resolve().then(function () { return navigator.mediaDevices.getUserMedia(constraints); });
      };
      var one = function (kind) {
        var constraints = {};
        constraints[kind] = kind === 'video' ? video : audio;
        return ask(constraints).then(function (stream) {
          CofxPreview.accept(generation, stream, kind);
        }, function (error) {
          CofxPreview.refuse(generation, kind, error);
        });
      };
      var done = function () { if (current()) CofxPreview.listDevices(); };
      if (video && audio) {
        ask({ video: video, audio: audio }).then(function (stream) {
          CofxPreview.accept(generation, stream, 'video');
          CofxPreview.accept(generation, stream, 'audio');
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
      var track = generation === CofxPreview.generation ? tracks.shift() : null;
      tracks.forEach(function (extra) { extra.stop(); });
      if (generation !== CofxPreview.generation) return;
      var which = kind === 'video' ? 'camera' : 'microphone';
      if (!track || track.readyState === 'ended') {
        if (track) track.stop();
        CofxPreview.setDevice(which, 'missing', 'the browser returned no ' + which + ' track');
        return;
      }
      track.addEventListener('ended', function () { CofxPreview.lost(track, kind); });
      if (kind === 'video') {
        CofxPreview.videoTrack = track;
        var element = CofxPreview.video();
        if (element) {
          element.srcObject = new MediaStream([track]);
          element.play().catch(function () {});
        }
        CofxPreview.layout();
      } else {
        CofxPreview.audioTrack = track;
        CofxPreview.startMeter(track);
      }
      CofxPreview.setDevice(which, 'live', '');
    },

    refuse: function (generation, kind, error) {
      if (generation !== CofxPreview.generation) return;
      CofxPreview.setDevice(kind === 'video' ? 'camera' : 'microphone', CofxPreview.classify(error),
                          cofxDescribeError(error));
    },

    // A live track ended by itself: unplugged, switched off, or taken away by the system.
    lost: function (track, kind) {
      if (kind === 'video' && track === CofxPreview.videoTrack) {
        CofxPreview.dropVideo();
        CofxPreview.setDevice('camera', 'missing', 'the camera stopped (disconnected or turned off)');
      } else if (kind === 'audio' && track === CofxPreview.audioTrack) {
        CofxPreview.audioTrack = null;
        CofxPreview.stopMeter();
        CofxPreview.setDevice('microphone', 'missing', 'the microphone stopped (disconnected or turned off)');
      } else {
        return;
      }
      CofxPreview.listDevices();
    },

    dropVideo: function () {
      if (CofxPreview.videoTrack) CofxPreview.videoTrack.stop();
      CofxPreview.videoTrack = null;
      var element = CofxPreview.video();
      if (element && element.srcObject) element.srcObject = null;
      CofxPreview.layout();
    },

    // Stops every preview track; statuses are the caller's business.
    release: function () {
      CofxPreview.dropVideo();
      if (CofxPreview.audioTrack) CofxPreview.audioTrack.stop();
      CofxPreview.audioTrack = null;
      CofxPreview.stopMeter();
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
      CofxPreview.meter = meter;
      CofxPreview.meterTimer = setInterval(CofxPreview.sample, CofxPreview.meterMs);
    },

    sample: function () {
      var meter = CofxPreview.meter;
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
      if (Math.abs(level - CofxPreview.level) >= 2 || (level === 0 && CofxPreview.level !== 0)) {
        CofxPreview.level = level;
        cofxPostEvent({ type: 'media-level', level: level });
      }
    },

    stopMeter: function () {
      var meter = CofxPreview.meter;
      clearInterval(CofxPreview.meterTimer);
      CofxPreview.meterTimer = 0;
      CofxPreview.meter = null;
      if (meter) {
        try { meter.source.disconnect(); } catch (e) { /* already disconnected */ }
        if (meter.context.close) meter.context.close().catch(function () {});
      }
      if (meter || CofxPreview.level !== 0) {
        CofxPreview.level = 0;
        cofxPostEvent({ type: 'media-level', level: 0 });
      }
    },

    stop: function () {
      ++CofxPreview.generation;
      CofxPreview.release();
      CofxPreview.setBoth('off', 'off', '');
    },

    place: function (x, y, w, h, visible) {
      CofxPreview.rect = [x, y, w, h];
      CofxPreview.wanted = !!visible;
      CofxPreview.layout();
    },

    // Canvas pixels to CSS pixels of the viewport, as mirror.js does for the widgets.
    layout: function () {
      var element = CofxPreview.video();
      if (!element) return;
      var track = CofxPreview.videoTrack;
      var show = CofxPreview.wanted && !!CofxPreview.rect && !!track && track.readyState === 'live';
      if (show) {
        var canvas = Module['canvas'];
        var box = CofxCanvasBox.get();
        var scale = canvas.width > 0 ? box.width / canvas.width : 1 / (window.devicePixelRatio || 1);
        var r = CofxPreview.rect;
        var px = function (value) { return Math.round(value * 100) / 100 + 'px'; };
        var next = { left: px(box.left + r[0] * scale), top: px(box.top + r[1] * scale),
                     width: px(r[2] * scale), height: px(r[3] * scale) };
        Object.keys(next).forEach(function (key) {
          if (CofxPreview.shown[key] === next[key]) return;
          CofxPreview.shown[key] = next[key];
          element.style[key] = next[key];
        });
      }
      if (element.hidden !== !show) {
        element.hidden = !show;
        if (show && element.paused) element.play().catch(function () {});
      }
    },
  },

  cofx_js_media_start__deps: ['$CofxPreview'],
  cofx_js_media_start: function (cameraIdPtr, micIdPtr, cameraOn, micOn) {
    CofxPreview.start(UTF8ToString(cameraIdPtr), UTF8ToString(micIdPtr), !!cameraOn, !!micOn);
  },

  cofx_js_media_stop__deps: ['$CofxPreview'],
  cofx_js_media_stop: function () { CofxPreview.stop(); },

  cofx_js_media_place__deps: ['$CofxPreview'],
  cofx_js_media_place: function (x, y, w, h, visible) { CofxPreview.place(x, y, w, h, visible); },
});
