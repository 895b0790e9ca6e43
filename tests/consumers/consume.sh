#!/usr/bin/env bash
# Proves one way of consuming sipcodes: builds tests/consumers/project against
# the library and checks its output. None of them may need Python or Jinja2.
#   consume.sh MODE SOURCE_DIR BUILD_DIR [CXX]
#   MODE: find_package | add_subdirectory | fetchcontent | pkg-config | drop-in
set -euo pipefail
mode=$1 source=$2 build=$3 cxx=${4:-c++}
work="$build/consumer-$mode"
rm -rf "$work"
mkdir -p "$work"
project="$source/tests/consumers/project"
expected="430 Flow Failed ok"

install_copy() { # installs the already-built library into $work/prefix
  cmake --install "$build" --prefix "$work/prefix" >"$work/install.log"
}

case "$mode" in
find_package | add_subdirectory | fetchcontent)
  args=(-S "$project" -B "$work/build" -DSIPCODES_CONSUME="$mode" -DSIPCODES_SOURCE="$source"
        -DCMAKE_CXX_COMPILER="$cxx")
  if [ "$mode" = find_package ]; then
    install_copy
    args+=(-DCMAKE_PREFIX_PATH="$work/prefix")
  fi
  cmake "${args[@]}" >"$work/configure.log"
  # A consumer must not look for Python: the headers are already generated.
  if grep -q '^SIPCODES_PYTHON:FILEPATH=.' "$work/build/CMakeCache.txt"; then
    echo "consuming via $mode looked for Python" >&2
    exit 1
  fi
  cmake --build "$work/build" >"$work/build.log"
  binary="$work/build/consumer"
  ;;
pkg-config)
  install_copy
  flags=$(PKG_CONFIG_PATH="$work/prefix/share/pkgconfig" pkg-config --cflags sipcodes)
  test "$(PKG_CONFIG_PATH="$work/prefix/share/pkgconfig" pkg-config --modversion sipcodes)" != ""
  # shellcheck disable=SC2086
  "$cxx" -std=c++17 $flags "$project/main.cpp" -o "$work/consumer"
  binary="$work/consumer"
  test -x "$work/prefix/bin/sipcodes"
  "$work/prefix/bin/sipcodes" 430 | head -1 | grep -qx "SIP 430 Flow Failed"
  ;;
drop-in)
  # The firmware case: copy include/ somewhere and compile with nothing else.
  cp -r "$source/include" "$work/include"
  "$cxx" -std=c++17 -fno-exceptions -fno-rtti -I"$work/include" "$project/main.cpp" -o "$work/consumer"
  binary="$work/consumer"
  ;;
*)
  echo "unknown mode $mode" >&2
  exit 2
  ;;
esac

output=$("$binary")
if [ "$output" != "$expected" ]; then
  echo "consumer ($mode) printed '$output', expected '$expected'" >&2
  exit 1
fi
echo "consumer via $mode: $output"
