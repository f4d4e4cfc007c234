// Keys for ImGui, without taking them from the rest of the page. Emscripten's GLFW
// listens on window for every key on the page and cancels Backspace and Tab, and it
// delivers text from keypress. Here its listeners are replaced by filtered ones:
// - GLFW sees only keys aimed at the canvas or the hidden text input, so the hidden
//   action buttons (and any other DOM control) keep Tab, Enter and Backspace;
// - keys that belong to an IME composition never reach it;
// - clipboard shortcuts are left to the browser, whose copy/cut/paste events
//   (clipboard.js) carry the text, so ImGui never acts on them twice;
// - GLFW's keypress text is dropped: text comes only from the hidden input (text_input.js);
// - focus moving between the canvas and the hidden input is not a window blur, so
//   held modifiers stay held;
// - Escape on the canvas itself (no text field active, no popup open) also moves the keyboard out of it,
//   to the page's first action button, since GLFW keeps Tab inside ImGui.
mergeInto(LibraryManager.library, {
  $CofxKeyboard__deps: ['$GLFW'],
  $CofxKeyboard: {
    apple: false,      // macOS or iOS: Cmd, not Ctrl, makes shortcuts (set by install)
    popupOpen: false,  // an ImGui popup is open: Escape closes it and stays on the canvas
    ownsTarget: null,  // set by install: is this element one whose keys go to ImGui?

    // Ctrl/Cmd+C, X, V and the Insert-key forms, as the browser's editing commands know them.
    isClipboardShortcut: function (event) {
      var code = event.keyCode;
      var shortcut = CofxKeyboard.apple ? event.metaKey : event.ctrlKey;
      if (shortcut && !event.altKey && (code === 67 || code === 86 || code === 88)) return true;
      return (code === 45 && (event.ctrlKey || event.shiftKey)) || (code === 46 && event.shiftKey && !event.ctrlKey);
    },

    onKeydown: function (event) {
      if (!CofxKeyboard.ownsTarget(event.target, event)) return;
      if (event.isComposing || event.keyCode === 229) return;
      if (CofxKeyboard.isClipboardShortcut(event)) return;
      GLFW.onKeydown(event);
      if (event.keyCode === 27 && event.target === Module['canvas'] && !CofxKeyboard.popupOpen) {
        var first = document.querySelector('#actions button');
        if (first) first.focus();
      }
    },

    // Always forwarded: a key pressed before focus moved must still be released.
    onKeyup: function (event) {
      GLFW.onKeyup(event);
      // macOS sends no keyup for keys pressed while Cmd was down: release them with Cmd.
      var meta = event.keyCode === 91 || event.keyCode === 93 || event.keyCode === 224;
      if (CofxKeyboard.apple && meta) {
        var keys = GLFW.active ? GLFW.active.domKeys : [];
        for (var code = 0; code < keys.length; code++) {
          if (keys[code] && code !== 16 && code !== 17 && code !== 18) GLFW.onKeyChanged(code, 0);
        }
      }
    },

    onBlur: function (event) {
      if (event.target === window) GLFW.onBlur(event);
    },

    // main() asks before install runs: decide from the platform, not from install.
    isApple: function () {
      var platform = (navigator.userAgentData && navigator.userAgentData.platform) || navigator.platform || '';
      return /Mac|iPhone|iPad|iPod/.test(platform);
    },

    install: function (ownsTarget) {
      CofxKeyboard.apple = CofxKeyboard.isApple();
      CofxKeyboard.ownsTarget = ownsTarget;
      window.removeEventListener('keydown', GLFW.onKeydown, true);
      window.removeEventListener('keyup', GLFW.onKeyup, true);
      window.removeEventListener('keypress', GLFW.onKeyPress, true);
      window.removeEventListener('blur', GLFW.onBlur, true);
      window.addEventListener('keydown', CofxKeyboard.onKeydown, true);
      window.addEventListener('keyup', CofxKeyboard.onKeyup, true);
      window.addEventListener('blur', CofxKeyboard.onBlur, true);
    },
  },

  // A touch-only device (no fine pointer and no hover anywhere) is taken to have no keyboard
  // worth advertising shortcuts for.
  cofx_js_has_keyboard: function () {
    if (!window.matchMedia) return 1;
    return window.matchMedia('(any-pointer: fine), (any-hover: hover)').matches ? 1 : 0;
  },

  cofx_js_set_popup_open__deps: ['$CofxKeyboard'],
  cofx_js_set_popup_open: function (open) { CofxKeyboard.popupOpen = open !== 0; },

  cofx_js_is_apple__deps: ['$CofxKeyboard'],
  cofx_js_is_apple: function () { return CofxKeyboard.isApple() ? 1 : 0; },
});
