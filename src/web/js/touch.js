// Touches on the canvas. Emscripten's GLFW reads no coordinates from touch events (it
// presses at the previous mouse position), so its touch listeners are removed and the
// first finger is fed to ImGui as a touch-screen mouse (web/touch_input.cpp). Cancelling
// touchstart also stops the browser's emulated mouse events, which would click twice.
mergeInto(LibraryManager.library, {
  $CofxTouch__deps: ['$GLFW', '$CofxFrames', '$CofxTextInput'],
  $CofxTouch: {
    finger: null,  // identifier of the touch being followed

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

    onStart: function (event) {
      event.preventDefault();
      if (CofxTouch.finger !== null) return;
      var touch = event.changedTouches[0];
      CofxTouch.finger = touch.identifier;
      CofxTouch.send(touch, 0);
    },

    onMove: function (event) {
      event.preventDefault();
      var touch = CofxTouch.find(event);
      if (touch) CofxTouch.send(touch, 1);
    },

    onEnd: function (event) {
      event.preventDefault();
      var touch = CofxTouch.find(event);
      if (!touch) return;
      CofxTouch.finger = null;
      var cancelled = event.type === 'touchcancel';
      CofxTouch.send(touch, cancelled ? 3 : 2);
      if (!cancelled) CofxTextInput.focusForTap(touch.clientX, touch.clientY);
    },

    install: function () {
      var canvas = Module['canvas'];
      canvas.removeEventListener('touchstart', GLFW.onMouseButtonDown, true);
      canvas.removeEventListener('touchmove', GLFW.onMousemove, true);
      canvas.removeEventListener('touchend', GLFW.onMouseButtonUp, true);
      canvas.removeEventListener('touchcancel', GLFW.onMouseButtonUp, true);
      var active = { passive: false };
      canvas.addEventListener('touchstart', CofxTouch.onStart, active);
      canvas.addEventListener('touchmove', CofxTouch.onMove, active);
      canvas.addEventListener('touchend', CofxTouch.onEnd, active);
      canvas.addEventListener('touchcancel', CofxTouch.onEnd, active);
    },
  },
});
