// The CPU drawing path's last step (app/cpu_raster.h): the frame's RGBA pixels onto the canvas
// through its 2D context, for a browser that gave the page no WebGL at all.
mergeInto(LibraryManager.library, {
  $CofxCanvas2d: { context: null },

  // Whether the canvas gives a 2D context (hardened browsers may refuse even that).
  cofx_js_can_draw_2d__deps: ['$CofxCanvas2d'],
  cofx_js_can_draw_2d: function () {
    var canvas = document.getElementById('canvas');
    if (!CofxCanvas2d.context && canvas) CofxCanvas2d.context = canvas.getContext('2d', { 'alpha': false });
    return CofxCanvas2d.context ? 1 : 0;
  },

  cofx_js_blit__deps: ['$CofxCanvas2d'],
  cofx_js_blit: function (pixels, width, height) {
    var canvas = document.getElementById('canvas');
    if (!CofxCanvas2d.context) CofxCanvas2d.context = canvas.getContext('2d', { 'alpha': false });
    var context = CofxCanvas2d.context;
    if (!context || width <= 0 || height <= 0) return;
    var bytes = new Uint8ClampedArray(HEAPU8.buffer, pixels, width * height * 4);
    context.putImageData(new ImageData(bytes, width, height), 0, 0);
  },
});
