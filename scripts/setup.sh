#!/usr/bin/env bash
# Installs what reltheme needs from Debian's packages (as root, or through
# sudo), then configures and builds it in build/.
#
#   scripts/setup.sh            build dependencies, then build
#   scripts/setup.sh --tests    also what the test suite uses (shells, pre-commit,
#                               xmllint, graphviz, chromium, git, dpkg-dev for the .deb,
#                               Node.js + ajv-cli)
#
# Environment: BUILD_DIR (default build), CMAKE_ARGS (extra cmake arguments),
# CI=true turns compiler warnings into errors.
set -euo pipefail
cd "$(dirname "$0")/.."

with_tests=0
for arg in "$@"; do
  case "$arg" in
    --tests) with_tests=1 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "setup.sh: unknown argument $arg" >&2; exit 2 ;;
  esac
done

build_packages=(g++ cmake ninja-build pkg-config ccache
  libyaml-cpp-dev libfmt-dev libcli11-dev nlohmann-json3-dev doctest-dev
  libvalijson-dev libkainjow-mustache-dev libcmark-dev libgit2-dev libgraphviz-dev help2man)
test_packages=(git zsh fish pre-commit libxml2-utils graphviz chromium neovim python3 time dpkg-dev man-db clang-format)
# Node.js and npm may come from elsewhere (a nodejs package that bundles npm
# conflicts with Debian's npm): install Debian's only when npm is absent.
command -v npm >/dev/null || test_packages+=(nodejs npm)

packages=("${build_packages[@]}")
[ "$with_tests" = 1 ] && packages+=("${test_packages[@]}")

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null; then
    as_root=(sudo)
  else
    echo "setup.sh: these packages are missing and neither root nor sudo is available: ${missing[*]}" >&2
    exit 2
  fi
  echo "setup.sh: installing ${missing[*]}"
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

build_dir=${BUILD_DIR:-build}
werror=OFF
[ "${CI:-}" = true ] && werror=ON
# shellcheck disable=SC2086
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DRELTHEME_WERROR=$werror ${CMAKE_ARGS:-} >/dev/null
cmake --build "$build_dir"

if [ "$with_tests" = 1 ] && [ ! -x "$build_dir/npm/node_modules/.bin/ajv" ]; then
  # ajv-cli checks the JSON Schemas and the SARIF output in tests.
  npm install --silent --no-audit --no-fund --prefix "$build_dir/npm" ajv-cli@5 ajv-formats@2 >/dev/null 2>&1 ||
    echo "setup.sh: npm install of ajv-cli failed; the tests that use it will be skipped" >&2
fi
