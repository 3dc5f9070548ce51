#!/usr/bin/env bash
# Builds (as Release) and runs the benchmarks; prints figures. The demo database they make is
# kept in build-bench/ and reused by later runs.
set -euo pipefail
root_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export FREMDRIFT_BUILD_DIR=${FREMDRIFT_BUILD_DIR:-$root_dir/build-bench}
export FREMDRIFT_BUILD_TYPE=Release
"$root_dir/tools/bootstrap.sh"
# LibreOffice only for the letters benchmark's comparison: what offices use today to turn a
# letter into PDF. Never a run-time dependency. FREMDRIFT_BENCH_LIBREOFFICE=0 skips it.
if [[ ${FREMDRIFT_BENCH_LIBREOFFICE:-1} != 0 ]] && ! command -v soffice >/dev/null; then
    sudo_cmd=()
    [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq \
        --no-install-recommends libreoffice-writer-nogui
fi
cd "$FREMDRIFT_BUILD_DIR"
./tests/bench_caseload "$@"
# The overview page and a plan view with 200 plans and 5,000 reviews in progress.
echo
./tests/bench_plans
# Commit latency with 1, 4 and 8 writer processes on one file, and (when strace can inject
# delays) with 20 ms per file-lock call to imitate a network drive.
echo
./tests/bench_commits
# One decision letter to PDF, 100 pre-notices in a batch, and LibreOffice's conversion.
echo
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} ./tests/bench_letters
