// Keys for ImGui, without taking them from the rest of the page. These listeners, on window in
// the capture phase, decide:
// - whether ImGui gets a key press (cofx_input_key): only if it is aimed at the canvas or the
//   hidden text input, is not part of an IME composition, and is not a clipboard shortcut (the
//   browser's copy/cut/paste events carry those: clipboard.js). Releases always go through.
//   Tab and Backspace that ImGui gets lose their default action (focus would leave the canvas;
//   the hidden input would erase on its own); every other key keeps it, and keys aimed at any
//   other element (the hidden action buttons, the accessible mirror) are left entirely alone;
// - Escape on the canvas itself (no text field active, no popup open) also moves the keyboard
//   out of it, to the page's first action button, since ImGui keeps Tab inside the canvas;
// - macOS sends no keyup for keys pressed while Cmd was down: when Cmd goes up, each key
//   ImGui got and still holds is released too.
// Text never comes from key events: only from the hidden input (text_input.js).
mergeInto(LibraryManager.library, {
  $CofxKeyboard__deps: ['$CofxPointer'],
  $CofxKeyboard: {
    apple: false,      // macOS or iOS: Cmd, not Ctrl, makes shortcuts (set by install)
    popupOpen: false,  // an ImGui popup is open: Escape closes it and stays on the canvas
    ownsTarget: null,  // set by install: is this element one whose keys go to ImGui?
    down: {},          // keyCode -> location, for the presses ImGui got and not yet released

    // Ctrl/Cmd+C, X, V and the Insert-key forms, as the browser's editing commands know them.
    isClipboardShortcut: function (event) {
      var code = event.keyCode;
      var shortcut = CofxKeyboard.apple ? event.metaKey : event.ctrlKey;
      if (shortcut && !event.altKey && (code === 67 || code === 86 || code === 88)) return true;
      return (code === 45 && (event.ctrlKey || event.shiftKey)) || (code === 46 && event.shiftKey && !event.ctrlKey);
    },

    send: function (event, code, location, down) {
      _cofx_input_key(code, location, down ? 1 : 0, CofxPointer.modifiers(event));
    },

    onKeydown: function (event) {
      if (!CofxKeyboard.ownsTarget) return;  // before main(): ImGui is not there yet
      var code = event.keyCode;
      var forImGui = CofxKeyboard.ownsTarget(event.target, event) && !event.isComposing && code !== 229 &&
                     !CofxKeyboard.isClipboardShortcut(event);
      if (!forImGui) return;
      if (code === 8 || code === 9) event.preventDefault();
      CofxKeyboard.down[code] = event.location;
      if (code === 27 && event.target === Module['canvas'] && !CofxKeyboard.popupOpen) {
        var first = document.querySelector('#actions button');
        if (first) first.focus();
      }
      CofxKeyboard.send(event, code, event.location, true);
    },

    onKeyup: function (event) {
      if (!CofxKeyboard.ownsTarget) return;
      var code = event.keyCode;
      delete CofxKeyboard.down[code];
      CofxKeyboard.send(event, code, event.location, false);
      var meta = code === 91 || code === 93 || code === 224;
      if (!CofxKeyboard.apple || !meta) return;
      Object.keys(CofxKeyboard.down).forEach(function (key) {
        var held = Number(key);
        if (held === 16 || held === 17 || held === 18) return;
        CofxKeyboard.send(event, held, CofxKeyboard.down[key], false);
        delete CofxKeyboard.down[key];
      });
    },

    // main() asks before install runs: decide from the platform, not from install.
    isApple: function () {
      var platform = (navigator.userAgentData && navigator.userAgentData.platform) || navigator.platform || '';
      return /Mac|iPhone|iPad|iPod/.test(platform);
    },

    install: function (ownsTarget) {
      CofxKeyboard.apple = CofxKeyboard.isApple();
      CofxKeyboard.ownsTarget = ownsTarget;
      window.addEventListener('keydown', CofxKeyboard.onKeydown, true);
      window.addEventListener('keyup', CofxKeyboard.onKeyup, true);
    },

    // The page lost the focus (input.js): no key is down any more.
    letGo: function () { CofxKeyboard.down = {}; },
  },

  // A touch-only device (no fine pointer and no hover anywhere) is taken to have no keyboard
  // worth advertising shortcuts for.
  cofx_js_has_keyboard__deps: ['$CofxMediaQuery'],
  cofx_js_has_keyboard: function () {
    var pointer = CofxMediaQuery.get('(any-pointer: fine), (any-hover: hover)');
    return !pointer || pointer.matches ? 1 : 0;
  },

  cofx_js_set_popup_open__deps: ['$CofxKeyboard'],
  cofx_js_set_popup_open: function (open) { CofxKeyboard.popupOpen = open !== 0; },

  cofx_js_is_apple__deps: ['$CofxKeyboard'],
  cofx_js_is_apple: function () { return CofxKeyboard.isApple() ? 1 : 0; },
});
