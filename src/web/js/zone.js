// The viewer's time zone: JavaScript Date knows the offset at any instant.
mergeInto(LibraryManager.library, {
  // Minutes east of UTC (getTimezoneOffset counts west, hence the minus).
  cofx_js_zone_offset_minutes: function (utcSeconds) {
    var offset = -new Date(utcSeconds * 1000).getTimezoneOffset();
    return isFinite(offset) ? offset : 0;
  },

  cofx_js_zone_name__deps: ['$cofxTakeString'],
  cofx_js_zone_name: function () {
    var name = '';
    try { name = Intl.DateTimeFormat().resolvedOptions().timeZone || ''; } catch (e) { name = ''; }
    return cofxTakeString(name);
  },
});
