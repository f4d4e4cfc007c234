// Touches on the canvas. Emscripten's GLFW reads no coordinates from touch events (it
// presses at the previous mouse position), so touches never reach it: this file's canvas
// listeners are added when the script loads, before main() starts GLFW, run first (capture
// phase) and stop each touch event there (stopImmediatePropagation), without touching GLFW
// itself. The first finger is fed to ImGui as a touch-screen mouse (web/touch_input.cpp).
// Cancelling touchstart also stops the browser's emulated mouse events, which would click twice.
mergeInto(LibraryManager.library, {
  $CofxTouch__deps: ['$CofxFrames', '$CofxTextInput'],
  $CofxTouch__postset: 'CofxTouch.listen();',
  $CofxTouch: {
    installed: false,  // main() has run: the app takes touches
    finger: null,      // identifier of the touch being followed

    find: function (event) {
      for (var i = 0; i < event.changedTouches.length; i++) {
        if (event.changedTouches[i].identifier === CofxTouch.finger) return event.changedTouches[i];
      }
      return null;
    },

    send: function (touch, phase) {
      var canvas = Module['canvas'];
      var box = canvas.getBoundingClientRect();
      var sx = box.width > 0 ? canvas.width / box.width : 1;
      var sy = box.height > 0 ? canvas.height / box.height : 1;
      _cofx_input_touch((touch.clientX - box.left) * sx, (touch.clientY - box.top) * sy, phase);
      CofxFrames.wake();
    },

    // Every touch event on the canvas ends here: GLFW's listeners never see one.
    take: function (event) {
      event.stopImmediatePropagation();
      event.preventDefault();
      return CofxTouch.installed;
    },

    onStart: function (event) {
      if (!CofxTouch.take(event) || CofxTouch.finger !== null) return;
      var touch = event.changedTouches[0];
      CofxTouch.finger = touch.identifier;
      CofxTouch.send(touch, 0);
    },

    onMove: function (event) {
      if (!CofxTouch.take(event)) return;
      var touch = CofxTouch.find(event);
      if (touch) CofxTouch.send(touch, 1);
    },

    onEnd: function (event) {
      if (!CofxTouch.take(event)) return;
      var touch = CofxTouch.find(event);
      if (!touch) return;
      CofxTouch.finger = null;
      var cancelled = event.type === 'touchcancel';
      CofxTouch.send(touch, cancelled ? 3 : 2);
      if (!cancelled) CofxTextInput.focusForTap(touch.clientX, touch.clientY);
    },

    // At script load, before GLFW adds its own (capture) listeners to the canvas.
    listen: function () {
      var canvas = Module['canvas'];
      if (!canvas) return;
      var first = { capture: true, passive: false };
      canvas.addEventListener('touchstart', CofxTouch.onStart, first);
      canvas.addEventListener('touchmove', CofxTouch.onMove, first);
      canvas.addEventListener('touchend', CofxTouch.onEnd, first);
      canvas.addEventListener('touchcancel', CofxTouch.onEnd, first);
    },

    install: function () { CofxTouch.installed = true; },
  },
});
