#!/usr/bin/env bash
# `cmake --install` gives a usable installation (the binary, bash/zsh/fish
# completions where those shells look, the schemas, the man page, the docs),
# and `cpack -G DEB` makes a .deb holding the same under /usr.
set -uo pipefail
source "$(dirname "$0")/lib/scratch.bash"
build=$(dirname "$bin")
[ -f "$build/cmake_install.cmake" ] || { echo "no cmake_install.cmake beside $bin"; exit 77; }

# 1. A /usr/local style installation.
prefix=$work/local
cmake --install "$build" --prefix "$prefix" > "$work/install.log" 2>&1 || { cat "$work/install.log"; exit 1; }
expected=(
  bin/reltheme
  share/bash-completion/completions/reltheme
  share/zsh/site-functions/_reltheme
  share/fish/vendor_completions.d/reltheme.fish
  share/reltheme/schemas/theme.schema.json
  share/reltheme/schemas/project.schema.json
  share/reltheme/schemas/report.schema.json
  share/reltheme/schemas/deal.schema.json
  share/doc/reltheme/README.md
  share/doc/reltheme/LICENSE
  share/doc/reltheme/ci.md
  share/doc/reltheme/output-formats.md
  share/doc/reltheme/.pre-commit-hooks.yaml
)
if command -v help2man >/dev/null; then
  expected+=(share/man/man1/reltheme.1)
else
  echo "help2man is not installed (scripts/setup.sh installs it): no man page to check"
fi
for f in "${expected[@]}"; do
  [ -f "$prefix/$f" ] || fail "not installed: $f"
done
"$prefix/bin/reltheme" --version | grep -q '^reltheme [0-9]' || fail "the installed binary does not run"
cmp -s "$prefix/share/reltheme/schemas/theme.schema.json" <("$prefix/bin/reltheme" schema) ||
  fail "installed schema differs from 'reltheme schema'"
if [ -f "$prefix/share/man/man1/reltheme.1" ]; then
  man_text=$(MANWIDTH=100 man -l "$prefix/share/man/man1/reltheme.1" 2>/dev/null || cat "$prefix/share/man/man1/reltheme.1")
  for want in "EXIT STATUS" "reltheme lint" "--format" "--output"; do
    grep -q -- "$want" <<< "$man_text" || fail "the man page lacks \"$want\""
  done
  grep -q "$build" "$prefix/share/man/man1/reltheme.1" && fail "the man page names the build folder"
fi

# 2. A /usr installation puts the zsh completion where Debian's zsh reads it.
cmake --install "$build" --prefix "$work/usr" > /dev/null 2>&1
[ -f "$work/usr/share/zsh/vendor-completions/_reltheme" ] || fail "no /usr/share/zsh/vendor-completions/_reltheme"

# 3. The .deb.
if command -v cpack >/dev/null && command -v dpkg-deb >/dev/null && command -v dpkg-shlibdeps >/dev/null; then
  (cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/pkg" > cpack.log 2>&1) ||
    { fail "cpack -G DEB failed"; cat "$work/cpack.log"; }
  deb=$(ls "$work"/pkg/*.deb 2>/dev/null | head -1)
  if [ -n "$deb" ]; then
    contents=$(dpkg-deb -c "$deb")
    for f in ./usr/bin/reltheme ./usr/share/zsh/vendor-completions/_reltheme \
      ./usr/share/bash-completion/completions/reltheme ./usr/share/reltheme/schemas/theme.schema.json; do
      grep -q " $f\$" <<< "$contents" || fail "the .deb lacks $f"
    done
    [ "$(dpkg-deb -f "$deb" Package)" = reltheme ] || fail "package name"
    dpkg-deb -f "$deb" Depends | grep -q libc6 || fail "no Depends computed: $(dpkg-deb -f "$deb" Depends)"
    echo "made $(basename "$deb"): Depends: $(dpkg-deb -f "$deb" Depends)"
  else
    fail "cpack made no .deb"
  fi
else
  echo "cpack, dpkg-deb or dpkg-shlibdeps (dpkg-dev) missing: no .deb made"
fi
[ $status = 0 ] && echo "install: ok"
exit $status
