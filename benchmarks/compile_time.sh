#!/usr/bin/env bash
# Compile time of including sipcodes vs the standard headers alone, same run.
#   benchmarks/compile_time.sh [compiler] [runs] [standard]
# Prints the median wall time of `-fsyntax-only` over RUNS runs per file and the
# ratio to the <string_view> and <string_view>+<optional> baselines.
set -euo pipefail
cd "$(dirname "$0")/.."
cxx=${1:-g++}
runs=${2:-41}
std=${3:-c++17}
files=(string_view_only string_view_optional status_header full_header)

time_us() {
  local start end
  start=$(date +%s%N)
  "$cxx" -std="$std" -fsyntax-only -Iinclude "benchmarks/compile_time/$1.cpp"
  end=$(date +%s%N)
  echo $(((end - start) / 1000))
}

# Round-robin over the files so that machine noise hits all of them alike.
declare -A samples
for ((i = 0; i < runs; i++)); do
  for file in "${files[@]}"; do samples[$file]+="$(time_us "$file") "; done
done
declare -A ms
for file in "${files[@]}"; do
  ms[$file]=$(tr ' ' '\n' <<<"${samples[$file]}" | grep . | sort -n |
              awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]/1000}')
done
echo "compiler: $($cxx --version | head -1), -std=$std -fsyntax-only, median of $runs runs"
for file in "${files[@]}"; do
  awk -v f="$file" -v t="${ms[$file]}" -v a="${ms[string_view_only]}" -v b="${ms[string_view_optional]}" \
    'BEGIN {printf "%-22s %8.1f ms  %5.2fx <string_view>  %5.2fx <string_view>+<optional>\n", f, t, t/a, t/b}'
done
