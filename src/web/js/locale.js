// The viewer's locale: the first day of the week, from Intl's week info
// (getWeekInfo() in newer browsers, the weekInfo property in older Chromium).
// Monday, the ISO first day, where the browser does not say.
mergeInto(LibraryManager.library, {
  cofx_js_first_weekday: function () {
    try {
      var locale = new Intl.Locale(navigator.language || 'en');
      var info = typeof locale.getWeekInfo === 'function' ? locale.getWeekInfo() : locale.weekInfo;
      var day = info && info.firstDay;
      return day >= 1 && day <= 7 ? day : 1;
    } catch (e) {
      return 1;
    }
  },
});
