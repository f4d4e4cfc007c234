// Wires the input the browser delivers around GLFW: keys (keyboard.js), the hidden text
// input (text_input.js), touches (touch.js) and clipboard events (clipboard.js).
mergeInto(LibraryManager.library, {
  cofx_js_install_input__deps: ['$CofxKeyboard', '$CofxTextInput', '$CofxTouch', '$CofxClipboard'],
  cofx_js_install_input: function () {
    CofxTextInput.install();
    CofxKeyboard.install(function (target) {
      return target === Module['canvas'] || target === CofxTextInput.element;
    });
    CofxTouch.install();
    CofxClipboard.install();
  },
});
