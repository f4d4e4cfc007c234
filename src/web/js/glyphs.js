// Characters the UI font lacks, drawn by the browser (web/script_fonts.h): Canvas 2D draws one
// character in the fonts the browser has (colour emoji in colour) and C++ takes the pixels into
// ImGui's atlas. And the fonts the site ships apart (fonts/han.otf), fetched only when wanted.
mergeInto(LibraryManager.library, {
  $CofxGlyphs: {
    canvas: null,
    context: null,
    // The browser picks, character by character, the first of these that has it.
    families: '"Noto Sans", "Noto Sans Tamil", "Noto Sans Arabic", "Noto Sans CJK SC", ' +
      '"Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji", sans-serif',
    // A context big enough for w x h (resizing a canvas resets its state).
    contextFor: function (w, h) {
      var g = CofxGlyphs;
      if (!g.canvas) {
        g.canvas = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(64, 64) : document.createElement('canvas');
      }
      if (g.canvas.width < w || g.canvas.height < h) {
        g.canvas.width = Math.max(g.canvas.width, w);
        g.canvas.height = Math.max(g.canvas.height, h);
        g.context = null;
      }
      if (!g.context) g.context = g.canvas.getContext('2d', { 'willReadFrequently': true });
      return g.context;
    },
  },

  // One character, or a run the browser shapes whole (a Tamil word, an Arabic word drawn right
  // to left, an emoji sequence), at `px` pixels: its RGBA pixels (malloc'd, C++ frees them; 0
  // if nothing shows) and into out[6] its width, height, left and top from the pen on the
  // baseline, advance, and whether it has colours of its own.
  cofx_js_draw_glyph__deps: ['$CofxGlyphs', 'malloc'],
  cofx_js_draw_glyph: function (utf8, rightToLeft, px, out) {
    var text = UTF8ToString(utf8);
    // Brahmic scripts (Tamil…) stand taller than Latin at one size, their vowel signs above
    // and below the line: a tenth smaller, so wrapped lines don't touch.
    if (/[\u0900-\u0DFF]/.test(text)) px *= 0.9;
    var font = px.toFixed(2) + 'px ' + CofxGlyphs.families;
    var context = CofxGlyphs.contextFor(1, 1);
    context.font = font;
    context.direction = rightToLeft ? 'rtl' : 'ltr';
    context.textAlign = 'left';
    // A combining mark alone gets a dotted circle from the browser's shaper: drawn on a
    // no-break space instead, which is then taken off again (the mark's box and advance).
    var base = 0;
    if (/^\p{M}/u.test(text)) {
      base = context.measureText('\u00A0').width;
      text = '\u00A0' + text;
    }
    var m = context.measureText(text);
    if (base) {
      m = {
        width: m.width - base,
        actualBoundingBoxLeft: (m.actualBoundingBoxLeft || 0) + base,
        actualBoundingBoxRight: (m.actualBoundingBoxRight || 0) - base,
        actualBoundingBoxAscent: m.actualBoundingBoxAscent,
        actualBoundingBoxDescent: m.actualBoundingBoxDescent,
      };
    }
    var left = Math.ceil(m.actualBoundingBoxLeft || 0) + 1;
    var right = Math.ceil(m.actualBoundingBoxRight || m.width) + 1;
    var ascent = Math.ceil(m.actualBoundingBoxAscent || 0) + 1;
    var descent = Math.ceil(m.actualBoundingBoxDescent || 0) + 1;
    var w = Math.max(0, left + right), h = Math.max(0, ascent + descent);
    var f = out >> 2;
    HEAPF32[f] = 0; HEAPF32[f + 1] = 0; HEAPF32[f + 2] = m.width;
    HEAPF32[f + 3] = -left; HEAPF32[f + 4] = -ascent; HEAPF32[f + 5] = 0;
    if (w <= 2 || h <= 2 || w > 1024 || h > 1024) return 0;
    context = CofxGlyphs.contextFor(w, h);
    context.clearRect(0, 0, w, h);
    context.font = font;
    context.direction = rightToLeft ? 'rtl' : 'ltr';
    context.textAlign = 'left';
    context.textBaseline = 'alphabetic';
    context.fillStyle = '#fff';
    context.fillText(text, left - base, ascent);
    var data = context.getImageData(0, 0, w, h).data;
    var colored = 0, visible = false;
    for (var i = 0; i < data.length; i += 4) {
      if (data[i + 3] === 0) continue;
      visible = true;
      if (Math.abs(data[i] - data[i + 1]) > 8 || Math.abs(data[i + 1] - data[i + 2]) > 8 || data[i] < 200) { colored = 1; break; }
    }
    if (!visible) return 0;
    var ptr = _malloc(data.length);
    if (!ptr) return 0;
    HEAPU8.set(data, ptr);
    HEAPF32[f] = w; HEAPF32[f + 1] = h; HEAPF32[f + 5] = colored;
    return ptr;
  },

  // Fetches a script's font (0: Han; boot.js names the files) and hands the bytes to
  // cofx_script_font_arrived (a null pointer when it could not be had). window.cofx.scriptFonts
  // tells tests: { han: 'fetching' | 'merged' | 'failed' }.
  cofx_js_fetch_script_font__deps: ['$CofxPublished', 'malloc'],
  cofx_js_fetch_script_font: function (script) {
    var boot = window['cofxBoot'] || {};
    var name = ['han'][script];
    var url = (boot['scriptFonts'] || {})[name];
    var published = CofxPublished.get();
    published['scriptFonts'] = published['scriptFonts'] || {};
    published['scriptFonts'][name] = 'fetching';
    var arrived = function (bytes) {
      var ptr = bytes && bytes.length ? _malloc(bytes.length) : 0;
      if (ptr) HEAPU8.set(bytes, ptr);
      var merged = _cofx_script_font_arrived(script, ptr, ptr ? bytes.length : 0);
      published['scriptFonts'][name] = merged ? 'merged' : 'failed';
    };
    if (!url) { setTimeout(function () { arrived(null); }, 0); return; }
    var early = (boot['scriptFontFetches'] || {})[name];  // boot.js's, for a Chinese interface
    (early || fetch(url).then(function (response) { return response.ok ? response.arrayBuffer() : null; }))
      .then(function (buffer) { arrived(buffer ? new Uint8Array(buffer) : null); })
      .catch(function () { arrived(null); });
  },
});
