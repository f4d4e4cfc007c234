# Shared paths and helpers for the project's scripts. Source it; don't run it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="$ROOT/.cache"             # downloads and unpacked third-party sources (ignored by git)
BUILD_NATIVE="$ROOT/build/native"
BUILD_WASM="$ROOT/build/wasm"
DIST="$ROOT/dist"

# Dear ImGui 1.92 (dynamic fonts: glyphs rasterised on first use) from Debian sid's source package.
IMGUI_VERSION="1.92.2b"
IMGUI_DEB_VERSION="1.92.2b+ds-1"
IMGUI_TARBALL="imgui_1.92.2b+ds.orig.tar.xz"
IMGUI_SHA256="e7bd201d56b5ee90d24d5dac85e5c12f98bdb95410252a62d27b7f89e4566d48"
IMGUI_DIR="$CACHE/imgui-$IMGUI_VERSION"

# nayuki's QR Code generator (its C encoder, c/qrcodegen.c) from Debian's source package:
# the sha256 and size are those of the Sources index (apt-cache showsrc qr-code-generator=1.8.0-1.2).
QRCODEGEN_VERSION="1.8.0"
QRCODEGEN_DEB_VERSION="1.8.0-1.2"
QRCODEGEN_TARBALL="qr-code-generator_1.8.0.orig.tar.gz"
QRCODEGEN_SHA256="2ec0a4d33d6f521c942eeaf473d42d5fe139abcfa57d2beffe10c5cf7d34ae60"
QRCODEGEN_DIR="$CACHE/qrcodegen-$QRCODEGEN_VERSION"

JITSI_SDK_VERSION="13.2.0"       # ships the source of Jitsi's iframe API (modules/API/external)
JITSI_SDK_DIR="$CACHE/jitsi-sdk-$JITSI_SDK_VERSION"
# Its code becomes code in the site's origin: the registry's integrity for that version, checked
# on download and every time the cached tarball is used (npm view @jitsi/react-native-sdk@13.2.0 dist.integrity).
JITSI_SDK_INTEGRITY="sha512-J7itSoy85IScxeC4letOtoS33Sp0tH5hLYFHYtH+v3WQwLjganuWlFCjlDbL5ks9ebGhVNsCyCBdML9qC+SAWw=="

# Debian's emcc runs its JS optimizer with the system node, which needs Debian's acorn.
export NODE_PATH=/usr/share/nodejs
# Emscripten's system-library cache must be writable; root can use Debian's default.
export EM_CACHE="${EM_CACHE:-/usr/share/emscripten/cache}"

# "sha512-<base64>" of a file, the way npm writes a package's integrity.
sri_sha512() {
  node -e 'process.stdout.write("sha512-" + require("crypto").createHash("sha512")
    .update(require("fs").readFileSync(process.argv[1])).digest("base64"))' "$1"
}

log() { printf '\033[1;35m[cofinix]\033[0m %s\n' "$*" >&2; }

jobs_for_build() { nproc 2>/dev/null || echo 2; }
