// System notifications for reminders. Text goes in as plain strings (never HTML);
// a notification with the same tag replaces the one before, so two tabs never stack
// the same reminder. A click focuses this tab and becomes an 'action' event.
mergeInto(LibraryManager.library, {
  // Notification.permission is a synchronous round trip to the browser (over a millisecond a
  // read in Chromium), and the Schedule tab asks every frame: the answer is kept, and read
  // again when it can have changed (the person's answer, the site's settings, a return to the tab).
  $CofxNotifyPermission__deps: ['$cofxPostEvent'],
  $CofxNotifyPermission: {
    known: null,
    watching: false,

    get: function () {
      if (CofxNotifyPermission.known === null) CofxNotifyPermission.known = CofxNotifyPermission.read();
      if (!CofxNotifyPermission.watching) CofxNotifyPermission.watch();
      return CofxNotifyPermission.known;
    },

    read: function () {
      if (!window.Notification) return 0;
      return { 'default': 1, 'granted': 2, 'denied': 3 }[Notification.permission] || 0;
    },

    // Read again at the next get(); the app hears of it and draws.
    changed: function () {
      CofxNotifyPermission.known = null;
      cofxPostEvent({ 'type': 'action', 'name': 'notifications-changed' });
    },

    watch: function () {
      CofxNotifyPermission.watching = true;
      var forget = function () { CofxNotifyPermission.known = null; };
      window.addEventListener('focus', forget);
      document.addEventListener('visibilitychange', forget);
      try {
        navigator.permissions.query({ 'name': 'notifications' }).then(function (status) {
          status.onchange = CofxNotifyPermission.changed;
        }, function () {});
      } catch (e) { /* no Permissions API: focus and visibility still refresh it */ }
    },
  },

  cofx_js_notification_permission__deps: ['$CofxNotifyPermission'],
  cofx_js_notification_permission: function () { return CofxNotifyPermission.get(); },

  cofx_js_request_notifications__deps: ['$CofxNotifyPermission'],
  cofx_js_request_notifications: function () {
    if (!window.Notification) return;
    var answered = CofxNotifyPermission.changed;
    try {
      var asked = Notification.requestPermission(answered);
      if (asked && asked.then) asked.then(answered, answered);
    } catch (e) {
      answered();
    }
  },

  cofx_js_notify__deps: ['$cofxPostEvent'],
  cofx_js_notify: function (title, body, tag, clickAction) {
    if (!window.Notification || Notification.permission !== 'granted') return 0;
    var action = UTF8ToString(clickAction);
    try {
      var shown = new Notification(UTF8ToString(title), { 'body': UTF8ToString(body), 'tag': UTF8ToString(tag) });
      shown.onclick = function () {
        window.focus();
        shown.close();
        cofxPostEvent({ 'type': 'action', 'name': action });
      };
      return 1;
    } catch (e) {
      return 0;  // e.g. Chrome on Android only notifies from a service worker: the banner shows instead
    }
  },
});
