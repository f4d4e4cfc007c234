# Build steps shared by scripts/run, scripts/test and scripts/bench. Source after common.sh.

build_native() {
  log "native build (core, app, unit tests)"
  cmake -S "$ROOT" -B "$BUILD_NATIVE" -DCMAKE_BUILD_TYPE=Debug >/dev/null
  cmake --build "$BUILD_NATIVE" -j "$(jobs_for_build)"
}

# The site in dist/: a release build unless COFX_BUILD_TYPE says otherwise.
build_site() {
  local type="${COFX_BUILD_TYPE:-Release}"
  log "WebAssembly build ($type) into dist/"
  emcmake cmake -S "$ROOT" -B "$BUILD_WASM" -DCMAKE_BUILD_TYPE="$type" >/dev/null
  cmake --build "$BUILD_WASM" -j "$(jobs_for_build)"
  precompress_site
}

# gzip and brotli siblings, so the server can send them as they are.
precompress_site() {
  find "$DIST" -type f \( -name '*.js' -o -name '*.wasm' -o -name '*.html' -o -name '*.css' \
       -o -name '*.json' -o -name '*.svg' -o -name '*.ttf' \) -print0 |
    while IFS= read -r -d '' f; do
      if [ ! -f "$f.gz" ] || [ "$f" -nt "$f.gz" ]; then gzip -9 -k -f -n "$f"; fi
      if [ ! -f "$f.br" ] || [ "$f" -nt "$f.br" ]; then brotli -q 11 -k -f "$f"; fi
    done
}
