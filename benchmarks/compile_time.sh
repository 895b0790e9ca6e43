#!/usr/bin/env bash
# Compile time of including each sipcodes header vs the standard headers alone, same run.
#   benchmarks/compile_time.sh [compiler] [runs] [standard]
# Prints the median wall time of `-fsyntax-only` over RUNS runs per file and the
# ratio to the <string_view> and <string_view>+<optional> baselines. INCLUDE_DIR
# (default include/) measures another copy of the headers, e.g. an older checkout's.
set -euo pipefail
cd "$(dirname "$0")/.."
cxx=${1:-g++}
runs=${2:-41}
std=${3:-c++17}
include=${INCLUDE_DIR:-include}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '#include <string_view>\n' >"$work/string_view_only.cpp"
printf '#include <optional>\n#include <string_view>\n' >"$work/string_view_optional.cpp"
files=(string_view_only string_view_optional)
for header in "$include"/sipcodes/*.hpp; do
  name=$(basename "$header" .hpp)
  printf '#include <sipcodes/%s.hpp>\n' "$name" >"$work/$name.cpp"
  files+=("$name")
done
time_us() {
  local start end
  start=$(date +%s%N)
  "$cxx" -std="$std" -fsyntax-only -I"$include" "$work/$1.cpp"
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
echo "compiler: $($cxx --version | head -1), -std=$std -fsyntax-only, median of $runs runs, headers in $include"
for file in "${files[@]}"; do
  awk -v f="$file" -v t="${ms[$file]}" -v a="${ms[string_view_only]}" -v b="${ms[string_view_optional]}" \
    'BEGIN {printf "%-22s %8.1f ms  %5.2fx <string_view>  %5.2fx <string_view>+<optional>\n", f, t, t/a, t/b}'
done
