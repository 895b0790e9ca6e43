#!/usr/bin/env bash
# Instructions per look-up of every case, counted by callgrind: repeatable where
# wall times are not.
#
#   benchmarks/host/callgrind.sh [PASSES]      (default 10 passes of 30,000 look-ups)
#
# Each case runs once per input under valgrind --tool=callgrind in
# sipcodes_callgrind_driver. Ir per look-up = (total Ir of the case - total Ir of
# the "empty" case, which builds the same inputs and runs the same loop doing no
# look-up) / look-ups; ratio = that / the same for dense_branch_free on that input.
# BUILD_DIR (default build/bench-host in this checkout) is where it builds;
# SIPCODES_INCLUDE (default include/ of this checkout) where the headers are.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build=${BUILD_DIR:-$here/../../build/bench-host}
passes=${1:-10}
lookups=$((passes * 30000))

cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=Release \
    -DSIPCODES_BENCH_INCLUDE_DIR="${SIPCODES_INCLUDE:-$here/../../include}" >/dev/null
cmake --build "$build" -j2 --target sipcodes_callgrind_driver >/dev/null
driver=$build/sipcodes_callgrind_driver
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

total_ir() { # CASE INPUT [PASSES]
    valgrind --tool=callgrind --callgrind-out-file="$out/cg.out" "$driver" "$1" "$2" "${3:-$passes}" 2>/dev/null
    awk '/^totals:/ { print $2 }' "$out/cg.out"
}

cxx=$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$build/CMakeCache.txt")
echo "$lookups look-ups per case and input; $(valgrind --version), $("$cxx" --version | head -n1)"
echo
echo "| case | input | Ir per look-up | ratio to dense_branch_free |"
echo "|---|---|---:|---:|"
for input in registered uniform; do
    empty=$(total_ir empty "$input")
    declare -A net=()
    cases=$("$driver" --list | grep -vx empty)
    for c in $cases; do
        net[$c]=$(( $(total_ir "$c" "$input") - empty ))
    done
    for c in $cases; do
        awk -v c="$c" -v i="$input" -v n="${net[$c]}" -v r="${net[dense_branch_free]}" -v l="$lookups" \
            'BEGIN { printf "| %s | %s | %.2f | %.2f |\n", c, i, n / l, n / r }'
    done
    loop=$(( empty - $(total_ir empty "$input" 0) ))
    awk -v i="$input" -v n="$loop" -v l="$lookups" \
        'BEGIN { printf "| (the loop itself: read, consume; subtracted above) | %s | %.2f | |\n", i, n / l }'
    unset net
done
