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
});
