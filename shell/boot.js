// Starts everything the app needs before main() at once: compiling the WebAssembly (while
// cofinix.js still downloads), the font and config.json; then sets up Emscripten's Module.
(function () {
  'use strict';

  var boot = (window.cofxBoot = { font: null, config: null });
  var canvas = document.getElementById('canvas');

  function showFatal(message) {
    var box = document.getElementById('fatal');
    box.textContent = message;
    box.hidden = false;
    document.body.dataset.view = 'fatal';
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
