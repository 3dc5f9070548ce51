#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite with CTest.
set -euo pipefail
root_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root_dir/tools/bootstrap.sh"
cd "${FREMDRIFT_BUILD_DIR:-$root_dir/build}"
exec ctest --output-on-failure --parallel "$(nproc)" "$@"
