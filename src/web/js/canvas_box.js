// The canvas's box on the page (CSS pixels), kept instead of asked for at each use. Asking
// (getBoundingClientRect) after the mirror's DOM changed makes the browser lay the page out
// there and then: 0.1-0.3 ms inside a frame, and again in each wheel or pointer event. The
// canvas is fixed to the viewport (shell/style.css), so its box changes only with its own
// size (a ResizeObserver), the window's (resize: the safe-area insets follow it) or the page's
// view (frames.js calls forget() when it sets body's data-view or data-panel). Without a
// ResizeObserver the box is asked for every time.
mergeInto(LibraryManager.library, {
  $CofxCanvasBox: {
    box: null,
    watching: false,

    get: function () {
      if (CofxCanvasBox.box) return CofxCanvasBox.box;
      var box = Module['canvas'].getBoundingClientRect();
      if (CofxCanvasBox.watch()) CofxCanvasBox.box = box;
      return box;
    },

    forget: function () { CofxCanvasBox.box = null; },

    // True once the changes that move the box are watched.
    watch: function () {
      if (CofxCanvasBox.watching) return true;
      if (!window.ResizeObserver) return false;
      new ResizeObserver(CofxCanvasBox.forget).observe(Module['canvas']);
      window.addEventListener('resize', CofxCanvasBox.forget, { capture: true, passive: true });
      CofxCanvasBox.watching = true;
      return true;
    },
  },

  cofx_js_canvas_css_size__deps: ['$CofxCanvasBox'],
  cofx_js_canvas_css_size: function (width, height) {
    var box = CofxCanvasBox.get();
    HEAPF64[width >> 3] = box.width;
    HEAPF64[height >> 3] = box.height;
  },

  cofx_js_canvas_pixel_size: function (width, height) {
    var canvas = Module['canvas'];
    HEAP32[width >> 2] = canvas.width;
    HEAP32[height >> 2] = canvas.height;
  },

  cofx_js_set_canvas_pixel_size: function (width, height) {
    var canvas = Module['canvas'];
    canvas.width = width;
    canvas.height = height;
  },
});
