#!/usr/bin/env bash
# Installs the Debian 12 packages InfoScope needs (only those missing), then configures and builds.
# Usage: scripts/bootstrap.sh [BUILD_DIR]   (as root, or with sudo available)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${1:-build}

PACKAGES=(build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-l10n-tools qt6-svg-dev libqt6svg6-dev libqt6opengl6-dev
  libvtk9-dev libeigen3-dev libopencv-dev libtorch-dev libqcustomplot-dev libnanoflann-dev zlib1g-dev
  nlohmann-json3-dev libhdf5-dev libblas-dev liblapack-dev libopenblas0-pthread xvfb xauth libgl1-mesa-dri fonts-dejavu-core
  python3-numpy python3-scipy python3-sklearn python3-torch python3-h5py dpkg-dev file)

missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q < /dev/null
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" < /dev/null
fi

# INFOSCOPE_CMAKE_ARGS: extra configure options (scripts/package.sh: a Release build without tests).
# shellcheck disable=SC2086
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo ${INFOSCOPE_CMAKE_ARGS:-}
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
