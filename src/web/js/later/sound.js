// The pre-join room's speaker test: a short chime played through an <audio> element, so it
// can go to the chosen output device. Reports back as a 'speaker-test' event.
mergeInto(LibraryManager.library, {
  $CofxSound__deps: ['$cofxPostEvent', '$cofxDescribeError'],
  $CofxSound: {
    chime: null,  // { context, destination, audio, timer } while one plays

    // A short two-tone chime, played by an audio element so it can go to the chosen speaker.
    speakerTest: function (outputId) {
      CofxSound.endChime(CofxSound.chime);
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
        CofxSound.endChime(chime);
        fail(cofxDescribeError(e));
        return;
      }
      CofxSound.chime = chime;
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
        if (CofxSound.chime !== chime) return;
        CofxSound.endChime(chime);
        fail(error && error.name && error.name !== 'Error' ? cofxDescribeError(error) : (error && error.message) || error);
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
        if (CofxSound.chime !== chime) return;
        CofxSound.ring(context, chime.destination);
        chime.timer = setTimeout(function () { CofxSound.endChime(chime); }, 1500);
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
      if (CofxSound.chime === chime) CofxSound.chime = null;
      clearTimeout(chime.timer);
      if (chime.audio) { chime.audio.pause(); chime.audio.srcObject = null; }
      if (chime.context && chime.context.close) chime.context.close().catch(function () {});
    },
  },

  cofx_js_speaker_test__deps: ['$CofxSound'],
  cofx_js_speaker_test: function (outputIdPtr) { CofxSound.speakerTest(UTF8ToString(outputIdPtr)); },
});
