#!/usr/bin/env bash
# benchmarks/firmware/run.sh [build-dir]
#
# Builds the Cortex-M4 firmware (arm-none-eabi-g++), runs the look-up
# benchmark and every footprint firmware under QEMU (mps2-an386), and prints
# flash, RAM and instructions per look-up. Exit status: 0 when every firmware
# ran and answered right, 1 otherwise, 77 ("skipped: ...") when a tool is
# missing, so CTest can register it with SKIP_RETURN_CODE 77.
# Build directory: the argument, else $FW_BUILD_DIR, else build-fw at the
# root of the checkout.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${1:-${FW_BUILD_DIR:-$here/../../build-fw}}"

for tool in arm-none-eabi-g++ arm-none-eabi-size arm-none-eabi-nm qemu-system-arm cmake; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "skipped: $tool not found (install the packages in benchmarks/firmware/PACKAGES)"
        exit 77
    fi
done

# shift=7: one instruction = 128 ns of virtual time, see counter.hpp.
qemu=(qemu-system-arm -M mps2-an386 -nographic -icount shift=7,align=off,sleep=off
      -semihosting-config enable=on,target=native -kernel)

mkdir -p "$build"
cmake -S "$here" -B "$build" -DCMAKE_TOOLCHAIN_FILE="$here/arm-none-eabi.cmake" >"$build/configure.log" 2>&1 ||
    { cat "$build/configure.log"; echo "firmware: configure failed"; exit 1; }
cmake --build "$build" -j2 >"$build/build.log" 2>&1 || { cat "$build/build.log"; echo "firmware: build failed"; exit 1; }

failed=0

# Runs one firmware; its semihosting output (QEMU's stderr) goes to $2.
run() {
    local status=0
    timeout 120 "${qemu[@]}" "$build/$1.elf" </dev/null >"$2" 2>&1 || status=$?
    echo "$status"
}

# The benchmark, twice: the counts must be the same on every run.
status=$(run phrase_lookup "$build/phrase_lookup.out")
status2=$(run phrase_lookup "$build/phrase_lookup.again")
cat "$build/phrase_lookup.out"
if [ "$status" != 0 ]; then
    echo "firmware: phrase_lookup exited with $status (1: wrong phrases, 2: counter not exact, 99: fault)"
    failed=1
elif [ "$status2" != 0 ] || ! cmp -s "$build/phrase_lookup.out" "$build/phrase_lookup.again"; then
    echo "firmware: phrase_lookup printed different figures on a second run"
    failed=1
fi

# The dense layout, once, for the table.
dense_status=$(run phrase_lookup_dense "$build/phrase_lookup_dense.out")
if [ "$dense_status" != 0 ]; then
    cat "$build/phrase_lookup_dense.out"
    echo "firmware: phrase_lookup_dense exited with $dense_status"
    failed=1
fi

# "min 22 mean 22.0 max 22" of the line that starts with $1 in file $2, as "22/22.0/22".
figures() { sed -n "s/^ *$1[^:]*: *min \([0-9]*\) mean \([0-9.]*\) max \([0-9]*\)$/\1\/\2\/\3/p" "$2"; }
registered=$(figures "registered codes" "$build/phrase_lookup.out")
random=$(figures "random ints" "$build/phrase_lookup.out")
dense_registered=$(figures "registered codes" "$build/phrase_lookup_dense.out")
dense_random=$(figures "random ints" "$build/phrase_lookup_dense.out")
search_registered=$(figures "search registered" "$build/phrase_lookup.out")
search_random=$(figures "search random" "$build/phrase_lookup.out")
via_registered=$(figures "via registered codes" "$build/phrase_lookup.out")
via_random=$(figures "via random ints" "$build/phrase_lookup.out")
packed_registered=$(figures "packed registered" "$build/phrase_lookup.out")
packed_random=$(figures "packed random" "$build/phrase_lookup.out")

# Berkeley format: text (code + rodata), data, bss.
declare -A sizes
size_of() { echo "${sizes[$1]}"; }

variants=(fp1_phrase fp1_phrase_full_header fp1_phrase_dense fp1_binary_search fp1_packed fp2_classes fp3_description
          fp4_page fp5_render)
declare -A ram_of
for elf in fp0_empty "${variants[@]}"; do
    sizes[$elf]=$(arm-none-eabi-size -B "$build/$elf.elf" 2>&1 | awk 'NR == 2 { print $1, $2, $3 }') || true
    if [ -z "${sizes[$elf]}" ]; then
        echo "firmware: arm-none-eabi-size cannot read $elf.elf"
        exit 1
    fi
done
read -r empty_text empty_data empty_bss < <(size_of fp0_empty)
declare -A flash_of
declare -A label=(
    [fp1_phrase]="(1) code -> phrase (status.hpp)"
    [fp1_phrase_full_header]="(1) code -> phrase (sipcodes.hpp)"
    [fp1_phrase_dense]="(1) with the dense tables"
    [fp1_binary_search]="(1) reference: binary search"
    [fp1_packed]="(1) reference: packed word per code"
    [fp2_classes]="(2) + to_status, class_of, predicates"
    [fp3_description]="(3) + info(s).description"
    [fp4_page]="(4) + comparison_page<> (constexpr)"
    [fp5_render]="(5) + render_comparison (run time)"
)

