// Starts everything the app needs before main() at once: compiling the WebAssembly (while
// cofinix.js still downloads), the font and config.json; then sets up Emscripten's Module.
(function () {
  'use strict';

  var boot = (window.cofxBoot = { font: null, config: null });
  // Fonts for other scripts: not fetched here, only when first needed (src/web/js/glyphs.js).
  boot.scriptFonts = { han: 'fonts/han.otf' };
  var canvas = document.getElementById('canvas');

  function showFatal(message) {
    var box = document.getElementById('fatal');
    box.textContent = message;
    box.hidden = false;
    document.body.dataset.view = 'fatal';
    return box;
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
    var box = showFatal('Cof-iniX is shown inside another site, which could trick your clicks, so it did not start. ');
    var link = document.createElement('a');
    link.href = window.location.href;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.textContent = 'Open Cof-iniX in its own tab';
    box.appendChild(link);
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

  // While the network works, the page is idle: do now what main() would wait for. The WebGL
  // context, at the canvas's final size and with the attributes GLFW asks for (main.cpp's
  // hints), so glfwCreateWindow() gets this one; the first localStorage read (it opens the
  // storage) and the first Intl call (it loads the time-zone data).
  try {
    var box = canvas.getBoundingClientRect();
    var ratio = window.devicePixelRatio || 1;
    canvas.width = Math.max(1, Math.round(box.width * ratio));
    canvas.height = Math.max(1, Math.round(box.height * ratio));
    canvas.getContext('webgl2', { antialias: false, alpha: false, depth: false, stencil: false });
  } catch (e) { /* main() reports a missing WebGL 2 */ }
  try { window.localStorage.getItem('cofinix.settings'); } catch (e) { /* storage may be off */ }
  try { Intl.DateTimeFormat().resolvedOptions(); } catch (e) { /* no Intl: the app uses UTC */ }

  canvas.addEventListener('contextmenu', function (event) { event.preventDefault(); });
  canvas.addEventListener('webglcontextlost', function (event) {
    event.preventDefault();
    showFatal('The graphics context was lost. Reload the page to continue.');
  });

  window.Module = {
    canvas: canvas,
    // Emscripten's hook for bringing our own module: instantiate the one compiled above.
    instantiateWasm: function (imports, receiveInstance) {
      wasmModule
        .then(function (module) {
          return WebAssembly.instantiate(module, imports).then(function (instance) { receiveInstance(instance, module); });
        })
        .catch(function () { showFatal('Cof-iniX could not be loaded. Check your connection, then reload the page.'); });
      return {};  // the exports arrive through receiveInstance
    },
    preRun: [function () {
      Module.addRunDependency('cofx-boot');
      Promise.all([fontReady, configReady]).then(function () { Module.removeRunDependency('cofx-boot'); });
    }],
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    onAbort: function () { showFatal('Cof-iniX stopped unexpectedly. Reload the page to continue.'); },
  };
})();
