// The event door: the one way JS tells C++ something happened. Every module that reports
// to the app (Jitsi, storage, media, the mirror, the site shell, ...) calls cofxPostEvent
// with a plain object; it crosses as JSON to cofx_post_event() (web/main.cpp), which decodes
// it once into a typed PlatformEvent (core's platform_event parser). Events wait in C++'s
// queue and are handled by cofx_drain_events() from a message-channel task: soon, and also in
// a hidden tab, where requestAnimationFrame never runs. cofxTakeString is the matching way a
// JS string is handed back as a return value (malloc'd UTF-8 the C++ caller frees).
mergeInto(LibraryManager.library, {
  $cofxTakeString__deps: ['malloc'],
  $cofxTakeString: function (text) {
    var size = lengthBytesUTF8(text) + 1;
    var ptr = _malloc(size);
    stringToUTF8(text, ptr, size);
    return ptr;
  },

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
});
