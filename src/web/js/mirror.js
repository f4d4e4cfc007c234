// The accessible mirror of the canvas: one transparent DOM element per widget ImGui drew
// (app/widget_rects.h), placed over it, with its role, name and state, so screen readers
// and Playwright's getByRole see the lobby as they would an HTML page. The DOM changes
// only when the published widgets change (never per frame). Focus goes both ways:
// focusing an element focuses its ImGui widget (a text field starts editing, and typing
// goes to the hidden text input), and when ImGui's focus moves while the person is in the
// mirror, DOM focus follows. Activating an element (Enter, Space, a screen reader's
// click) presses the widget. Text is set with textContent/attributes, never as HTML.
mergeInto(LibraryManager.library, {
  $CofxMirror__deps: ['$cofxPostEvent'],
  $CofxMirror: {
    root: null,
    tablist: null,
    elements: {},   // name -> element
    focused: '',    // ImGui's focused widget, as last told

    STATE: { textField: 1, checkable: 2, checked: 4, selected: 8, expandable: 16, expanded: 32, disabled: 64, invalid: 128 },

    ensureRoot: function () {
      if (CofxMirror.root) return;
      var root = document.createElement('div');
      root.id = 'a11y-mirror';
      var tablist = document.createElement('div');
      tablist.setAttribute('role', 'tablist');
      tablist.setAttribute('aria-label', 'Lobby sections');
      root.appendChild(tablist);
      var canvas = Module['canvas'];
      canvas.parentNode.insertBefore(root, canvas.nextSibling);
      CofxMirror.root = root;
      CofxMirror.tablist = tablist;
    },

    isMirrored: function (element) {
      return Boolean(element && CofxMirror.root && element.parentNode &&
                     (element.parentNode === CofxMirror.root || element.parentNode === CofxMirror.tablist));
    },

    tagFor: function (role, label) {
      if (role === 'textbox') return /password|jwt/i.test(label) ? 'input:password' : 'input:text';
      if (role === 'checkbox') return 'input:checkbox';
      if (role === 'radio') return 'input:radio';
      return 'button';
    },

    create: function (name, widget) {
      var kind = CofxMirror.tagFor(widget.role, widget.label);
      var element = document.createElement(kind.split(':')[0]);
      if (kind.indexOf(':') > 0) element.type = kind.split(':')[1];
      else element.type = 'button';
      element.id = 'a11y-' + name;
      element.dataset.widget = name;
      element.dataset.kind = kind;
      element.tabIndex = -1;
      if (element.tagName === 'INPUT' && element.type !== 'checkbox' && element.type !== 'radio') {
        element.readOnly = true;  // typing goes to ImGui through the hidden text input
        element.autocomplete = 'off';
      }
      element.addEventListener('focus', function () {
        var typing = element.tagName === 'INPUT' && (element.type === 'text' || element.type === 'password');
        if (CofxMirror.focused !== name) {
          cofxPostEvent({ 'type': 'a11y', 'action': 'focus', 'name': name });
        } else if (typing) {
          // The field is already being edited: typing goes to the hidden text input.
          var input = document.getElementById('text-input');
          if (input) input.focus({ preventScroll: true });
        }
      });
      element.addEventListener('click', function (event) {
        if (element.tagName === 'INPUT') event.preventDefault();  // the app decides the state
        if (element.type === 'text' || element.type === 'password') return;
        cofxPostEvent({ 'type': 'a11y', 'action': 'press', 'name': name });
      });
      return element;
    },

    apply: function (element, widget, box) {
      var state = widget.states;
      var set = function (attribute, value) {
        if (value === null) {
          if (element.hasAttribute(attribute)) element.removeAttribute(attribute);
        } else if (element.getAttribute(attribute) !== value) {
          element.setAttribute(attribute, value);
        }
      };
      if (element.tagName === 'BUTTON') {
        if (element.textContent !== widget.label) element.textContent = widget.label;
        set('role', widget.role === 'tab' ? 'tab' : widget.role === 'link' ? 'link' : null);
        set('aria-selected', widget.role === 'tab' ? String((state & 8) !== 0) : null);
        set('aria-expanded', (state & 16) ? String((state & 32) !== 0) : null);
        set('aria-haspopup', widget.role === 'combobox' ? 'listbox' : null);
        set('aria-pressed', (state & 2) ? String((state & 4) !== 0) : null);
      } else {
        set('aria-label', widget.label);
        if (element.type === 'checkbox' || element.type === 'radio') element.checked = (state & 4) !== 0;
        else if (element.value !== (widget.value || '')) element.value = widget.value || '';  // read out as its content
        set('aria-invalid', (state & 128) ? 'true' : null);
      }
      set('aria-disabled', (state & 64) ? 'true' : null);
      var describedBy = 'a11y-desc-' + element.dataset.widget;
      var description = document.getElementById(describedBy);
      if (widget.description) {
        if (!description) {
          description = document.createElement('span');
          description.id = describedBy;
          description.className = 'a11y-description';
          CofxMirror.root.appendChild(description);
        }
        if (description.textContent !== widget.description) description.textContent = widget.description;
        set('aria-describedby', describedBy);
      } else {
        if (description) description.remove();
        set('aria-describedby', null);
      }
      var style = element.style;
      style.left = (widget.x - box.left) + 'px';
      style.top = (widget.y - box.top) + 'px';
      style.width = widget.w + 'px';
      style.height = widget.h + 'px';
    },

    // `widgets`: name -> {x, y, w, h (CSS px of the viewport), states, role, label, description, value}.
    update: function (widgets) {
      CofxMirror.ensureRoot();
      var canvas = Module['canvas'];
      var box = canvas.getBoundingClientRect();
      var root = CofxMirror.root;
      root.style.left = box.left + 'px';
      root.style.top = box.top + 'px';
      root.style.width = box.width + 'px';
      root.style.height = box.height + 'px';
      var seen = {};
      Object.keys(widgets).forEach(function (name) {
        var widget = widgets[name];
        if (!widget.label) return;  // nothing to name it by: not mirrored
        seen[name] = true;
        var element = CofxMirror.elements[name];
        if (element && element.dataset.kind !== CofxMirror.tagFor(widget.role, widget.label)) {
          element.remove();
          element = null;
        }
        if (!element) {
          element = CofxMirror.create(name, widget);
          CofxMirror.elements[name] = element;
        }
        var parent = widget.role === 'tab' ? CofxMirror.tablist : root;
        if (element.parentNode !== parent) parent.appendChild(element);
        CofxMirror.apply(element, widget, box);
      });
      Object.keys(CofxMirror.elements).forEach(function (name) {
        if (seen[name]) return;
        var gone = CofxMirror.elements[name];
        var hadFocus = document.activeElement === gone;
        var description = document.getElementById('a11y-desc-' + name);
        if (description) description.remove();
        gone.remove();
        delete CofxMirror.elements[name];
        if (hadFocus) canvas.focus({ preventScroll: true });
      });
      // Visual order: the DOM order of the mirror follows the screen, top to bottom, left to right.
      var ordered = Object.keys(CofxMirror.elements).filter(function (name) {
        return CofxMirror.elements[name].parentNode === root;
      }).sort(function (a, b) {
        var wa = widgets[a], wb = widgets[b];
        return Math.abs(wa.y - wb.y) > 4 ? wa.y - wb.y : wa.x - wb.x;
      });
      var previous = CofxMirror.tablist;
      ordered.forEach(function (name) {
        var element = CofxMirror.elements[name];
        if (previous.nextSibling !== element) root.insertBefore(element, previous.nextSibling);
        previous = element;
      });
      CofxMirror.follow();
    },

    // ImGui's focus moved: DOM focus follows, but only while it is in the mirror (a
    // screen reader's or a getByRole user's place), never taking it from the canvas.
    follow: function () {
      var element = CofxMirror.elements[CofxMirror.focused];
      var active = document.activeElement;
      if (!element || active === element || !CofxMirror.isMirrored(active)) return;
      if (element.tagName === 'INPUT' && element.type !== 'checkbox' && element.type !== 'radio') return;
      element.focus({ preventScroll: true });
    },
  },

  cofx_js_focus_widget__deps: ['$CofxMirror'],
  cofx_js_focus_widget: function (name) {
    CofxMirror.focused = UTF8ToString(name);
    if (window['cofx']) window['cofx']['focusedWidget'] = CofxMirror.focused;  // for tests
    CofxMirror.follow();
  },
});
