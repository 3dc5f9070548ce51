#!/usr/bin/env bash
# Installs what is missing, builds, and starts Fremdrift on its default database.
# Extra arguments go to the application, e.g. tools/run.sh --lang nb
set -euo pipefail
root_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root_dir/tools/bootstrap.sh"
exec "${FREMDRIFT_BUILD_DIR:-$root_dir/build}/app/fremdrift" "$@"
