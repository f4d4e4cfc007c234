// Touches on the canvas: the first finger is fed to ImGui as a touch-screen mouse
// (cofx_input_touch); touch events go on through the page as usual. Cancelling touchstart
// also stops the browser's emulated mouse events, which would click twice.
mergeInto(LibraryManager.library, {
  $CofxTouch__deps: ['$CofxFrames', '$CofxTextInput', '$CofxPointer'],
  $CofxTouch: {
    finger: null,  // identifier of the touch being followed

    find: function (event) {
      for (var i = 0; i < event.changedTouches.length; i++) {
        if (event.changedTouches[i].identifier === CofxTouch.finger) return event.changedTouches[i];
      }
      return null;
    },

    send: function (touch, phase) {
      var at = CofxPointer.onCanvas(touch);
      _cofx_input_touch(at[0], at[1], phase);
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
      var active = { passive: false };
      canvas.addEventListener('touchstart', CofxTouch.onStart, active);
      canvas.addEventListener('touchmove', CofxTouch.onMove, active);
      canvas.addEventListener('touchend', CofxTouch.onEnd, active);
      canvas.addEventListener('touchcancel', CofxTouch.onEnd, active);
    },
  },
});
