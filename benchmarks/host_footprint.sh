#!/usr/bin/env bash
# Bytes the sipcodes tables add to a position-independent executable, per section,
# and the dynamic relocations that point into them (there should be none).
#   benchmarks/host_footprint.sh [compiler]
set -euo pipefail
cd "$(dirname "$0")/.."
cxx=${1:-g++}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
flags=(-std=c++17 -O2 -fPIE -pie -Iinclude)
"$cxx" "${flags[@]}" benchmarks/footprint/uses_everything.cpp -o "$out/uses"
"$cxx" "${flags[@]}" benchmarks/footprint/baseline.cpp -o "$out/base"

section() { size -A "$1" | awk -v s="$2" '$1 == s {print $2; found=1} END {if (!found) print 0}'; }
echo "compiler: $($cxx --version | head -1), ${flags[*]}"
printf '%-14s %10s %10s %10s\n' section baseline with-lib added
for s in .text .rodata .data .data.rel.ro .bss .init_array; do
  a=$(section "$out/base" "$s"); b=$(section "$out/uses" "$s")
  printf '%-14s %10d %10d %10d\n' "$s" "$a" "$b" $((b - a))
done
echo "library objects (nm -S):"
nm -C -S --size-sort "$out/uses" | grep 'sipcodes::' | while read -r addr size kind name; do
  printf '  %6d %s %s\n' $((16#$size)) "$kind" "$name"
done
# A relocation inside a table would mean the table holds an address; count them.
python3 - "$out/uses" <<'PY'
import subprocess, sys
exe = sys.argv[1]
objects = []
for line in subprocess.run(["nm", "-C", "-S", exe], capture_output=True, text=True).stdout.splitlines():
    parts = line.split(maxsplit=3)
    if len(parts) == 4 and "sipcodes::" in parts[3]:
        objects.append((int(parts[0], 16), int(parts[1], 16), parts[3]))
hits = 0
for line in subprocess.run(["readelf", "-rW", exe], capture_output=True, text=True).stdout.splitlines():
    fields = line.split()
    if fields and all(c in "0123456789abcdef" for c in fields[0]) and len(fields[0]) >= 8:
        offset = int(fields[0], 16)
        hits += sum(1 for start, size, _ in objects if start <= offset < start + size)
print(f"relocations inside sipcodes tables: {hits}")
PY
