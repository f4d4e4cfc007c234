// The floor page's script (floor.html): streams the module in as boot.js does and instantiates
// it with imports that do nothing (none is called: main() doesn't run). window.benchFloor gets
// performance.now() of each step, or the error.
(function () {
  var file = document.documentElement.getAttribute('data-wasm');
  var doNothing = function () { return 0; };
  var importsFor = function (module) {
    var imports = {};
    WebAssembly.Module.imports(module).forEach(function (entry) {
      if (entry.kind !== 'function') throw new Error('floor.js stubs functions only, not ' + entry.kind);
      (imports[entry.module] = imports[entry.module] || {})[entry.name] = doNothing;
    });
    return imports;
  };
  var floor = window.benchFloor = {};
  WebAssembly.compileStreaming(fetch(file, { credentials: 'same-origin' })).then(function (module) {
    floor.compiled = performance.now();
    return WebAssembly.instantiate(module, importsFor(module));
  }).then(function () {
    floor.instantiated = performance.now();
  }, function (error) {
    floor.error = String(error);
  });
})();
