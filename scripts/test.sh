#!/usr/bin/env bash
# Fresh Debian 12 machine -> packages, build, whole test suite (GUI tests under xvfb-run).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
scripts/bootstrap.sh "$BUILD_DIR"
cd "$BUILD_DIR"
xvfb-run -a -s "-screen 0 1600x1000x24" ctest --output-on-failure --timeout 600
