// The mouse and the wheel on the canvas, for ImGui (web/pointer_input.h), and the cursor it
// asks for. A press on the canvas is followed outside it until released (a scrollbar dragged
// past the edge); otherwise only moves over the canvas count, and leaving it hovers nothing.
// The page's other elements keep their own mouse and wheel.
mergeInto(LibraryManager.library, {
  $CofxPointer__deps: ['$CofxCanvasBox'],
  $CofxPointer: {
    held: 0,  // DOM buttons pressed on the canvas and not yet released, a bit each

    // Canvas pixels (ImGui's coordinates) of an event's or touch's client position.
    onCanvas: function (where) {
      var canvas = Module['canvas'];
      var box = CofxCanvasBox.get();
      var sx = box.width > 0 ? canvas.width / box.width : 1;
      var sy = box.height > 0 ? canvas.height / box.height : 1;
      return [(where.clientX - box.left) * sx, (where.clientY - box.top) * sy];
    },

    modifiers: function (event) {
      return (event.ctrlKey ? 1 : 0) | (event.shiftKey ? 2 : 0) | (event.altKey ? 4 : 0) | (event.metaKey ? 8 : 0);
    },

    move: function (event) {
      if (event.target !== Module['canvas'] && !CofxPointer.held) return;
      var at = CofxPointer.onCanvas(event);
      _cofx_input_mouse_move(at[0], at[1], CofxPointer.modifiers(event));
    },

    press: function (event) {
      CofxPointer.move(event);
      CofxPointer.held |= 1 << event.button;
      _cofx_input_mouse_button(event.button, 1, CofxPointer.modifiers(event));
    },

    release: function (event) {
      var bit = 1 << event.button;
      if (event.target !== Module['canvas'] && !(CofxPointer.held & bit)) return;
      CofxPointer.move(event);
      CofxPointer.held &= ~bit;
      _cofx_input_mouse_button(event.button, 0, CofxPointer.modifiers(event));
    },

    leave: function () {
      if (!CofxPointer.held) _cofx_input_mouse_leave();
    },

    wheel: function (event) {
      event.preventDefault();  // the canvas scrolls its own lists, not the page
      CofxPointer.move(event);
      _cofx_input_wheel(event.deltaX, event.deltaY, event.deltaMode);
    },

    install: function () {
      var canvas = Module['canvas'];
      canvas.addEventListener('mousedown', CofxPointer.press);
      canvas.addEventListener('mouseleave', CofxPointer.leave);
      canvas.addEventListener('wheel', CofxPointer.wheel, { passive: false });
      window.addEventListener('mousemove', CofxPointer.move, true);
      window.addEventListener('mouseup', CofxPointer.release, true);
    },

    // The page lost the focus (input.js): no button is held any more.
    letGo: function () { CofxPointer.held = 0; },
  },

  cofx_js_set_cursor__deps: ['$CofxPointer'],
  cofx_js_set_cursor: function (css) { Module['canvas'].style.cursor = UTF8ToString(css); },
});
