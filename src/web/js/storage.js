// localStorage, which throws in private modes (SecurityError) and when full
// (QuotaExceededError): both become status codes, never exceptions in C++.
mergeInto(LibraryManager.library, {
  cofx_js_storage_get__deps: ['$cofxTakeString'],
  cofx_js_storage_get: function (key) {
    try {
      var value = window.localStorage.getItem(UTF8ToString(key));
      return value === null ? 0 : cofxTakeString(value);
    } catch (e) {
      return 0;
    }
  },

  cofx_js_storage_set: function (key, value) {
    try {
      window.localStorage.setItem(UTF8ToString(key), UTF8ToString(value));
      return 0;
    } catch (e) {
      var quota = e && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22);
      return quota ? 1 : 2;
    }
  },
});
