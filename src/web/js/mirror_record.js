// The widget record C++ hands over after a frame whose widgets changed, read for the
// accessible mirror (mirror.js) and published as window.cofx.widgets. The DOM follows at most
// every MIN_GAP_MS while records follow each other closely.
//
// What C++ hands over (cofx_js_publish_widgets, built by widget_record() in
// app/widget_rects.h, which documents it too), version 1:
//   {v: 1,
//    widgets: [{name, role, label, x, y, w, h,                       always
//               description, value, group,                          strings, when not empty
//               textField, secret, checkable, checked, selected,
//               expandable, expanded, disabled, invalid, clipped}], booleans, only when true
//    groups: [{key, role, label, parent}],
//    overflowX: [window name, ...]}                                only when a window overflows
// x, y, w, h are canvas pixels; role is an ARIA role name (an "img", a QR code, becomes a
// div role="img" with aria-label and aria-description). A field this file does not know
// is ignored; a record of another version is refused (nothing is mirrored from it).
// Published as window.cofx.widgets: {name: {the same fields, x, y, w, h in CSS pixels of the
// viewport, booleans always present}}, for tests and for text_input.js.
mergeInto(LibraryManager.library, {
  $CofxMirrorRecord__deps: ['$CofxMirror', '$CofxPublished', '$CofxCanvasBox'],
  $CofxMirrorRecord: {
    VERSION: 1,     // of the record read by publish()
    MIN_GAP_MS: 100,
    updatedAt: -Infinity,  // performance.now() of the last DOM update
    latest: null,   // the newest record, not yet read: {text, box, scale, at}
    pending: null,  // the record read but not yet in the DOM: {widgets, groups, box}
    published: null,  // what window.cofx's getters give: {widgets, placedAt, overflowX}
    timer: 0,
    decoder: null,  // a TextDecoder, made at the first record

    // The record from C++ as window.cofx.widgets and the mirror's groups; null for a record
    // of another version. `scale`: CSS pixels per canvas pixel; `box`: the canvas on screen.
    read: function (record, box, scale) {
      if (!record || record['v'] !== CofxMirrorRecord.VERSION) return null;
      var texts = CofxMirror.TEXTS, flags = CofxMirror.FLAGS;
      var widgets = {};
      var list = Array.isArray(record['widgets']) ? record['widgets'] : [];
      for (var i = 0; i < list.length; i++) {
        var w = list[i];
        var out = { 'x': box.left + w['x'] * scale, 'y': box.top + w['y'] * scale, 'w': w['w'] * scale,
                    'h': w['h'] * scale };
        for (var t = 0; t < texts.length; t++) out[texts[t]] = typeof w[texts[t]] === 'string' ? w[texts[t]] : '';
        for (var f = 0; f < flags.length; f++) out[flags[f]] = w[flags[f]] === true;
        widgets[w['name']] = out;
      }
      var groups = {};
      (Array.isArray(record['groups']) ? record['groups'] : []).forEach(function (g) {
        groups[g['key']] = { 'role': g['role'], 'label': g['label'] || '', 'parent': g['parent'] || '' };
      });
      var overflowX = Array.isArray(record['overflowX']) ? record['overflowX'].map(String) : [];
      return { widgets: widgets, groups: groups, overflowX: overflowX };
    },

    // Rectangles arrive in canvas pixels; tests aim in CSS pixels of the viewport.
    // The DOM follows at most every MIN_GAP_MS (a record after a quiet spell goes straight in,
    // those that follow it closely, a scrolled list's, are merged into one later update): the
    // mirror's DOM work costs tens of microseconds an element, too much for every frame of a
    // scroll, and a screen reader has nothing to read in the frames between. A record is only
    // kept as text until then: the records merged away are never parsed. window.cofx.widgets
    // (and placedAt, overflowX) still follow every record: reading them parses the latest.
    publish: function (text, pixelRatio) {
      var canvas = Module['canvas'];
      var box = CofxCanvasBox.get();
      var scale = canvas.width > 0 ? box.width / canvas.width : 1 / pixelRatio;
      var now = performance.now();
      CofxMirrorRecord.latest = { text: text, box: box, scale: scale, at: now };
      var cofx = CofxPublished.get();
      CofxMirrorRecord.publishLazily(cofx);
      cofx['widgetsChangedAt'] = now;  // called only when a widget changed
      cofx['records'] = (cofx['records'] || 0) + 1;  // for the benchmark: records against DOM updates
      cofx['mirrorPending'] = true;  // tests wait for the DOM to catch up (harness.mjs, waitForIdle)
      var wait = CofxMirrorRecord.updatedAt + CofxMirrorRecord.MIN_GAP_MS - now;
      if (wait <= 0) CofxMirrorRecord.flush();
      else if (!CofxMirrorRecord.timer) CofxMirrorRecord.timer = setTimeout(CofxMirrorRecord.flush, wait);
    },

    // window.cofx's widgets, placedAt and overflowX as getters over the latest record.
    publishLazily: function (cofx) {
      if (CofxMirrorRecord.published) return;
      CofxMirrorRecord.published = { widgets: {}, placedAt: {}, overflowX: [] };
      ['widgets', 'placedAt', 'overflowX'].forEach(function (key) {
        Object.defineProperty(cofx, key, {
          'enumerable': true,
          'configurable': true,
          'get': function () { CofxMirrorRecord.settle(); return CofxMirrorRecord.published[key]; },
        });
      });
    },

    // The latest record read (once), if it hasn't been; a record of another version is
    // dropped. Returns what the DOM is to show: {widgets, groups, box}, or null.
    settle: function () {
      var latest = CofxMirrorRecord.latest;
      if (!latest) return CofxMirrorRecord.pending;
      CofxMirrorRecord.latest = null;
      var read = CofxMirrorRecord.read(JSON.parse(latest.text), latest.box, latest.scale);
      if (!read) return CofxMirrorRecord.pending;
      var published = CofxMirrorRecord.published;
      published.placedAt = CofxMirrorRecord.placedAt(published.widgets, published.placedAt, read.widgets, latest.at);
      published.widgets = read.widgets;
      published.overflowX = read.overflowX;  // the ImGui windows wider than their room (for layout tests)
      CofxMirrorRecord.pending = { widgets: read.widgets, groups: read.groups, box: latest.box };
      return CofxMirrorRecord.pending;
    },

    // The latest record into the DOM.
    flush: function () {
      clearTimeout(CofxMirrorRecord.timer);
      CofxMirrorRecord.timer = 0;
      var pending = CofxMirrorRecord.settle();
      CofxPublished.get()['mirrorPending'] = false;
      if (!pending) return;
      CofxMirrorRecord.pending = null;
      var started = performance.now();
      CofxMirrorRecord.updatedAt = started;
      CofxMirror.update(pending.widgets, pending.groups, pending.box);
      // The mirror's DOM work, for the benchmark.
      CofxPublished.sample('recentMirrorMs', performance.now() - started);
    },

    // When each widget came to where it is now (for the benchmark: a room is in place once its
    // buttons stop moving). `now`: when the record came; a move within records merged away
    // counts from the record read, at most MIN_GAP_MS later.
    placedAt: function (before, placed, widgets, now) {
      var out = {};
      Object.keys(widgets).forEach(function (name) {
        var was = before[name];
        var w = widgets[name];
        var same = was && was['x'] === w['x'] && was['y'] === w['y'] && was['w'] === w['w'] && was['h'] === w['h'];
        out[name] = same && placed[name] !== undefined ? placed[name] : now;
      });
      return out;
    },
  },

  cofx_js_publish_widgets__deps: ['$CofxMirrorRecord'],
  // Decoded at its known length: UTF8ToString would first look for its end byte by byte.
  cofx_js_publish_widgets: function (json, length, pixelRatio) {
    CofxMirrorRecord.decoder = CofxMirrorRecord.decoder || new TextDecoder();
    CofxMirrorRecord.publish(CofxMirrorRecord.decoder.decode(HEAPU8.subarray(json, json + length)), pixelRatio);
  },
});
