// Touches on the canvas. Emscripten's GLFW reads no coordinates from touch events (it
// presses at the previous mouse position): while a touch event is being delivered, the
// mouse callbacks main.cpp gives GLFW (web/touch_input.cpp) ask cofx_js_touch_in_dispatch()
// and pass nothing on, and the first finger is fed to ImGui as a touch-screen mouse
// (cofx_input_touch) from the canvas listeners here. GLFW itself is never touched, and touch
// events go on through the page as usual. Cancelling touchstart also stops the browser's
// emulated mouse events, which would click twice.
mergeInto(LibraryManager.library, {
  $CofxTouch__deps: ['$CofxFrames', '$CofxTextInput'],
  $CofxTouch: {
    finger: null,        // identifier of the touch being followed
    inDispatch: false,   // a touch event is on its way through the page (window capture to bubble)

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
      var touches = ['touchstart', 'touchmove', 'touchend', 'touchcancel'];
      var start = function () { CofxTouch.inDispatch = true; };
      var end = function () { CofxTouch.inDispatch = false; };
      // Window capture runs before any listener on the canvas, window bubble after them all;
      // a mouse event clears it too, in case a touch's bubbling was stopped on the way.
      touches.forEach(function (type) {
        window.addEventListener(type, start, { capture: true, passive: true });
        window.addEventListener(type, end, { passive: true });
      });
      ['mousedown', 'mousemove', 'mouseup'].forEach(function (type) {
        window.addEventListener(type, end, { capture: true, passive: true });
      });
      var canvas = Module['canvas'];
      var active = { passive: false };
      canvas.addEventListener('touchstart', CofxTouch.onStart, active);
      canvas.addEventListener('touchmove', CofxTouch.onMove, active);
      canvas.addEventListener('touchend', CofxTouch.onEnd, active);
      canvas.addEventListener('touchcancel', CofxTouch.onEnd, active);
    },
  },

  cofx_js_touch_in_dispatch__deps: ['$CofxTouch'],
  cofx_js_touch_in_dispatch: function () { return CofxTouch.inDispatch ? 1 : 0; },
});
