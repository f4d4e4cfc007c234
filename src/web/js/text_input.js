// The hidden DOM <input id="text-input"> that stands in for the active ImGui text field.
// While a field is active it has the focus and sits at ImGui's caret, so IME candidate
// windows open there and phones show their keyboard. All text reaches ImGui from here,
// once: typed characters and dead-key results from beforeinput, IME results only when a
// composition ends, erases from on-screen keyboards that send no key event. Its value is
// ImGui's current selection, selected, so the browser's Copy and Cut are enabled.
mergeInto(LibraryManager.library, {
  $CofxTextInput__deps: ['$CofxFrames', '$CofxPublished', '$CofxMirror', '$CofxCanvasBox', '$cofxTakeString', '$cofxTr', 'free'],
  $CofxTextInput: {
    element: null,
    active: false,     // an ImGui text field has the keyboard
    readOnly: false,
    composing: false,
    selection: '',
    caret: { x: 0, y: 0, height: 0 },  // CSS pixels in the viewport
    sentByBeforeInput: false,
    // On-screen keyboard hints for the lobby's named fields (names as in cofx.widgets).
    hints: {
      'name': { capitalize: 'words', enter: 'next' },
      'code': { capitalize: 'characters', enter: 'go' },
      'prejoin-name': { capitalize: 'words', enter: 'go' },
    },
    defaultHint: { capitalize: 'sentences', enter: 'done' },

    send: function (text) {
      if (!text) return;
      var ptr = cofxTakeString(text);
      _cofx_input_text(ptr);
      _free(ptr);
      CofxFrames.wake();
    },

    erase: function (forward) {
      _cofx_input_erase(forward ? 1 : 0);
      CofxFrames.wake();
    },

    // What the DOM input holds between edits: ImGui's selection, selected.
    mirror: function () {
      var input = CofxTextInput.element;
      if (CofxTextInput.composing) return;
      var want = CofxTextInput.active ? CofxTextInput.selection : '';
      if (input.value !== want) input.value = want;
      if (document.activeElement === input && want) input.setSelectionRange(0, want.length);
    },

    // The text field widget (from the last published frame) at a point in CSS pixels.
    fieldAt: function (x, y) {
      var widgets = CofxPublished.get()['widgets'] || {};
      var names = Object.keys(widgets);
      for (var i = 0; i < names.length; i++) {
        var r = widgets[names[i]];
        if (r['textField'] && x >= r['x'] && x < r['x'] + r['w'] && y >= r['y'] && y < r['y'] + r['h']) return names[i];
      }
      return null;
    },

    // Named after the field being edited (its label in the published widgets); with no field,
    // out of the accessibility tree, so a screen reader finds no nameless "Text field".
    describe: function (fieldName) {
      var input = CofxTextInput.element;
      var hint = (fieldName && CofxTextInput.hints[fieldName]) || CofxTextInput.defaultHint;
      var widget = fieldName && (CofxPublished.get()['widgets'] || {})[fieldName];
      var label = (widget && widget['label']) || cofxTr('Text field');
      var set = function (name, value) { if (input.getAttribute(name) !== value) input.setAttribute(name, value); };
      set('aria-label', label);
      set('autocapitalize', hint.capitalize);
      set('enterkeyhint', hint.enter);
      if (fieldName || CofxTextInput.active) input.removeAttribute('aria-hidden');
      else set('aria-hidden', 'true');
    },

    moveTo: function (x, y, height) {
      var style = CofxTextInput.element.style;
      style.left = x + 'px';
      style.top = y + 'px';
      style.height = Math.max(height, 1) + 'px';
    },

    // Focus moves only from the canvas or the accessible mirror (mirror.js) to this input:
    // never away from other controls.
    focus: function () {
      var input = CofxTextInput.element;
      var current = document.activeElement;
      if (current === input) return;
      var ours = current === Module['canvas'] || CofxMirror.isMirrored(current);
      if (current && current !== document.body && !ours) return;
      input.focus({ preventScroll: true });
    },

    release: function () {
      if (document.activeElement === CofxTextInput.element) Module['canvas'].focus({ preventScroll: true });
    },

    // Phones open their keyboard only for a focus inside the person's own tap.
    focusForTap: function (x, y) {
      var field = CofxTextInput.fieldAt(x, y);
      if (!field) return;
      CofxTextInput.describe(field);
      CofxTextInput.moveTo(x, y, CofxTextInput.caret.height || 16);
      CofxTextInput.element.focus({ preventScroll: true });
    },

    onBeforeInput: function (event) {
      var type = event.inputType || '';
      // Compositions are committed whole in compositionend; their steps are left alone.
      if (CofxTextInput.composing || event.isComposing || /Composition/.test(type)) return;
      event.preventDefault();
      CofxTextInput.sentByBeforeInput = true;
      if (type === 'insertText' || type === 'insertReplacementText') {
        var data = event.data;
        if (data == null && event.dataTransfer) data = event.dataTransfer.getData('text/plain');
        CofxTextInput.send(data);
      } else if (type.indexOf('delete') === 0) {
        CofxTextInput.erase(/Forward$/.test(type));
      }
    },

    // Browsers that cannot cancel beforeinput (or lack it) change the value: take the
    // text from here instead, then put the mirror back.
    onInput: function (event) {
      if (CofxTextInput.composing || event.isComposing) return;
      if (!CofxTextInput.sentByBeforeInput && event.inputType === 'insertText') CofxTextInput.send(event.data);
      CofxTextInput.sentByBeforeInput = false;
      CofxTextInput.mirror();
    },

    onCompositionStart: function () {
      CofxTextInput.composing = true;
      CofxTextInput.element.classList.add('composing');
    },

    onCompositionEnd: function (event) {
      CofxTextInput.composing = false;
      CofxTextInput.element.classList.remove('composing');
      CofxTextInput.send(event.data);
      setTimeout(CofxTextInput.mirror, 0);  // Safari still sends the composition's input event
    },

    // A right click on an active field opens the browser's own menu on this input
    // (Cut, Copy, Paste); it moves under the pointer for that one event.
    onCanvasMouseDown: function (event) {
      var input = CofxTextInput.element;
      if (document.activeElement === input) event.preventDefault();  // keep the IME's focus
      if (event.button !== 2 || !CofxTextInput.active) return;
      input.classList.add('menu');
      CofxTextInput.moveTo(event.clientX - 8, event.clientY - 8, 16);
      CofxTextInput.focus();
      CofxTextInput.mirror();
    },

    endMenu: function () {
      var input = CofxTextInput.element;
      if (!input.classList.contains('menu')) return;
      input.classList.remove('menu');
      var caret = CofxTextInput.caret;
      CofxTextInput.moveTo(caret.x, caret.y, caret.height);
    },

    install: function () {
      var input = document.getElementById('text-input');
      if (!input) {  // an older shell: make one
        input = document.createElement('input');
        input.id = 'text-input';
        input.type = 'text';
        input.tabIndex = -1;
        document.body.appendChild(input);
      }
      CofxTextInput.element = input;
      CofxTextInput.describe(null);
      input.addEventListener('beforeinput', CofxTextInput.onBeforeInput);
      input.addEventListener('input', CofxTextInput.onInput);
      input.addEventListener('compositionstart', CofxTextInput.onCompositionStart);
      input.addEventListener('compositionend', CofxTextInput.onCompositionEnd);
      input.addEventListener('contextmenu', function () { setTimeout(CofxTextInput.endMenu, 0); });
      window.addEventListener('pointerdown', function (event) {
        if (event.button !== 2) CofxTextInput.endMenu();
      }, true);
      Module['canvas'].addEventListener('mousedown', CofxTextInput.onCanvasMouseDown);
    },
  },

  // After each frame, from C++ (web/text_input.cpp): the active field, its caret in
  // canvas pixels, and its selected text.
  cofx_js_text_field__deps: ['$CofxTextInput'],
  cofx_js_text_field: function (active, readOnly, secret, x, y, height, selectionPtr) {
    var T = CofxTextInput;
    var input = T.element;
    if (!input) return;
    T.active = !!active;
    T.readOnly = !!readOnly;
    T.selection = UTF8ToString(selectionPtr);
    input.readOnly = T.readOnly;
    // A password or JWT field: no keyboard learning, no autofill of the wrong thing.
    var type = active && secret ? 'password' : 'text';
    if (input.type !== type) input.type = type;
    input.autocomplete = type === 'password' ? 'new-password' : 'off';  // never a saved login
    if (!T.active) {
      T.release();
      if (document.activeElement !== input) T.describe(null);
      T.mirror();
      return;
    }
    var canvas = Module['canvas'];
    var box = CofxCanvasBox.get();
    var scale = canvas.width > 0 ? box.width / canvas.width : 1;
    T.caret = { x: box.left + x * scale, y: box.top + y * scale, height: height * scale };
    if (!input.classList.contains('menu')) T.moveTo(T.caret.x, T.caret.y, T.caret.height);
    T.describe(T.fieldAt(T.caret.x + 1, T.caret.y + T.caret.height / 2));
    T.focus();
    T.mirror();
  },
});
