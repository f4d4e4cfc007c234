// Wires the input the browser delivers to ImGui: keys (keyboard.js, which decides which ones
// ImGui gets), the mouse and wheel (pointer.js), the hidden text input (text_input.js),
// touches (touch.js) and clipboard events (clipboard.js).
mergeInto(LibraryManager.library, {
  cofx_js_install_input__deps: ['$CofxKeyboard', '$CofxPointer', '$CofxTextInput', '$CofxTouch', '$CofxClipboard',
    '$CofxMirror'],
  cofx_js_install_input: function () {
    CofxTextInput.install();
    CofxKeyboard.install(function (target, event) {
      if (target === Module['canvas'] || target === CofxTextInput.element) return true;
      if (!CofxMirror.isMirrored(target)) return false;
      // A mirrored button or checkbox is pressed by the browser's own click on Enter or
      // Space (mirror.js): ImGui must not press it a second time.
      var activation = event && event.type === 'keydown' && (event.key === 'Enter' || event.key === ' ');
      return !activation;
    });
    CofxPointer.install();
    CofxTouch.install();
    CofxClipboard.install();
    // Another window or tab took the focus: ImGui lets go of every key and the mouse.
    window.addEventListener('blur', function (event) {
      if (event.target !== window) return;
      CofxKeyboard.letGo();
      CofxPointer.letGo();
      _cofx_input_focus(0);
    });
    window.addEventListener('focus', function (event) { if (event.target === window) _cofx_input_focus(1); });
  },
});
