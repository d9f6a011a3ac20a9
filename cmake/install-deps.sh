#!/bin/sh
# Installs what Feltline needs on Debian bookworm, as root, from Debian's
# package registry; does nothing (quickly) when everything is already there.
#   cmake/install-deps.sh            build + test dependencies (clang-14 and its
#                                    runtimes: the sanitizer and fuzzing runs)
#   cmake/install-deps.sh bench      also what the benchmarks need
set -eu

packages="cmake make g++ pkg-config patch xz-utils
  libicu-dev icu-devtools nlohmann-json3-dev catch2
  emscripten binaryen nodejs
  chromium fonts-dejavu-core
  clang-14 libclang-rt-14-dev llvm-14"
if [ "${1:-}" = "bench" ]; then
  packages="$packages libbenchmark-dev time"
fi

missing=""
for p in $packages; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
# Node may come from elsewhere (e.g. NodeSource); npm is then bundled with it.
if ! command -v npm >/dev/null 2>&1; then
  missing="$missing npm"
fi

if [ -n "$missing" ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "feltline: missing packages:$missing; run as root (or install them) first" >&2
    exit 1
  fi
  echo "feltline: installing$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing
fi
