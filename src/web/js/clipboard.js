// The clipboard, two ways.
// - The app's "Copy link" button: the async Clipboard API, falling back to a hidden
//   textarea and execCommand. Answers with a 'clipboard' event.
// - ImGui text fields: the browser's own copy/cut/paste events (keyboard shortcuts and
//   the context menu alike), which need no permission. Copy and cut take the active
//   field's selection synchronously from C++; paste types the text into the field.
//   ImGui's own clipboard functions read and write `buffer`, which follows both.
mergeInto(LibraryManager.library, {
  $CofxClipboard__deps: ['$CofxFrames', '$CofxTextInput', 'free'],
  $CofxClipboard: {
    buffer: '',

    // Only events aimed at the lobby: the canvas or its hidden text input.
    ours: function (event) {
      return event.target === Module['canvas'] || event.target === CofxTextInput.element;
    },

    onCopyOrCut: function (event) {
      if (!CofxClipboard.ours(event) || !event.clipboardData) return;
      var ptr = _cofx_input_take_selection(event.type === 'cut' ? 1 : 0);
      if (!ptr) return;
      var text = UTF8ToString(ptr);
      _free(ptr);
      event.clipboardData.setData('text/plain', text);
      event.preventDefault();
      CofxClipboard.buffer = text;
      CofxFrames.wake();
    },

    onPaste: function (event) {
      if (!CofxClipboard.ours(event) || !event.clipboardData) return;
      event.preventDefault();
      var text = event.clipboardData.getData('text/plain');
      if (!text) return;
      CofxClipboard.buffer = text;
      CofxTextInput.send(text);
    },

    install: function () {
      document.addEventListener('copy', CofxClipboard.onCopyOrCut);
      document.addEventListener('cut', CofxClipboard.onCopyOrCut);
      document.addEventListener('paste', CofxClipboard.onPaste);
    },
  },

  cofx_js_set_clipboard_text__deps: ['$CofxClipboard'],
  cofx_js_set_clipboard_text: function (textPtr) { CofxClipboard.buffer = UTF8ToString(textPtr); },

  cofx_js_clipboard_text__deps: ['$CofxClipboard', '$cofxTakeString'],
  cofx_js_clipboard_text: function () { return cofxTakeString(CofxClipboard.buffer); },

  // A phone's share sheet; desktops (a fine pointer) copy the link instead, as people expect there.
  cofx_js_can_share__deps: ['$CofxMediaQuery'],
  cofx_js_can_share: function () {
    var coarse = CofxMediaQuery.get('(pointer: coarse)');
    return typeof navigator.share === 'function' && !!coarse && coarse.matches;
  },

  cofx_js_share__deps: ['$cofxCopyText'],
  cofx_js_share: function (titlePtr, urlPtr) {
    var title = UTF8ToString(titlePtr);
    var url = UTF8ToString(urlPtr);
    if (typeof navigator.share !== 'function') { cofxCopyText(url); return; }
    var data = { 'url': url };
    if (title) data['title'] = title;
    navigator.share(data).catch(function (error) {
      if (!error || error.name !== 'AbortError') cofxCopyText(url);  // AbortError: the person closed the sheet
    });
  },

  cofx_js_copy_text__deps: ['$cofxCopyText'],
  cofx_js_copy_text: function (textPtr) { cofxCopyText(UTF8ToString(textPtr)); },

  // The async Clipboard API, else a hidden textarea and execCommand; answers with a 'clipboard' event.
  $cofxCopyText__deps: ['$cofxPostEvent'],
  $cofxCopyText: function (text) {
    var report = function (ok) { cofxPostEvent({ 'type': 'clipboard', 'ok': ok }); };
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
