#!/bin/sh
# Builds the libFuzzer targets (tests/fuzz/CMakeLists.txt) in a clang build
# directory and runs each one over its corpus.
#
#   tests/fuzz/run.sh BUILD_DIR [--runs N | --seconds S] [TARGET ...]
#
# BUILD_DIR is configured with CC=clang CXX=clang++ -DSIPCODES_BUILD_FUZZERS=ON
# (the targets are built in BUILD_DIR/tests/fuzz/) and gets a working corpus
# per target (corpus/<target>, kept between runs; the checked-in seeds in
# tests/fuzz/corpus/<target> are only read), logs/configure.log,
# logs/<target>.log and any crash input as artifacts/<target>-crash-*.
# Default: --runs 20000. TARGETs default to all of them.
# Exit status: 0 if every target ran clean, 1 if BUILD_DIR cannot be
# configured or any target failed to build or found a crash, 2 for a usage
# error, 77 ("skipped: ...") without clang++ or without the libFuzzer runtime
# (Debian: apt-get install clang libclang-rt-14-dev).
# CXX_FUZZ=/path/to/clang++ picks the compiler (and the clang beside it).
set -u

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
all_targets="fuzz_lookups fuzz_lookups_compact fuzz_status_line fuzz_locale fuzz_render fuzz_reason fuzz_warning fuzz_cli_args fuzz_cli_run"

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

# The compiler: $CXX_FUZZ, else clang++, else the newest versioned clang++;
# the C compiler (tests/ builds C too) is the clang of the same name.
cxx=${CXX_FUZZ-}
if [ -z "$cxx" ]; then
    for c in clang++ clang++-19 clang++-18 clang++-17 clang++-16 clang++-15 clang++-14; do
        if command -v "$c" >/dev/null 2>&1; then
            cxx=$c
            break
        fi
    done
fi
cc=$(printf '%s\n' "$cxx" | sed 's|clang++\([^/]*\)$|clang\1|')
if [ -z "$cxx" ] || ! command -v "$cxx" >/dev/null 2>&1 || ! command -v "$cc" >/dev/null 2>&1; then
    echo "skipped: clang and clang++ not found (apt-get install clang libclang-rt-14-dev)"
    exit 77
fi
if ! command -v cmake >/dev/null 2>&1; then
    echo "skipped: cmake not found"
    exit 77
fi

mkdir -p "$build/logs" "$build/artifacts" || exit 1
build=$(cd "$build" && pwd)

# Only what the fuzz targets need: the tests' directory (where they live) and
# the examples' (the CLI library); the checked-in headers as they are.
configure_log="$build/logs/configure.log"
echo "== configure $build ($cxx)"
if ! CC=$cc CXX=$cxx cmake -S "$root" -B "$build" -DSIPCODES_BUILD_FUZZERS=ON -DSIPCODES_BUILD_TESTS=ON \
    -DSIPCODES_BUILD_EXAMPLES=ON -DSIPCODES_BUILD_BENCHMARKS=OFF -DSIPCODES_INSTALL=OFF \
    >"$configure_log" 2>&1; then
    # How tests/fuzz/CMakeLists.txt's message starts when the runtime does not link.
    if grep -q "sipcodes: libFuzzer runtime missing" "$configure_log"; then
        echo "skipped: $cxx cannot link -fsanitize=fuzzer,address,undefined (libFuzzer runtime missing? apt-get install libclang-rt-14-dev); see $configure_log"
        exit 77
    fi
    cat "$configure_log"
    echo "cannot configure $build"
    exit 1
fi
# A build directory first configured with another compiler keeps it
# (tests/fuzz/CMakeLists.txt then warns and defines no targets).
if grep -q "sipcodes: SIPCODES_BUILD_FUZZERS needs Clang" "$configure_log"; then
    echo "$build is configured with another compiler than clang; give run.sh a directory of its own"
    exit 1
fi

failed=""
summary=""
for t in $targets; do
    log="$build/logs/$t.log"
    echo "== $t: build"
    if ! cmake --build "$build" --target "$t" >"$log" 2>&1; then
        cat "$log"
        failed="$failed $t"
        summary="$summary$t build-failed\n"
        continue
    fi
    # fuzz_lookups_compact: fuzz_lookups on the compact tables, from its seeds.
    seeds=$t
    [ "$t" = fuzz_lookups_compact ] && seeds=fuzz_lookups
    # fuzz_cli_run: the CLI itself, with its messages on stderr closed.
    quiet=""
    [ "$t" = fuzz_cli_run ] && quiet="-close_fd_mask=2"
    mkdir -p "$build/corpus/$t"
    echo "== $t: $limit"
    # New inputs go into the first directory (the build's), never into the seeds.
    "$build/tests/fuzz/$t" "$build/corpus/$t" "$here/corpus/$seeds" $limit $quiet -max_len=4096 -timeout=25 \
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
