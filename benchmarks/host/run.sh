#!/usr/bin/env bash
# Builds sipcodes_bench (Release, -O2), runs every case on both inputs in one
# run (10 repetitions in random order, medians) and prints median ns per look-up with the ratio
# to dense_branch_free on the same input.
#
#   benchmarks/host/run.sh [extra Google Benchmark flags, e.g. --benchmark_filter=reason]
#
# BUILD_DIR (default build/bench-host in this checkout) is where it builds and
# leaves the run's JSON (bench.json); SIPCODES_INCLUDE (default include/ of this
# checkout) is where the headers are.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build=${BUILD_DIR:-$here/../../build/bench-host}

cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=Release \
    -DSIPCODES_BENCH_INCLUDE_DIR="${SIPCODES_INCLUDE:-$here/../../include}" >/dev/null
cmake --build "$build" -j2 --target sipcodes_bench >/dev/null
"$build/sipcodes_bench" --benchmark_repetitions=10 --benchmark_report_aggregates_only=true \
    --benchmark_enable_random_interleaving=true \
    --benchmark_out="$build/bench.json" --benchmark_out_format=json "$@"

echo
"$build/sipcodes_bench" --benchmark_list_tests=true >"$build/order.txt"
python3 - "$build/bench.json" "$build/order.txt" <<'EOF'
import json, sys

runs = json.load(open(sys.argv[1]))["benchmarks"]
order = open(sys.argv[2]).read().split()  # registration order: case by case, input by input
# time_per_lookup is in seconds (CPU time of a pass / look-ups in it).
ns = {r["run_name"]: r["time_per_lookup"] * 1e9 for r in runs if r.get("aggregate_name") == "median"}
print("| case | input | median ns per look-up | ratio to dense_branch_free |")
print("|---|---|---:|---:|")
for kind in ("registered", "uniform"):
    ref = ns.get(f"dense_branch_free/{kind}")
    for name in order:
        case, _, k = name.rpartition("/")
        if k == kind and name in ns:
            ratio = f"{ns[name] / ref:.2f}" if ref else "-"
            print(f"| {case} | {kind} | {ns[name]:.2f} | {ratio} |")
EOF
