// System notifications for reminders. Text goes in as plain strings (never HTML);
// a notification with the same tag replaces the one before, so two tabs never stack
// the same reminder. A click focuses this tab and becomes an 'action' event.
mergeInto(LibraryManager.library, {
  cofx_js_notification_permission: function () {
    if (!window.Notification) return 0;
    return { 'default': 1, 'granted': 2, 'denied': 3 }[Notification.permission] || 0;
  },

  cofx_js_request_notifications__deps: ['$cofxPostEvent'],
  cofx_js_request_notifications: function () {
    if (!window.Notification) return;
    var answered = function () { cofxPostEvent({ 'type': 'action', 'name': 'notifications-changed' }); };
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
