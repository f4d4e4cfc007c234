// The accessible mirror of the canvas: one transparent DOM element per widget ImGui drew
// (app/widget_rects.h), placed over it, with its role, name and state, so screen readers
// and Playwright's getByRole see the lobby as they would an HTML page. The widget record from
// C++ arrives through mirror_record.js, which calls update() with what the DOM is to show.
// Focus goes both ways:
// focusing an element focuses its ImGui widget (a text field starts editing, and typing
// goes to the hidden text input), and when ImGui's focus moves while the person is in the
// mirror, DOM focus follows. Activating an element (Enter, Space, a screen reader's
// click) presses the widget. Text is set with textContent/attributes, never as HTML.
mergeInto(LibraryManager.library, {
  $CofxMirror__deps: ['$cofxPostEvent', '$CofxPublished', '$CofxCanvasBox'],
  $CofxMirror: {
    root: null,
    elements: {},   // widget name -> element
    applied: {},    // widget name -> the widget apply() last gave its element, and the canvas's place then
    spare: {},      // kind -> elements of widgets gone (a scrolled list's rows), to be used again
    groups: {},     // group key -> container element (tablist, radiogroup, list, ...)
    focused: '',    // ImGui's focused widget, as last told
    roving: null,   // the one element Tab from the page lands on (tabindex 0)
    // A widget's strings and booleans, as the record (mirror_record.js) gives them.
    FLAGS: ['textField', 'secret', 'checkable', 'checked', 'selected', 'expandable', 'expanded', 'disabled',
            'invalid', 'clipped'],
    TEXTS: ['role', 'label', 'description', 'value', 'group', 'lang'],
    MAX_SPARE: 64,  // per kind: more than a screen of rows

    ensureRoot: function () {
      if (CofxMirror.root) return;
      var root = document.createElement('div');
      root.id = 'a11y-mirror';
      var canvas = Module['canvas'];
      canvas.parentNode.insertBefore(root, canvas.nextSibling);
      CofxMirror.root = root;
    },

    isMirrored: function (element) {
      return Boolean(element && element.cofxName && CofxMirror.root &&
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

    // A new element for a widget, or a spare one of the same kind, one already in `parent`
    // first. Its listeners read the widget's name from the element (cofxName), so a spare
    // serves any widget of its kind.
    create: function (name, widget, parent) {
      var kind = CofxMirror.tagFor(widget);
      var spare = CofxMirror.spare[kind] || [];
      var at = spare.findIndex(function (e) { return e.parentNode === parent; });
      if (at < 0) at = spare.length - 1;
      var element = at >= 0 ? spare.splice(at, 1)[0] : CofxMirror.make(kind, widget.role);
      element.id = 'a11y-' + name;
      element.dataset.widget = name;
      element.cofxName = name;
      return element;
    },

    make: function (kind, role) {
      var element = document.createElement(kind.split(':')[0]);
      element.dataset.kind = kind;
      element.cofxKind = kind;
      if (element.tagName === 'DIV') {
        // Text to read, never focused: the notice or error itself. The live region
        // (#announcer) already announces it once; these must not announce it again.
        element.setAttribute('role', role);
        if (role !== 'note' && role !== 'img') element.setAttribute('aria-live', 'off');
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
        if (CofxMirror.focused !== element.cofxName) {
          cofxPostEvent({ 'type': 'a11y', 'action': 'focus', 'name': element.cofxName });
        } else if (typing) {
          // The field is already being edited: typing goes to the hidden text input.
          var input = document.getElementById('text-input');
          if (input) input.focus({ preventScroll: true });
        }
      });
      element.addEventListener('click', function (event) {
        if (element.tagName === 'INPUT') event.preventDefault();  // the app decides the state
        if (element.type === 'text' || element.type === 'password') return;
        cofxPostEvent({ 'type': 'a11y', 'action': 'press', 'name': element.cofxName });
      });
      return element;
    },

    // The widget is gone: its element becomes a spare for another widget of its kind, and
    // stays where it is until update() has placed the new widgets (dropSpares()). One with
    // the keyboard's focus leaves at once: the focus must not pass to another widget.
    release: function (name) {
      var gone = CofxMirror.elements[name];
      var description = document.getElementById('a11y-desc-' + name);
      if (description) description.remove();
      delete CofxMirror.elements[name];
      delete CofxMirror.applied[name];
      if (CofxMirror.roving === gone) CofxMirror.roving = null;
      if (gone.tagName !== 'DIV') gone.tabIndex = -1;
      gone.cofxName = '';
      if (document.activeElement === gone) {
        gone.remove();
        Module['canvas'].focus({ preventScroll: true });
        return;
      }
      var spare = CofxMirror.spare[gone.cofxKind] = CofxMirror.spare[gone.cofxKind] || [];
      spare.push(gone);
    },

    // Spares no new widget took leave the page; a few are kept for the next scroll.
    dropSpares: function () {
      Object.keys(CofxMirror.spare).forEach(function (kind) {
        var spare = CofxMirror.spare[kind];
        spare.forEach(function (element) { if (element.parentNode) element.remove(); });
        if (spare.length > CofxMirror.MAX_SPARE) spare.length = CofxMirror.MAX_SPARE;
      });
    },

    apply: function (element, widget, box) {
      var set = function (attribute, value) {
        if (value === null) {
          if (element.hasAttribute(attribute)) element.removeAttribute(attribute);
        } else if (element.getAttribute(attribute) !== value) {
          element.setAttribute(attribute, value);
        }
      };
      var image = element.cofxKind === 'div:img';
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
      var describedBy = 'a11y-desc-' + element.cofxName;
      var description = document.getElementById(describedBy);
      if (widget.description && !image) {
        if (!description) {
          description = document.createElement('span');
          description.id = describedBy;
          description.className = 'a11y-description';
          description.cofxDescription = true;
          CofxMirror.root.appendChild(description);
        }
        if (description.textContent !== widget.description) description.textContent = widget.description;
        set('aria-describedby', describedBy);
      } else {
        if (description) description.remove();
        set('aria-describedby', null);
      }
      CofxMirror.place(element, widget, box);
    },

    place: function (element, widget, box) {
      var style = element.style;
      style.left = (widget.x - box.left) + 'px';
      style.top = (widget.y - box.top) + 'px';
      style.width = widget.w + 'px';
      style.height = widget.h + 'px';
    },

    // Everything apply() sets but the place.
    sameContent: function (a, b) {
      var texts = CofxMirror.TEXTS, flags = CofxMirror.FLAGS;
      for (var t = 0; t < texts.length; t++) if (a[texts[t]] !== b[texts[t]]) return false;
      for (var f = 0; f < flags.length; f++) if (a[flags[f]] !== b[flags[f]]) return false;
      return true;
    },

    samePlace: function (a, b) {
      return a.left === b.left && a.top === b.top && a.widget.x === b.widget.x && a.widget.y === b.widget.y &&
             a.widget.w === b.widget.w && a.widget.h === b.widget.h;
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
      // A group gone (a row scrolled away) lends its container, where it stands, to a new
      // group of its role (the row scrolled in): renaming it is cheaper than a new element.
      var spare = [];
      Object.keys(CofxMirror.groups).forEach(function (key) {
        if (groups[key] && CofxMirror.groups[key].getAttribute('role') === groups[key]['role']) return;
        spare.push(CofxMirror.groups[key]);
        delete CofxMirror.groups[key];
      });
      Object.keys(groups).forEach(function (key) {
        var container = CofxMirror.groups[key];
        if (!container) {
          var role = groups[key]['role'];
          var at = spare.findIndex(function (c) { return c.getAttribute('role') === role; });
          container = at >= 0 ? spare.splice(at, 1)[0] : document.createElement('div');
          container.id = 'a11y-group-' + key;
          container.dataset.group = key;
          if (at < 0) container.setAttribute('role', role);
          CofxMirror.groups[key] = container;
        }
        var label = groups[key]['label'];
        if (label && container.getAttribute('aria-label') !== label) container.setAttribute('aria-label', label);
        if (!label && container.hasAttribute('aria-label')) container.removeAttribute('aria-label');
      });
      spare.forEach(function (container) { container.remove(); });
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
        if (node.cofxName) {
          var w = widgets[node.cofxName];
          found = w ? { x: w.x, y: w.y } : null;
        } else {
          for (var child = node.firstElementChild; child; child = child.nextElementSibling) {
            var p = child.cofxDescription ? null : place(child);
            if (p && (!found || CofxMirror.before(p, found))) found = p;
          }
        }
        places.set(node, found);
        return found;
      };
      var sortChildren = function (parent) {
        var children = Array.prototype.filter.call(parent.children, function (child) {
          return !child.cofxDescription;
        });
        var sorted = children.slice().sort(function (a, b) {
          var pa = place(a) || { x: 0, y: 0 }, pb = place(b) || { x: 0, y: 0 };
          return CofxMirror.before(pa, pb) ? -1 : CofxMirror.before(pb, pa) ? 1 : 0;
        });
        // Only the children out of place move: those off the longest run already in order (a
        // scrolled list's rows keep their order; the few that came in move).
        var stay = CofxMirror.inOrder(sorted.map(function (child) { return children.indexOf(child); }));
        var next = null;
        for (var i = sorted.length - 1; i >= 0; i--) {
          if (!stay[i]) parent.insertBefore(sorted[i], next);
          next = sorted[i];
        }
        children.forEach(function (child) { if (!child.cofxName) sortChildren(child); });
      };
      sortChildren(CofxMirror.root);
    },

    // Which entries of `positions` (distinct numbers) form a longest increasing subsequence:
    // an array of booleans (patience sorting, n log n).
    inOrder: function (positions) {
      var tails = [];  // tails[k]: index into positions of the smallest tail of a run of length k + 1
      var back = [];   // back[i]: the index before i in its run
      positions.forEach(function (value, i) {
        var lo = 0, hi = tails.length;
        while (lo < hi) {
          var mid = (lo + hi) >> 1;
          if (positions[tails[mid]] < value) lo = mid + 1;
          else hi = mid;
        }
        back[i] = lo > 0 ? tails[lo - 1] : -1;
        tails[lo] = i;
      });
      var stay = positions.map(function () { return false; });
      for (var at = tails.length ? tails[tails.length - 1] : -1; at >= 0; at = back[at]) stay[at] = true;
      return stay;
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
      var root = CofxMirror.root;
      root.style.left = box.left + 'px';
      root.style.top = box.top + 'px';
      root.style.width = box.width + 'px';
      root.style.height = box.height + 'px';
      CofxMirror.updateGroups(groups || {});
      var shown = Object.keys(widgets).filter(function (name) { return widgets[name].label; });  // unnamed: not mirrored
      var kept = {};
      shown.forEach(function (name) { kept[name] = true; });
      Object.keys(CofxMirror.elements).forEach(function (name) {
        var element = CofxMirror.elements[name];
        if (!kept[name] || element.cofxKind !== CofxMirror.tagFor(widgets[name])) CofxMirror.release(name);
      });
      shown.forEach(function (name) {
        var widget = widgets[name];
        var parent = CofxMirror.groups[widget.group] || root;
        var element = CofxMirror.elements[name];
        if (!element) {
          element = CofxMirror.create(name, widget, parent);
          CofxMirror.elements[name] = element;
        }
        if (element.parentNode !== parent) parent.appendChild(element);
        // Most widgets are as they were, or only moved (a scrolled list's rows). Inputs are
        // always set: a person's click may have changed their state.
        var was = CofxMirror.applied[name];
        var now = { widget: widget, left: box.left, top: box.top };
        CofxMirror.applied[name] = now;
        if (was && element.tagName !== 'INPUT' && CofxMirror.sameContent(was.widget, widget)) {
          if (!CofxMirror.samePlace(was, now)) CofxMirror.place(element, widget, box);
          return;
        }
        CofxMirror.apply(element, widget, box);
      });
      CofxMirror.dropSpares();
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
