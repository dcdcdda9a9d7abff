#!/usr/bin/env bash
# Builds the Debian package from a Release build with stripped binaries (no tests, no debug info).
# Usage: scripts/package.sh [BUILD_DIR]   (default build-release; prints the .deb's path last)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${1:-build-release}
INFOSCOPE_CMAKE_ARGS="-DCMAKE_BUILD_TYPE=Release -DINFOSCOPE_BUILD_TESTS=OFF" scripts/bootstrap.sh "$BUILD_DIR" >&2
(cd "$BUILD_DIR" && rm -f infoscope_*.deb && cpack -G DEB >&2)
ls "$PWD/$BUILD_DIR"/infoscope_*.deb
