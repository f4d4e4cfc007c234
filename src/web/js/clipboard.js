// Copy through the async Clipboard API, falling back to a hidden textarea and
// execCommand for browsers or contexts without it. Answers with a 'clipboard' event.
mergeInto(LibraryManager.library, {
  cofx_js_copy_text__deps: ['$cofxPostEvent'],
  cofx_js_copy_text: function (textPtr) {
    var text = UTF8ToString(textPtr);
    var report = function (ok) { cofxPostEvent({ type: 'clipboard', ok: ok }); };
    var fallback = function () {
      var area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      area.remove();
      report(ok);
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { report(true); }, fallback);
    } else {
      fallback();
    }
  },
});
