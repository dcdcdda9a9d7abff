#!/usr/bin/env bash
# Fresh Debian 12 machine -> packages, build, then InfoScope opens on the bundled demo workspace.
# Without a display it runs under Xvfb and saves a screenshot to demo-screenshot.png instead.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
scripts/bootstrap.sh "$BUILD_DIR"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$BUILD_DIR/app/gui/infoscope" resources/demo/demo.infoscope.json
fi
xvfb-run -a -s "-screen 0 1600x1000x24" "$BUILD_DIR/app/gui/infoscope" resources/demo/demo.infoscope.json \
  --screenshot demo-screenshot.png
echo "No display: wrote demo-screenshot.png"
