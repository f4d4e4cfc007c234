# Build steps shared by scripts/build, scripts/run, scripts/test and scripts/bench. Source after common.sh.

build_native() {
  log "native build (core, app, unit tests)"
  cmake -S "$ROOT" -B "$BUILD_NATIVE" -DCMAKE_BUILD_TYPE=Debug >/dev/null
  cmake --build "$BUILD_NATIVE" -j "$(jobs_for_build)"
}

# The WebAssembly app and the shell, unhashed, in build/wasm/site (scripts/lib/package-site.mjs
# turns them into the site). A release build unless COFX_BUILD_TYPE says otherwise.
build_wasm() {
  local type="${COFX_BUILD_TYPE:-Release}"
  log "WebAssembly build ($type)"
  emcmake cmake -S "$ROOT" -B "$BUILD_WASM" -DCMAKE_BUILD_TYPE="$type" -DCOFX_DIST_DIR="$BUILD_WASM/site" >/dev/null
  cmake --build "$BUILD_WASM" -j "$(jobs_for_build)"
}

# cofx_site_csp: the Content-Security-Policy for a config.json, by the app's own reader.
build_site_tools() {
  cmake -S "$ROOT" -B "$ROOT/build/tools" -DCOFX_TOOLS_ONLY=ON >/dev/null
  cmake --build "$ROOT/build/tools" -j "$(jobs_for_build)" --target cofx_site_csp >/dev/null
}

# cofx_bench_ics: meeting_ics() timed natively for scripts/bench, so optimised (build/bench-tools).
build_bench_tools() {
  cmake -S "$ROOT" -B "$ROOT/build/bench-tools" -DCOFX_TOOLS_ONLY=ON -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$ROOT/build/bench-tools" -j "$(jobs_for_build)" --target cofx_bench_ics >/dev/null
}

# The site to upload: build_site_files CONFIG BASE_PATH OUT_DIR
build_site_files() {
  local config="$1" base_path="$2" out="$3"
  build_wasm
  build_site_tools
  log "packaging the site into ${out#$ROOT/} (config: ${config#$ROOT/})"
  node "$ROOT/scripts/lib/package-site.mjs" --from "$BUILD_WASM/site" --to "$out" --config "$config" \
    --base-path "$base_path" --csp-tool "$ROOT/build/tools/cofx_site_csp" \
    --nginx-out "$ROOT/build/deploy/$(basename "$out").nginx.conf"
}

# dist/ with the default config.json (what scripts/run serves and the tests load).
build_site() {
  build_site_files "$ROOT/web/config.json" / "$DIST"
}
