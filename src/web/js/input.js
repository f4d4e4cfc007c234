// Wires the input the browser delivers around GLFW: keys (keyboard.js, which decides what
// GLFW hears), the hidden text input (text_input.js), touches (touch.js, which GLFW never
// hears) and clipboard events (clipboard.js). The mouse and wheel reach ImGui through GLFW
// and ImGui's own Emscripten wheel callback, untouched.
mergeInto(LibraryManager.library, {
  cofx_js_install_input__deps: ['$CofxKeyboard', '$CofxTextInput', '$CofxTouch', '$CofxClipboard', '$CofxMirror'],
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
    CofxTouch.install();
    CofxClipboard.install();
  },
});
