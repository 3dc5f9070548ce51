#!/usr/bin/env bash
# Shared set-up for tools/run.sh and tools/test.sh: installs the Debian 12 packages the project
# needs (only the missing ones, non-interactively, through sudo when not root), then configures
# and builds with Ninja. Idempotent: a second run installs nothing and rebuilds only what changed.
set -euo pipefail

root_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${FREMDRIFT_BUILD_DIR:-$root_dir/build}

# Build and test dependencies, all from Debian 12's own archive.
packages=(
    build-essential cmake ninja-build ccache pkgconf
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite libgl-dev
    libsodium-dev libsqlite3-dev catch2 sqlite3 poppler-utils dpkg-dev file util-linux
    fonts-crosextra-carlito
)

missing=()
for pkg in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' \
        || missing+=("$pkg")
done

if ((${#missing[@]})); then
    echo "Installing missing Debian packages: ${missing[*]}"
    sudo_cmd=()
    [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_cmd[@]}" apt-get update -qq
    "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Several build folders (CI, packaging, developers) share one cache: paths relative to the tree.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root_dir}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

if [[ ! -f $build_dir/build.ninja ]]; then
    cmake -S "$root_dir" -B "$build_dir" -G Ninja \
        -DCMAKE_BUILD_TYPE="${FREMDRIFT_BUILD_TYPE:-RelWithDebInfo}" \
        -DFREMDRIFT_WERROR="${FREMDRIFT_WERROR:-OFF}" \
        "${launcher[@]}"
fi
cmake --build "$build_dir"
