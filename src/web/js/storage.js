// localStorage (this browser) and sessionStorage (this tab), which throw in private modes
// (SecurityError) and when full (QuotaExceededError): both become status codes, never
// exceptions in C++.
mergeInto(LibraryManager.library, {
  $cofxStorageArea: function (tab) { return tab ? window.sessionStorage : window.localStorage; },

  cofx_js_storage_get__deps: ['$cofxTakeString', '$cofxStorageArea'],
  cofx_js_storage_get: function (key, tab) {
    try {
      var value = cofxStorageArea(tab).getItem(UTF8ToString(key));
      return value === null ? 0 : cofxTakeString(value);
    } catch (e) {
      return 0;
    }
  },

  cofx_js_storage_set__deps: ['$cofxStorageArea'],
  cofx_js_storage_set: function (key, value, tab) {
    try {
      var text = UTF8ToString(value);
      if (text === '') cofxStorageArea(tab).removeItem(UTF8ToString(key));
      else cofxStorageArea(tab).setItem(UTF8ToString(key), text);
      return 0;
    } catch (e) {
      var quota = e && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22);
      return quota ? 1 : 2;
    }
  },

  // navigator.locks around a read-modify-write of one key, shared by this browser's
  // tabs. 1: no such locks here, go ahead. 0: a {type:'lock'} event follows once held,
  // or after 2 s without it (a stuck tab must not stop this one from saving).
  $CofxLocks: { held: {} },

  cofx_js_lock_acquire__deps: ['$CofxLocks', '$cofxPostEvent'],
  cofx_js_lock_acquire: function (name) {
    var lockName = UTF8ToString(name);
    if (!navigator.locks || !navigator.locks.request || !window.AbortController) return 1;
    var answered = false;
    var controller = new AbortController();
    var answer = function () {
      answered = true;
      cofxPostEvent({ 'type': 'lock', 'name': lockName });
    };
    var timer = setTimeout(function () {
      if (answered) return;
      controller.abort();
      answer();
    }, 2000);
    navigator.locks.request(lockName, { signal: controller.signal }, function () {
      if (answered) return undefined;  // gave up waiting: do not hold it now
      clearTimeout(timer);
      return new Promise(function (release) {
        CofxLocks.held[lockName] = release;
        answer();
      });
    }).catch(function () {});
    return 0;
  },

  cofx_js_lock_release__deps: ['$CofxLocks'],
  cofx_js_lock_release: function (name) {
    var lockName = UTF8ToString(name);
    var release = CofxLocks.held[lockName];
    delete CofxLocks.held[lockName];
    if (release) release();
  },

  // Another tab changed localStorage: the app re-reads and merges.
  cofx_js_watch_storage__deps: ['$cofxPostEvent'],
  cofx_js_watch_storage: function () {
    window.addEventListener('storage', function (event) {
      if (event.storageArea === window.localStorage) cofxPostEvent({ type: 'storage', key: event.key || '' });
    });
  },
});
