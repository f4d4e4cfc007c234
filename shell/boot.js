// Starts everything the app needs before main() at once: compiling the WebAssembly (while
// cofinix.js still downloads), the font, config.json and the interface language's catalogue;
// then sets up Emscripten's Module.
(function () {
  'use strict';

  var boot = (window.cofxBoot = { font: null, config: null });
  // A link to a meeting opens at its pre-join room: the card shown while the module starts
  // (style.css, #loading) takes that room's size.
  if (/^#\/COF-[0-9A-Z]{8}/i.test(window.location.hash)) document.documentElement.dataset.start = 'room';
  // A press on one of the lobby's DOM actions (<nav id="actions">) before the app is running is
  // kept, and actions.js runs the last one once it is.
  boot.pendingAction = null;
  var actions = document.getElementById('actions');
  if (actions) {
    actions.addEventListener('click', function keep(event) {
      if (boot.actionsInstalled) return actions.removeEventListener('click', keep);
      var button = event.target.closest && event.target.closest('button[data-action]');
      if (button) boot.pendingAction = button.getAttribute('data-action');
    });
  }
  // Fonts for other scripts: not fetched here, only when first needed (src/web/js/glyphs.js).
  boot.scriptFonts = { han: 'fonts/han.otf' };
  var canvas = document.getElementById('canvas');

  // --- the interface's language ---------------------------------------------------------
  // The catalogues scripts/lib/catalogues.py compiles (package-site.mjs fills in the hashed
  // names). English is the source text and has none. The person's choice (Settings, stored
  // with the app's settings) wins; else the first of the browser's languages offered.
  var CATALOGUES = { 'ms': 'lang/ms.mo', 'zh-CN': 'lang/zh-CN.mo', 'ta': 'lang/ta.mo', 'en-XA': 'lang/en-XA.mo' };

  function browserLanguage() {
    var wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];
    for (var i = 0; i < wanted.length; i++) {
      var tag = String(wanted[i]).toLowerCase();
      if (tag === 'en' || tag.indexOf('en-') === 0) return 'en';
      if (tag === 'ms' || tag.indexOf('ms-') === 0) return 'ms';
      if (tag === 'ta' || tag.indexOf('ta-') === 0) return 'ta';
      // Simplified Chinese: zh, zh-CN, zh-SG, zh-MY, zh-Hans-*; not zh-TW, zh-HK (Traditional).
      if (/^zh(-(cn|sg|my|hans)(-|$)|$)/.test(tag)) return 'zh-CN';
    }
    return 'en';
  }
  function chosenLanguage() {
    try {
      var settings = JSON.parse(window.localStorage.getItem('cofinix.settings') || '{}');
      var tag = settings && settings.language;
      if (tag === 'en' || CATALOGUES.hasOwnProperty(tag)) return tag;
    } catch (e) { /* unreadable settings: the app says so; follow the browser */ }
    return '';
  }
  boot.browserLanguage = browserLanguage;

  // A gettext .mo file's messages: English -> translation (the first form of a plural).
  function readCatalogue(buffer) {
    var view = new DataView(buffer);
    var little = view.getUint32(0, true) === 0x950412de;
    if (!little && view.getUint32(0, false) !== 0x950412de) return null;
    var bytes = new Uint8Array(buffer);
    var decoder = new TextDecoder();
    var text = function (at) {
      var length = view.getUint32(at, little), offset = view.getUint32(at + 4, little);
      return decoder.decode(bytes.subarray(offset, offset + length));
    };
    var count = view.getUint32(8, little), originals = view.getUint32(12, little), translations = view.getUint32(16, little);
    var messages = Object.create(null);
    for (var i = 0; i < count; i++) messages[text(originals + 8 * i).split('\0')[0]] = text(translations + 8 * i).split('\0')[0];
    return messages;
  }

  boot.language = 'en';
  boot.messages = null;   // the current catalogue, for the page's own words (tr below)
  boot.catalogue = null;  // its bytes until the app takes them
  boot.tr = function (english) {
    var found = boot.messages && boot.messages[english];
    return found || english;
  };
  var tr = boot.tr;

  // The words in index.html: elements marked data-tr (text) or data-tr-label (aria-label)
  // keep their English in data-en; catalogues.py extracts them from index.html.
  boot.applyWords = function () {
    document.documentElement.lang = boot.language;
    var marked = document.querySelectorAll('[data-tr], [data-tr-label]');
    for (var i = 0; i < marked.length; i++) {
      var element = marked[i];
      var label = element.hasAttribute('data-tr-label');
      if (!element.hasAttribute('data-en')) {
        element.setAttribute('data-en', label ? element.getAttribute('aria-label') : element.textContent);
      }
      var words = tr(element.getAttribute('data-en'));
      if (label) element.setAttribute('aria-label', words);
      else element.textContent = words;
    }
  };

  // Resolves true once `tag`'s catalogue is in place (boot.language, boot.messages, the page's
  // words), false if it could not be fetched or read (nothing changes then).
  boot.loadLanguage = function (tag) {
    if (tag === 'en') {
      boot.language = 'en';
      boot.messages = null;
      boot.catalogue = null;
      boot.applyWords();
      return Promise.resolve(true);
    }
    if (!CATALOGUES.hasOwnProperty(tag)) return Promise.resolve(false);
    return fetch(CATALOGUES[tag])
      .then(function (response) { return response.ok ? response.arrayBuffer() : null; })
      .then(function (buffer) {
        var messages = buffer && readCatalogue(buffer);
        if (!messages) return false;
        boot.language = tag;
        boot.messages = messages;
        boot.catalogue = new Uint8Array(buffer);
        boot.applyWords();
        return true;
      })
      .catch(function () { return false; });
  };
  var startLanguage = chosenLanguage() || browserLanguage();
  var languageReady = boot.loadLanguage(startLanguage);
  // A Chinese interface draws Han from its first frame: its font comes alongside the app too
  // (glyphs.js takes this fetch instead of starting its own).
  boot.scriptFontFetches = {};
  if (startLanguage === 'zh-CN') {
    boot.scriptFontFetches.han = fetch(boot.scriptFonts.han)
      .then(function (response) { return response.ok ? response.arrayBuffer() : null; })
      .catch(function () { return null; });
  }

  // A sentence instead of the lobby; with `wayIn`, also what a person came for without it: a
  // plain link to the meeting in the address (straight to its Jitsi deployment) and a plain
  // form to open one by code. Text only (textContent), never markup.
  function showFatal(message, wayIn) {
    var box = document.getElementById('fatal');
    box.textContent = '';
    var said = document.createElement('p');
    said.setAttribute('role', 'alert');
    said.textContent = message;
    box.appendChild(said);
    if (wayIn) box.appendChild(wayInto());
    box.hidden = false;
    document.body.dataset.view = 'fatal';
    return said;
  }
  boot.showFatal = showFatal;

  // The Jitsi deployment a link names (core/deployment/deployment_links.cpp: dep, host, app),
  // else the site's (config.json's jitsiDomain), else meet.jit.si: the meeting's address there.
  function meetingAddress(code, query) {
    var params = new URLSearchParams(query || '');
    var domain = 'meet.jit.si';
    try {
      var configured = JSON.parse(boot.config || '{}').jitsiDomain;
      if (typeof configured === 'string' && /^[a-z0-9.-]+(:[0-9]+)?$/i.test(configured)) domain = configured;
    } catch (e) { /* unreadable config: the default */ }
    var dep = params.get('dep'), host = params.get('host') || '', app = params.get('app') || '';
    if (dep === 'self' && /^[a-z0-9.-]+(:[0-9]+)?$/i.test(host)) domain = host;
    if (dep === 'jaas' && /^[A-Za-z0-9_-]+$/.test(app)) return 'https://8x8.vc/' + app + '/' + code;
    if (dep === 'public') domain = 'meet.jit.si';
    return 'https://' + domain + '/' + code;
  }

  // An element with these properties set (text through textContent only).
  function element(tag, properties) {
    var made = document.createElement(tag);
    for (var name in properties) made[name] = properties[name];
    return made;
  }

  function wayInto() {
    var section = document.createElement('div');
    section.className = 'way-in';
    var route = /^#\/(COF-[0-9A-Z]{8})(?:\?(.*))?$/i.exec(window.location.hash);
    if (route) {
      var code = route[1].toUpperCase();
      var link = document.createElement('a');
      link.id = 'way-in-link';
      link.href = meetingAddress(code, route[2]);
      link.rel = 'noopener noreferrer';
      link.textContent = tr('Open meeting {code} directly').replace('{code}', code);
      section.appendChild(link);
    }
    var form = element('form', { id: 'way-in-form' });
    var label = element('label', { htmlFor: 'way-in-code', textContent: tr('Meeting code') });
    var input = element('input', { id: 'way-in-code', autocomplete: 'off', placeholder: 'COF-AB12CD34' });
    input.setAttribute('autocapitalize', 'characters');
    var button = element('button', { type: 'submit', textContent: tr('Open the meeting') });
    var problem = element('p', { id: 'way-in-error' });
    problem.setAttribute('role', 'alert');
    form.append(label, input, button, problem);
    form.addEventListener('submit', function (event) {
      event.preventDefault();  // the page's policy sends no form anywhere: JS opens the address
      var typed = input.value.replace(/\s+/g, '').toUpperCase();
      if (/^[0-9A-Z]{8}$/.test(typed)) typed = 'COF-' + typed;
      if (!/^COF-[0-9A-Z]{8}$/.test(typed)) {
        problem.textContent = tr('A meeting code looks like COF-AB12CD34: COF- and 8 letters or digits.');
        input.focus();
        return;
      }
      window.location.assign(meetingAddress(typed, ''));
    });
    section.appendChild(form);
    return section;
  }

  // No WebAssembly (or no canvas): the lobby can't run at all, but the meeting can.
  if (typeof WebAssembly !== 'object' || !canvas) {
    var reachable = languageReady.then(function () {}, function () {});
    reachable.then(function () {
      showFatal(tr('This browser can\'t run the Cof-iniX lobby (it needs WebAssembly). You can still open your meeting:'), true);
    });
    document.getElementById('loading').hidden = true;
    window.Module = { canvas: canvas, instantiateWasm: function () { return {}; } };
    return;
  }

  // Framed by a page of another origin (clickjacking), where the policy can only travel in a
  // <meta> tag and so can't say frame-ancestors: don't start; offer the site in its own tab.
  // The app never runs: Emscripten waits for a module that never comes.
  function framedByAnotherSite() {
    if (window.top === window.self) return false;
    try {
      return window.top.location.origin !== window.location.origin;
    } catch (e) {
      return true;  // another origin's location can't be read
    }
  }
  if (framedByAnotherSite()) {
    languageReady.then(function () {
      var box = showFatal(tr('Cof-iniX is shown inside another site, which could trick your clicks, so it did not start.') + ' ');
      var link = document.createElement('a');
      link.href = window.location.href;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      link.textContent = tr('Open Cof-iniX in its own tab');
      box.appendChild(link);
    });
    document.getElementById('loading').hidden = true;
    boot.framed = true;
    window.Module = { canvas: canvas, instantiateWasm: function () { return {}; } };
    return;
  }

  // compileStreaming needs the server to say application/wasm; otherwise compile from bytes.
  var wasmModule = WebAssembly.compileStreaming
    ? WebAssembly.compileStreaming(fetch('cofinix.wasm')).catch(function () {
      return fetch('cofinix.wasm').then(function (response) { return response.arrayBuffer(); })
        .then(function (bytes) { return WebAssembly.compile(bytes); });
    })
    : fetch('cofinix.wasm').then(function (response) { return response.arrayBuffer(); })
      .then(function (bytes) { return WebAssembly.compile(bytes); });

  var fontReady = fetch('fonts/ui.ttf')
    .then(function (response) { return response.ok ? response.arrayBuffer() : null; })
    .then(function (bytes) { boot.font = bytes ? new Uint8Array(bytes) : null; })
    .catch(function () { boot.font = null; });  // the app falls back to its built-in font

  var configReady = fetch('config.json', { cache: 'no-cache' })
    .then(function (response) { return response.ok ? response.text() : null; })
    .then(function (text) { boot.config = text; })
    .catch(function () { boot.config = null; });  // defaults apply

  // The service worker (sw.js) keeps this release for offline starts. A new release waits:
  // cofxBoot.updateReady turns true and 'cofx-update-ready' fires once it is installed, and
  // only cofxBoot.applyUpdate() switches to it (one reload), so the app picks the moment.
  boot.updateReady = false;
  boot.applyUpdate = function () { return false; };
  if ('serviceWorker' in navigator && window.isSecureContext) {
    var workers = navigator.serviceWorker;
    var registration = null;
    var reloading = false;
    var announce = function () {
      if (boot.updateReady || !workers.controller) return;  // the first install is no update
      boot.updateReady = true;
      window.dispatchEvent(new Event('cofx-update-ready'));
    };
    var watch = function (worker) {
      if (!worker) return;
      worker.addEventListener('statechange', function () { if (worker.state === 'installed') announce(); });
    };
    boot.applyUpdate = function () {
      var waiting = registration && registration.waiting;
      if (!waiting) return false;
      workers.addEventListener('controllerchange', function () {
        if (!reloading) location.reload();
        reloading = true;
      });
      waiting.postMessage({ type: 'skip-waiting' });
      return true;
    };
    // Once the page has loaded and gone idle: the worker's first install downloads the
    // release again, which must not compete with the lobby's first frames.
    var whenIdle = window.requestIdleCallback || function (run) { setTimeout(run, 1000); };
    window.addEventListener('load', function () { whenIdle(register, { timeout: 5000 }); });
    function register() {
      workers.register('sw.js', { scope: './' }).then(function (found) {
        registration = found;
        if (found.waiting) announce();
        watch(found.installing);
        found.addEventListener('updatefound', function () { watch(found.installing); });
        // A lobby left open all day still hears of a new release (browsers check on navigations).
        setInterval(function () { found.update().catch(function () {}); }, 60 * 60 * 1000);
      }).catch(function () {});  // without it the site still works online
    }
  }

  // Nothing else runs here while the WebAssembly streams in: its bytes reach the compiler
  // through this thread. (A WebGL context made here early, or Intl's time-zone data loaded
  // early, held the compile up by 35-100 ms; the lobby's first frame needs neither.)

  canvas.addEventListener('contextmenu', function (event) { event.preventDefault(); });
  canvas.addEventListener('webglcontextlost', function (event) {
    event.preventDefault();
    showFatal(tr('The graphics context was lost. Reload the page to continue.'), true);
  });

  window.Module = {
    canvas: canvas,
    // Emscripten's hook for bringing our own module: instantiate the one compiled above.
    instantiateWasm: function (imports, receiveInstance) {
      wasmModule
        .then(function (module) {
          return WebAssembly.instantiate(module, imports).then(function (instance) { receiveInstance(instance, module); });
        })
        .catch(function () { showFatal(tr('Cof-iniX could not be loaded. Check your connection, then reload the page.'), true); });
      return {};  // the exports arrive through receiveInstance
    },
    preRun: [function () {
      Module.addRunDependency('cofx-boot');
      Promise.all([fontReady, configReady, languageReady]).then(function () { Module.removeRunDependency('cofx-boot'); });
    }],
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    onAbort: function () { showFatal(tr('Cof-iniX stopped unexpectedly. Reload the page to continue.'), true); },
  };
})();
