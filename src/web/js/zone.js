// The viewer's time zone: JavaScript Date knows the offset at any instant.
mergeInto(LibraryManager.library, {
  // Minutes east of UTC (getTimezoneOffset counts west, hence the minus).
  cofx_js_zone_offset_minutes: function (utcSeconds) {
    var offset = -new Date(utcSeconds * 1000).getTimezoneOffset();
    return isFinite(offset) ? offset : 0;
  },

  // The IANA name. Intl's answer costs 15-60 ms the first time (it loads the time-zone data),
  // Temporal's well under 1 ms, where the browser has it (same name, aliases included); an
  // offset ("+08:00", a system zone with no name) falls back to Intl. The schedule list asks
  // every frame: read once, and again when the page comes back into view (a laptop that travelled).
  $CofxZone__postset: 'document.addEventListener("visibilitychange", CofxZone.forget);',
  $CofxZone: {
    name: null,
    read: function () {
      if (CofxZone.name !== null) return CofxZone.name;
      var named = CofxZone.fromTemporal();
      try {
        CofxZone.name = named || Intl.DateTimeFormat().resolvedOptions().timeZone || '';
      } catch (e) {
        CofxZone.name = '';
      }
      return CofxZone.name;
    },
    fromTemporal: function () {
      try {
        var id = typeof Temporal !== 'undefined' && Temporal.Now ? String(Temporal.Now.timeZoneId()) : '';
        return /^[A-Za-z]/.test(id) ? id : '';
      } catch (e) {
        return '';
      }
    },
    forget: function () { if (document.visibilityState === 'visible') CofxZone.name = null; },
  },

  cofx_js_zone_name__deps: ['$cofxTakeString', '$CofxZone'],
  cofx_js_zone_name: function () { return cofxTakeString(CofxZone.read()); },

  // After the first frame, once the page is idle: the Schedule tab then opens without that pause.
  cofx_js_zone_read_when_idle__deps: ['$CofxZone'],
  cofx_js_zone_read_when_idle: function () {
    if (window.requestIdleCallback) window.requestIdleCallback(CofxZone.read, { timeout: 5000 });
    else setTimeout(CofxZone.read, 1000);
  },
});
