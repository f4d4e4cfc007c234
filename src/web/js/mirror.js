// The accessible mirror of the canvas: one transparent DOM element per widget ImGui drew
// (app/widget_rects.h), placed over it, with its role, name and state, so screen readers
// and Playwright's getByRole see the lobby as they would an HTML page. The DOM changes
// only when the published widgets change (never per frame). Focus goes both ways:
// focusing an element focuses its ImGui widget (a text field starts editing, and typing
// goes to the hidden text input), and when ImGui's focus moves while the person is in the
// mirror, DOM focus follows. Activating an element (Enter, Space, a screen reader's
// click) presses the widget. Text is set with textContent/attributes, never as HTML.
//
// What C++ hands over (cofx_js_publish_widgets, built by widget_record() in
// app/widget_rects.h, which documents it too), version 1:
//   {v: 1,
//    widgets: [{name, role, label, x, y, w, h,                       always
//               description, value, group,                          strings, when not empty
//               textField, secret, checkable, checked, selected,
//               expandable, expanded, disabled, invalid, clipped}], booleans, only when true
//    groups: [{key, role, label, parent}],
//    overflowX: [window name, ...]}                                only when a window overflows
// x, y, w, h are canvas pixels; role is an ARIA role name (an "img", a QR code, becomes a
// div role="img" with aria-label and aria-description). A field this file does not know
// is ignored; a record of another version is refused (nothing is mirrored from it).
// Published as window.cofx.widgets: {name: {the same fields, x, y, w, h in CSS pixels of the
// viewport, booleans always present}}, for tests and for text_input.js.
mergeInto(LibraryManager.library, {
  $CofxMirror__deps: ['$cofxPostEvent', '$CofxPublished'],
  $CofxMirror: {
    root: null,
    elements: {},   // widget name -> element
    applied: {},    // widget name -> what apply() last gave its element (not for inputs: people type in those)
    groups: {},     // group key -> container element (tablist, radiogroup, list, ...)
    focused: '',    // ImGui's focused widget, as last told
    roving: null,   // the one element Tab from the page lands on (tabindex 0)
    VERSION: 1,     // of the record read by publish()
    FLAGS: ['textField', 'secret', 'checkable', 'checked', 'selected', 'expandable', 'expanded', 'disabled',
            'invalid', 'clipped'],
    TEXTS: ['role', 'label', 'description', 'value', 'group'],

    // The record from C++ as window.cofx.widgets and the mirror's groups; null for a record
    // of another version. `scale`: CSS pixels per canvas pixel; `box`: the canvas on screen.
    read: function (record, box, scale) {
      if (!record || record['v'] !== CofxMirror.VERSION) return null;
      var widgets = {};
      (record['widgets'] || []).forEach(function (w) {
        var out = { 'x': box.left + w['x'] * scale, 'y': box.top + w['y'] * scale, 'w': w['w'] * scale,
                    'h': w['h'] * scale };
        CofxMirror.TEXTS.forEach(function (key) { out[key] = typeof w[key] === 'string' ? w[key] : ''; });
        CofxMirror.FLAGS.forEach(function (key) { out[key] = w[key] === true; });
        widgets[w['name']] = out;
      });
      var groups = {};
      (record['groups'] || []).forEach(function (g) {
        groups[g['key']] = { 'role': g['role'], 'label': g['label'] || '', 'parent': g['parent'] || '' };
      });
      var overflowX = Array.isArray(record['overflowX']) ? record['overflowX'].map(String) : [];
      return { widgets: widgets, groups: groups, overflowX: overflowX };
    },

    // Rectangles arrive in canvas pixels; tests aim in CSS pixels of the viewport.
    publish: function (text, pixelRatio) {
      var canvas = Module['canvas'];
      var box = canvas.getBoundingClientRect();
      var scale = canvas.width > 0 ? box.width / canvas.width : 1 / pixelRatio;
      var read = CofxMirror.read(JSON.parse(text), box, scale);
      if (!read) return;
      var cofx = CofxPublished.get();
      cofx['placedAt'] = CofxMirror.placedAt(cofx['widgets'] || {}, cofx['placedAt'] || {}, read.widgets);
      cofx['widgets'] = read.widgets;
      cofx['overflowX'] = read.overflowX;  // the ImGui windows wider than their room (for layout tests)
      cofx['widgetsChangedAt'] = performance.now();  // called only when a widget changed
      var started = performance.now();
      CofxMirror.update(read.widgets, read.groups, box);
      // The mirror's DOM work, for the benchmark (it is part of that frame's time).
      CofxPublished.sample('recentMirrorMs', performance.now() - started);
    },

    // When each widget came to where it is now (for the benchmark: a room is in place once its
    // buttons stop moving).
    placedAt: function (before, placed, widgets) {
      var now = performance.now();
      var out = {};
      Object.keys(widgets).forEach(function (name) {
        var was = before[name];
        var w = widgets[name];
        var same = was && was['x'] === w['x'] && was['y'] === w['y'] && was['w'] === w['w'] && was['h'] === w['h'];
        out[name] = same && placed[name] !== undefined ? placed[name] : now;
      });
      return out;
    },

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

    tagFor: function (widget) {
      var role = widget.role;
      if (role === 'status' || role === 'alert' || role === 'note' || role === 'img') return 'div:' + role;
      if (role === 'textbox') return widget.secret ? 'input:password' : 'input:text';
      if (role === 'checkbox') return 'input:checkbox';
      if (role === 'radio') return 'input:radio';
      return 'button';
    },

    create: function (name, widget) {
      var kind = CofxMirror.tagFor(widget);
      var element = document.createElement(kind.split(':')[0]);
      element.id = 'a11y-' + name;
      element.dataset.widget = name;
      element.dataset.kind = kind;
      if (element.tagName === 'DIV') {
        // Text to read, never focused: the notice or error itself. The live region
        // (#announcer) already announces it once; these must not announce it again.
        element.setAttribute('role', widget.role);
        if (widget.role !== 'note' && widget.role !== 'img') element.setAttribute('aria-live', 'off');
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
      var set = function (attribute, value) {
        if (value === null) {
          if (element.hasAttribute(attribute)) element.removeAttribute(attribute);
        } else if (element.getAttribute(attribute) !== value) {
          element.setAttribute(attribute, value);
        }
      };
      var image = element.dataset.kind === 'div:img';
      if (image) {
        // A picture (a QR code): named by its label, described by what it holds (the link).
        set('aria-label', widget.label);
        set('aria-description', widget.description || null);
      } else if (element.tagName === 'DIV') {
        if (element.textContent !== widget.label) element.textContent = widget.label;
      } else if (element.tagName === 'BUTTON') {
        var role = widget.role;
        var combobox = role === 'combobox';
        if (element.textContent !== widget.label) element.textContent = widget.label;
        set('role', role === 'tab' || role === 'link' || role === 'option' || combobox ? role : null);
        set('aria-selected', role === 'tab' || role === 'option' ? String(widget.selected) : null);
        set('aria-expanded', combobox || widget.expandable ? String(widget.expanded) : null);
        set('aria-haspopup', combobox ? 'listbox' : null);
        set('aria-label', combobox ? widget.label : null);  // a combobox is not named by its content
        set('aria-pressed', widget.checkable && role === 'button' ? String(widget.checked) : null);
        var controls = null;
        if (role === 'tab') controls = CofxMirror.groupId(widget.label, 'tabpanel');
        if (combobox && widget.expanded) controls = CofxMirror.groupId(null, 'listbox');
        set('aria-controls', controls);
      } else {
        set('aria-label', widget.label);
        if (element.type === 'checkbox' || element.type === 'radio') element.checked = widget.checked;
        else if (element.value !== widget.value) element.value = widget.value;  // read out as its content
        set('aria-invalid', widget.invalid ? 'true' : null);
      }
      set('aria-disabled', widget.disabled ? 'true' : null);
      set('lang', widget.lang || null);
      var describedBy = 'a11y-desc-' + element.dataset.widget;
      var description = document.getElementById(describedBy);
      if (widget.description && !image) {
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
        // Only the children out of place move (a scrolled list gains a row or two at an end).
        var at = parent.firstElementChild;
        sorted.forEach(function (child) {
          while (at && at.classList.contains('a11y-description')) at = at.nextElementSibling;
          if (at === child) at = at.nextElementSibling;
          else parent.insertBefore(child, at);
        });
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

    // `widgets`: name -> a widget as read() makes it (CSS px of the viewport, every field
    // present); `groups`: key -> {role, label, parent}.
    update: function (widgets, groups, box) {
      CofxMirror.ensureRoot();
      var canvas = Module['canvas'];
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
        if (element && element.dataset.kind !== CofxMirror.tagFor(widget)) {
          element.remove();
          element = null;
          delete CofxMirror.applied[name];
        }
        if (!element) {
          element = CofxMirror.create(name, widget);
          CofxMirror.elements[name] = element;
        }
        var parent = CofxMirror.groups[widget.group] || root;
        if (element.parentNode !== parent) parent.appendChild(element);
        // Most widgets are as they were (a scrolled list moves only its rows): those are skipped.
        var applied = element.tagName === 'INPUT' ? null : JSON.stringify([widget, box.left, box.top]);
        if (applied !== null && CofxMirror.applied[name] === applied) return;
        CofxMirror.apply(element, widget, box);
        CofxMirror.applied[name] = applied;
      });
      Object.keys(CofxMirror.elements).forEach(function (name) {
        if (seen[name]) return;
        var gone = CofxMirror.elements[name];
        var hadFocus = document.activeElement === gone;
        var description = document.getElementById('a11y-desc-' + name);
        if (description) description.remove();
        gone.remove();
        delete CofxMirror.elements[name];
        delete CofxMirror.applied[name];
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

  cofx_js_publish_widgets__deps: ['$CofxMirror'],
  cofx_js_publish_widgets: function (json, pixelRatio) { CofxMirror.publish(UTF8ToString(json), pixelRatio); },

  // The live region screen readers read (#announcer): the current error or notice.
  cofx_js_announce: function (text) {
    var live = document.getElementById('announcer');
    if (live) live.textContent = UTF8ToString(text);
  },

  cofx_js_focus_widget__deps: ['$CofxMirror'],
  cofx_js_focus_widget: function (name) {
    CofxMirror.focused = UTF8ToString(name);
    if (window['cofx']) window['cofx']['focusedWidget'] = CofxMirror.focused;  // for tests
    CofxMirror.follow();
  },
});
