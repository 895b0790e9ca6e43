#!/bin/sh
# Builds the libFuzzer targets with clang++ (no CMake) and runs each one.
#
#   tests/fuzz/run.sh BUILD_DIR [--runs N | --seconds S] [TARGET ...]
#
# BUILD_DIR gets the binaries, a working corpus per target (corpus/<target>,
# kept between runs; the checked-in seeds in tests/fuzz/corpus/<target> are only
# read), logs/<target>.log and any crash input as artifacts/<target>-crash-*.
# Default: --runs 20000. TARGETs default to all of them.
# Exit status: 0 if every target ran clean, 1 if any failed to build or found a
# crash, 2 for a usage error, 77 ("skipped: ...") without clang++ or without
# the libFuzzer runtime (Debian: apt-get install clang libclang-rt-14-dev).
# CXX_FUZZ=/path/to/clang++ picks the compiler (extra words are passed as flags).
set -u

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
all_targets="fuzz_lookups fuzz_lookups_compact fuzz_status_line fuzz_locale fuzz_render fuzz_cli_args fuzz_cli_run"

usage() {
    echo "usage: $0 BUILD_DIR [--runs N | --seconds S] [TARGET ...]" >&2
    echo "targets: $all_targets" >&2
    exit 2
}

[ $# -ge 1 ] || usage
build=$1
shift
limit="-runs=20000"
case "${1-}" in
--runs)
    [ $# -ge 2 ] || usage
    case $2 in '' | *[!0-9]*) usage ;; esac
    limit="-runs=$2"
    shift 2
    ;;
--seconds)
    [ $# -ge 2 ] || usage
    case $2 in '' | *[!0-9]*) usage ;; esac
    limit="-max_total_time=$2"
    shift 2
    ;;
--*) usage ;;
esac
targets=${*:-$all_targets}
for t in $targets; do
    case " $all_targets " in *" $t "*) ;; *) echo "unknown target: $t" >&2; usage ;; esac
done

# The compiler: $CXX_FUZZ, else clang++, else the newest versioned clang++.
cxx=${CXX_FUZZ-}
if [ -z "$cxx" ]; then
    for c in clang++ clang++-19 clang++-18 clang++-17 clang++-16 clang++-15 clang++-14; do
        if command -v "$c" >/dev/null 2>&1; then
            cxx=$c
            break
        fi
    done
fi
if [ -z "$cxx" ] || ! command -v "${cxx%% *}" >/dev/null 2>&1; then
    echo "skipped: clang++ not found (apt-get install clang libclang-rt-14-dev)"
    exit 77
fi

flags="-std=c++17 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all"
mkdir -p "$build/logs" "$build/artifacts" || exit 1
build=$(cd "$build" && pwd)

# The runtime: a trivial fuzzer must compile and link.
probe="$build/probe_fuzzer"
printf '%s\n' '#include <cstddef>' '#include <cstdint>' \
    'extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t*, std::size_t) { return 0; }' >"$probe.cpp"
if ! $cxx $flags "$probe.cpp" -o "$probe" >"$probe.log" 2>&1; then
    echo "skipped: $cxx cannot build with -fsanitize=fuzzer,address,undefined (libFuzzer runtime missing? apt-get install libclang-rt-14-dev); see $probe.log"
    exit 77
fi

failed=""
summary=""
for t in $targets; do
    log="$build/logs/$t.log"
    echo "== $t: build"
    # fuzz_lookups_compact: fuzz_lookups on the compact (-Os) tables.
    source=$t
    extra_flags=""
    quiet=""
    [ "$t" = fuzz_lookups_compact ] && source=fuzz_lookups extra_flags="-DSIPCODES_COMPACT_TABLES=1"
    # fuzz_cli_run: the CLI itself, with its messages on stderr closed.
    [ "$t" = fuzz_cli_run ] && extra_flags="-Wno-unused-function" quiet="-close_fd_mask=2"
    if ! $cxx $flags $extra_flags "-I$root/include" "-I$root/examples/cli" "-I$root/tests" "$here/$source.cpp" \
        -o "$build/$t" >"$log" 2>&1; then
        cat "$log"
        failed="$failed $t"
        summary="$summary$t build-failed\n"
        continue
    fi
    mkdir -p "$build/corpus/$t"
    echo "== $t: $limit"
    # New inputs go into the first directory (the build's), never into the seeds.
    "$build/$t" "$build/corpus/$t" "$here/corpus/$source" $limit $quiet -max_len=4096 -timeout=25 \
        -print_final_stats=1 -error_exitcode=1 "-artifact_prefix=$build/artifacts/$t-" >>"$log" 2>&1
    rc=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -n 1)
    if [ $rc -ne 0 ]; then
        tail -n 40 "$log"
        failed="$failed $t"
        summary="$summary$t FAILED(exit $rc) runs=${runs:-?} log=$log\n"
    else
        summary="$summary$t ok runs=${runs:-?} seconds=${secs:-?}\n"
    fi
done

printf "\n$summary"
if [ -n "$failed" ]; then
    echo "failed:$failed"
    exit 1
fi
exit 0
