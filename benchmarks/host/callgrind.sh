#!/usr/bin/env bash
# Instructions per look-up of every case, counted by callgrind: repeatable where
# wall times are not.
#
#   benchmarks/host/callgrind.sh [PASSES]      (default 10 passes of 30,000 look-ups)
#
# Builds sipcodes_callgrind_driver and runs callgrind_ratios.py over it: every
# case on both inputs, Ir per look-up net of the loop, ratios to the references
# and the targets (the CTest bench_targets checks them).
# BUILD_DIR (default build/bench-host in this checkout) is where it builds;
# SIPCODES_INCLUDE (default include/ of this checkout) where the headers are.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build=${BUILD_DIR:-$here/../../build/bench-host}
passes=${1:-10}

cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=Release \
    -DSIPCODES_BENCH_INCLUDE_DIR="${SIPCODES_INCLUDE:-$here/../../include}" >/dev/null
cmake --build "$build" -j2 --target sipcodes_callgrind_driver >/dev/null
driver=$build/sipcodes_callgrind_driver
cxx=$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$build/CMakeCache.txt")
echo "$(valgrind --version), $("$cxx" --version | head -n1)"
python3 "$here/callgrind_ratios.py" "$driver" --passes "$passes"