echo
echo "Footprint over the empty firmware ($((empty_text + empty_data)) B flash, $((empty_data + empty_bss)) B RAM):"
printf '%-37s %8s %8s %6s  %s\n' "variant" "flash B" "(step)" "RAM B" "instructions per look-up, min/mean/max"
previous=0
for v in "${variants[@]}"; do
    read -r text data bss < <(size_of "$v")
    flash=$((text + data - empty_text - empty_data))
    ram=$((data + bss - empty_data - empty_bss))
    insns="-"
    step="+$((flash - previous))"
    case "$v" in
        fp1_phrase) insns="$registered registered codes, $random ints 0..999" ;;
        fp1_phrase_full_header) step="" ;;
        fp1_phrase_dense) step=""; insns="$dense_registered registered codes, $dense_random ints 0..999" ;;
        fp1_binary_search) step=""; insns="$search_registered registered codes, $search_random ints 0..999" ;;
        fp1_packed) step=""; insns="$packed_registered registered codes, $packed_random ints 0..999" ;;
    esac
    case "$v" in fp1_phrase_full_header | fp1_phrase_dense | fp1_binary_search | fp1_packed) ;; *) previous=$flash ;; esac
    printf '%-37s %8d %8s %6d  %s\n' "${label[$v]}" "$flash" "$step" "$ram" "$insns"
    v_status=$(run "$v" "$build/$v.out")
    if [ "$v_status" != 0 ]; then
        echo "firmware: $v exited with $v_status"
        failed=1
    fi
    flash_of[$v]=$flash
    ram_of[$v]=$ram
done
echo "(flash = .text + .rodata + .data, RAM = .data + .bss; the stack is not counted;"
echo " RAM of (5) is the program's own max_page_size buffer)"

# The targets (benchmarks/README.md): code -> phrase in at most 1,710 B of flash
# and 14 instructions per look-up on every input, spelled reason_phrase(int) or
# to_status then reason_phrase(status) (issue 14), and no RAM for the library
# (level 5's RAM is the program's own page buffer).
max_of() { echo "${1##*/}"; }
if [ "${flash_of[fp1_phrase]}" -gt 1710 ]; then
    echo "firmware: code -> phrase takes ${flash_of[fp1_phrase]} B of flash, over the 1,710 B target"
    failed=1
fi
for figure in "$registered" "$random" "$via_registered" "$via_random"; do
    if [ -z "$figure" ]; then
        echo "firmware: no instruction figure for code -> phrase in phrase_lookup's output"
        failed=1
    elif [ "$(max_of "$figure")" -gt 14 ]; then
        echo "firmware: code -> phrase takes up to $(max_of "$figure") instructions, over the 14 target"
        failed=1
    fi
done
for v in fp1_phrase fp1_phrase_full_header fp1_phrase_dense fp2_classes fp3_description fp4_page; do
    if [ "${ram_of[$v]}" != 0 ]; then
        echo "firmware: $v adds ${ram_of[$v]} B of RAM (.data + .bss) to the empty firmware; the library must add none"
        failed=1
    fi
done

# The long texts must cost nothing to a firmware that does not use them.
if [ "${flash_of[fp1_phrase]}" != "${flash_of[fp1_phrase_full_header]}" ]; then
    echo "firmware: including <sipcodes/sipcodes.hpp> changed the code -> phrase firmware"
    failed=1
fi

# The gateway mappings (gateway.cpp): each RFC 3398 direction over the empty firmware.
echo
echo "Gateway (RFC 3398) over the empty firmware:"
for v in gw1_cause_to_sip gw2_sip_to_cause gw3_both_and_names; do
    read -r text data bss < <(arm-none-eabi-size -B "$build/$v.elf" | awk 'NR == 2 { print $1, $2, $3 }')
    printf '%-37s %8d %8s %6d\n' "$v" "$((text + data - empty_text - empty_data))" "" "$((data + bss - empty_data - empty_bss))"
    v_status=$(run "$v" "$build/$v.out")
    if [ "$v_status" != 0 ]; then
        echo "firmware: $v exited with $v_status"
        failed=1
    fi
done

# A code in its context: each function alone, over the empty firmware.
echo
echo "A code in its context, one function per firmware (context.cpp), over fp0_empty:"
printf '%-32s %8s %6s\n' "function" "flash B" "RAM B"
for v in ctx1_to_method ctx2_method_name ctx3_can_answer ctx4_impact_on_dialog ctx5_allows_header \
         ctx6_requires_header_method ctx7_action_of_method; do
    read -r text data bss < <(arm-none-eabi-size -B "$build/$v.elf" | awk 'NR == 2 { print $1, $2, $3 }')
    v_status=$(run "$v" "$build/$v.out")
    if [ "$v_status" != 0 ]; then
        echo "firmware: $v exited with $v_status"
        failed=1
    fi
    printf '%-32s %8d %6d\n' "${v#ctx?_}" "$((text + data - empty_text - empty_data))" "$((data + bss - empty_data - empty_bss))"
done

echo
echo "Largest symbols, bytes (arm-none-eabi-nm -S --size-sort):"
for v in "${variants[@]}"; do
    echo "  $v:"
    arm-none-eabi-nm -S --size-sort -C "$build/$v.elf" | tail -n 6 | tac |
        while read -r _ size type name; do printf '    %6d %s %s\n' "$((16#$size))" "$type" "$name"; done
done

if [ "$failed" != 0 ]; then
    echo "firmware: FAILED"
    exit 1
fi
echo "firmware: ok"
