// Keys for ImGui, without taking them from the rest of the page. ImGui hears keys through
// Emscripten's GLFW, which listens on window (capture phase) for every key on the page,
// cancels Backspace and Tab wherever they are pressed, and releases every key when anything
// at all loses focus. This file never touches GLFW: its own window listeners are added when
// the script loads, before main() starts GLFW, so they run first on every key, and decide:
// - whether ImGui gets this key press: main.cpp's GLFW key callback (web/keyboard_input.cpp)
//   asks cofx_js_key_for_imgui() and passes the press on only if it is aimed at the canvas or
//   the hidden text input, is not part of an IME composition, and is not a clipboard shortcut
//   (the browser's copy/cut/paste events carry those: clipboard.js). Releases always go through;
// - Tab and Backspace aimed elsewhere stop here (stopImmediatePropagation), or GLFW would
//   cancel them: the hidden action buttons, the accessible mirror and any other DOM control
//   keep them. Their default actions still run, but no later keydown listener hears these two
//   keys on such a control, the control's own included; every other key goes on as usual;
// - a blur that is not the window's (focus moving between the canvas and the hidden input)
//   stops here, so GLFW keeps held modifiers held;
// - Escape on the canvas itself (no text field active, no popup open) also moves the keyboard
//   out of it, to the page's first action button, since ImGui keeps Tab inside the canvas;
// - macOS sends no keyup for keys pressed while Cmd was down: when Cmd goes up, each key
//   ImGui got and still holds gets a keyup of its own (dispatched on window, as the browser would).
// GLFW's keypress text never reaches ImGui (its char callback is removed): text comes only
// from the hidden input (text_input.js).
mergeInto(LibraryManager.library, {
  $CofxKeyboard__postset: 'CofxKeyboard.listen();',
  $CofxKeyboard: {
    apple: false,      // macOS or iOS: Cmd, not Ctrl, makes shortcuts (set by install)
    popupOpen: false,  // an ImGui popup is open: Escape closes it and stays on the canvas
    ownsTarget: null,  // set by install: is this element one whose keys go to ImGui?
    forImGui: false,   // the verdict on the latest key press, which GLFW reports next
    down: {},          // keyCode -> true for the presses ImGui got and not yet released

    // Ctrl/Cmd+C, X, V and the Insert-key forms, as the browser's editing commands know them.
    isClipboardShortcut: function (event) {
      var code = event.keyCode;
      var shortcut = CofxKeyboard.apple ? event.metaKey : event.ctrlKey;
      if (shortcut && !event.altKey && (code === 67 || code === 86 || code === 88)) return true;
      return (code === 45 && (event.ctrlKey || event.shiftKey)) || (code === 46 && event.shiftKey && !event.ctrlKey);
    },

    onKeydown: function (event) {
      CofxKeyboard.forImGui = false;
      if (!CofxKeyboard.ownsTarget) return;  // before main(): ImGui is not there yet
      var forImGui = CofxKeyboard.ownsTarget(event.target, event) && !event.isComposing &&
                     event.keyCode !== 229 && !CofxKeyboard.isClipboardShortcut(event);
      CofxKeyboard.forImGui = forImGui;
      if (!forImGui) {
        if (event.keyCode === 8 || event.keyCode === 9) event.stopImmediatePropagation();
        return;
      }
      CofxKeyboard.down[event.keyCode] = true;
      if (event.keyCode === 27 && event.target === Module['canvas'] && !CofxKeyboard.popupOpen) {
        var first = document.querySelector('#actions button');
        if (first) first.focus();  // this Escape still goes on to GLFW: its target stays the canvas
      }
    },

    onKeyup: function (event) {
      CofxKeyboard.forImGui = false;
      delete CofxKeyboard.down[event.keyCode];
      var meta = event.keyCode === 91 || event.keyCode === 93 || event.keyCode === 224;
      if (!CofxKeyboard.apple || !meta) return;
      Object.keys(CofxKeyboard.down).forEach(function (key) {
        var code = Number(key);
        if (code === 16 || code === 17 || code === 18) return;
        delete CofxKeyboard.down[key];
        var release = new KeyboardEvent('keyup', { bubbles: true, cancelable: true });
        Object.defineProperty(release, 'keyCode', { value: code });  // what GLFW reads
        window.dispatchEvent(release);
      });
    },

    onBlur: function (event) {
      if (event.target !== window) event.stopImmediatePropagation();
      else CofxKeyboard.down = {};  // GLFW releases them all
    },

    // main() asks before install runs: decide from the platform, not from install.
    isApple: function () {
      var platform = (navigator.userAgentData && navigator.userAgentData.platform) || navigator.platform || '';
      return /Mac|iPhone|iPad|iPod/.test(platform);
    },

    // At script load, before GLFW adds its own listeners.
    listen: function () {
      window.addEventListener('keydown', CofxKeyboard.onKeydown, true);
      window.addEventListener('keyup', CofxKeyboard.onKeyup, true);
      window.addEventListener('blur', CofxKeyboard.onBlur, true);
    },

    install: function (ownsTarget) {
      CofxKeyboard.apple = CofxKeyboard.isApple();
      CofxKeyboard.ownsTarget = ownsTarget;
    },
  },

  cofx_js_key_for_imgui__deps: ['$CofxKeyboard'],
  cofx_js_key_for_imgui: function () { return CofxKeyboard.forImGui ? 1 : 0; },

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
