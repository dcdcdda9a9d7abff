#!/usr/bin/env bash
# The packaging test: builds the .deb (scripts/package.sh), installs it with apt-get into a clean
# Debian 12 root made by debootstrap, and runs the CLI and the GUI's screenshot mode from it.
# Usage: scripts/test-package.sh [ROOT]   (as root; needs the Debian mirror; default ROOT is a new
# folder under /tmp, removed afterwards). Takes 20-40 minutes on 2 cores, most of it the Release build.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
for tool in debootstrap; do
  command -v "$tool" >/dev/null || { apt-get update -q < /dev/null; apt-get install -y -q "$tool" < /dev/null; }
done
deb=$(scripts/package.sh | tail -n 1)
echo "package: $deb ($(du -h "$deb" | cut -f1))"
dpkg-deb --info "$deb" | sed -n '/Installed-Size/p;/Depends/p'

ROOT=${1:-$(mktemp -d /tmp/infoscope-pkgroot.XXXXXX)}
KEEP_ROOT=${1:-}
cleanup() {
  status=$?
  # Lazy unmounts: a process of the test (Xvfb) may still hold /dev for a moment.
  for m in dev/pts dev proc; do umount -l "$ROOT/$m" 2>/dev/null || true; done
  [ -n "$KEEP_ROOT" ] || rm -rf --one-file-system "$ROOT" 2>/dev/null || true
  exit $status
}
trap cleanup EXIT
[ -x "$ROOT/usr/bin/apt-get" ] || debootstrap --variant=minbase bookworm "$ROOT" http://deb.debian.org/debian
mount -t proc proc "$ROOT/proc"
mount --bind /dev "$ROOT/dev"
mount --bind /dev/pts "$ROOT/dev/pts"
cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
cp "$deb" "$ROOT/tmp/"
in_root() { chroot "$ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root DEBIAN_FRONTEND=noninteractive "$@"; }
in_root apt-get update -q < /dev/null
in_root bash -c "apt-get install -y -q /tmp/$(basename "$deb") xvfb xauth < /dev/null"

echo "--- installed: $(in_root dpkg-query -W -f '${Package} ${Version} ${Installed-Size} KiB' infoscope)"
in_root infoscope-cli version
in_root infoscope-cli list | head -n 3
in_root infoscope-cli describe model.forward | head -n 1
# An image read loads the codecs module from /usr/lib/infoscope.
in_root infoscope-cli run spectrum.image --input image=/usr/share/infoscope/demo/polyp.png --out /tmp/spectrum.json
in_root test -s /tmp/spectrum.json
# The live demo trains with LibTorch: the torch module from /usr/lib/infoscope.
in_root xvfb-run -a -s "-screen 0 1280x800x24" infoscope --live-demo 30 --screenshot /tmp/package-demo.png
in_root xvfb-run -a -s "-screen 0 1280x800x24" infoscope /usr/share/infoscope/demo/demo.infoscope.json \
  --screenshot /tmp/package-screenshot.png
test -s "$ROOT/tmp/package-screenshot.png" && test -s "$ROOT/tmp/package-demo.png"
cp "$ROOT/tmp/package-screenshot.png" "$ROOT/tmp/package-demo.png" .
echo "package test passed: CLI and GUI run from the installed package (package-screenshot.png, package-demo.png)"
