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
    elements: {},   // widget name -> element
    groups: {},     // group key -> container element (tablist, radiogroup, list, ...)
    focused: '',    // ImGui's focused widget, as last told
    roving: null,   // the one element Tab from the page lands on (tabindex 0)

    STATE: { textField: 1, checkable: 2, checked: 4, selected: 8, expandable: 16, expanded: 32, disabled: 64, invalid: 128 },

    ensureRoot: function () {
      if (CofxMirror.root) return;
      var root = document.createElement('div');
      root.id = 'a11y-mirror';
      var canvas = Module['canvas'];
      canvas.parentNode.insertBefore(root, canvas.nextSibling);
      CofxMirror.root = root;
    },

    isMirrored: function (element) {
      return Boolean(element && element.dataset && element.dataset.widget && CofxMirror.root &&
                     CofxMirror.root.contains(element));
    },

    tagFor: function (role, label) {
      if (role === 'status' || role === 'alert' || role === 'note') return 'div:' + role;
      if (role === 'textbox') return /password|jwt/i.test(label) ? 'input:password' : 'input:text';
      if (role === 'checkbox') return 'input:checkbox';
      if (role === 'radio') return 'input:radio';
      return 'button';
    },

    create: function (name, widget) {
      var kind = CofxMirror.tagFor(widget.role, widget.label);
      var element = document.createElement(kind.split(':')[0]);
      element.id = 'a11y-' + name;
      element.dataset.widget = name;
      element.dataset.kind = kind;
      if (element.tagName === 'DIV') {
        // Text to read, never focused: the notice or error itself. The live region
        // (#announcer) already announces it once; these must not announce it again.
        element.setAttribute('role', widget.role);
        if (widget.role !== 'note') element.setAttribute('aria-live', 'off');
        return element;
      }
      element.type = kind.indexOf(':') > 0 ? kind.split(':')[1] : 'button';
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
      if (element.tagName === 'DIV') {
        if (element.textContent !== widget.label) element.textContent = widget.label;
      } else if (element.tagName === 'BUTTON') {
        var role = widget.role;
        var combobox = role === 'combobox';
        if (element.textContent !== widget.label) element.textContent = widget.label;
        set('role', role === 'tab' || role === 'link' || role === 'option' || combobox ? role : null);
        set('aria-selected', role === 'tab' || role === 'option' ? String((state & 8) !== 0) : null);
        set('aria-expanded', combobox || (state & 16) ? String((state & 32) !== 0) : null);
        set('aria-haspopup', combobox ? 'listbox' : null);
        set('aria-label', combobox ? widget.label : null);  // a combobox is not named by its content
        set('aria-pressed', (state & 2) && role === 'button' ? String((state & 4) !== 0) : null);
        var controls = null;
        if (role === 'tab') controls = CofxMirror.groupId(widget.label, 'tabpanel');
        if (combobox && (state & 32)) controls = CofxMirror.groupId(null, 'listbox');
        set('aria-controls', controls);
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

    // The id of a shown group with this role (and name, if given), or null.
    groupId: function (label, role) {
      var keys = Object.keys(CofxMirror.groups);
      for (var i = 0; i < keys.length; i++) {
        var container = CofxMirror.groups[keys[i]];
        if (container.getAttribute('role') !== role) continue;
        if (label === null || container.getAttribute('aria-label') === label) return container.id;
      }
      return null;
    },

    // Containers for the groups (tablist, tabpanel, radiogroup, listbox, list, listitem):
    // no box of their own, so their widgets are still placed over the canvas by the root.
    updateGroups: function (groups) {
      Object.keys(CofxMirror.groups).forEach(function (key) {
        if (groups[key] && CofxMirror.groups[key].getAttribute('role') === groups[key]['role']) return;
        CofxMirror.groups[key].remove();
        delete CofxMirror.groups[key];
      });
      Object.keys(groups).forEach(function (key) {
        var container = CofxMirror.groups[key];
        if (!container) {
          container = document.createElement('div');
          container.id = 'a11y-group-' + key;
          container.dataset.group = key;
          container.setAttribute('role', groups[key]['role']);
          CofxMirror.groups[key] = container;
        }
        var label = groups[key]['label'];
        if (label && container.getAttribute('aria-label') !== label) container.setAttribute('aria-label', label);
        if (!label && container.hasAttribute('aria-label')) container.removeAttribute('aria-label');
      });
      Object.keys(groups).forEach(function (key) {
        var parent = CofxMirror.groups[groups[key]['parent']] || CofxMirror.root;
        if (CofxMirror.groups[key].parentNode !== parent) parent.appendChild(CofxMirror.groups[key]);
      });
    },

    // Reading order follows the screen: in each container, top to bottom, then left to right.
    // A group sorts where its first widget is.
    order: function (widgets) {
      var places = new Map();
      var place = function (node) {
        if (places.has(node)) return places.get(node);
        var found = null;
        if (node.dataset.widget) {
          var w = widgets[node.dataset.widget];
          found = w ? { x: w.x, y: w.y } : null;
        } else {
          for (var child = node.firstElementChild; child; child = child.nextElementSibling) {
            var p = child.classList.contains('a11y-description') ? null : place(child);
            if (p && (!found || CofxMirror.before(p, found))) found = p;
          }
        }
        places.set(node, found);
        return found;
      };
      var sortChildren = function (parent) {
        var children = Array.prototype.filter.call(parent.children, function (child) {
          return !child.classList.contains('a11y-description');
        });
        var sorted = children.slice().sort(function (a, b) {
          var pa = place(a) || { x: 0, y: 0 }, pb = place(b) || { x: 0, y: 0 };
          return CofxMirror.before(pa, pb) ? -1 : CofxMirror.before(pb, pa) ? 1 : 0;
        });
        var moved = sorted.some(function (child, i) { return child !== children[i]; });
        if (moved) sorted.forEach(function (child) { parent.appendChild(child); });
        children.forEach(function (child) { if (!child.dataset.widget) sortChildren(child); });
      };
      sortChildren(CofxMirror.root);
    },

    rove: function (element) {
      var target = element && element.tabIndex !== undefined && element.tagName !== 'DIV' ? element
        : CofxMirror.root && CofxMirror.root.querySelector('button, input');
      if (CofxMirror.roving === target) return;
      if (CofxMirror.roving) CofxMirror.roving.tabIndex = -1;
      if (target) target.tabIndex = 0;
      CofxMirror.roving = target;
    },

    before: function (a, b) { return Math.abs(a.y - b.y) > 4 ? a.y < b.y : a.x < b.x; },

    // `widgets`: name -> {x, y, w, h (CSS px of the viewport), states, role, label, description,
    // value, group}; `groups`: key -> {role, label, parent}.
    update: function (widgets, groups) {
      CofxMirror.ensureRoot();
      var canvas = Module['canvas'];
      var box = canvas.getBoundingClientRect();
      var root = CofxMirror.root;
      root.style.left = box.left + 'px';
      root.style.top = box.top + 'px';
      root.style.width = box.width + 'px';
      root.style.height = box.height + 'px';
      CofxMirror.updateGroups(groups || {});
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
        var parent = CofxMirror.groups[widget.group] || root;
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
      CofxMirror.order(widgets);
      CofxMirror.follow();
    },

    // ImGui's focus moved: DOM focus follows, but only while it is in the mirror (a
    // screen reader's or a getByRole user's place), never taking it from the canvas.
    follow: function () {
      var element = CofxMirror.elements[CofxMirror.focused];
      CofxMirror.rove(element);
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
