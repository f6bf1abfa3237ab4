#!/usr/bin/env bash
# Opens the handbook site of the samples (and of a theme full of markup
# injection attempts) in headless Chromium, offline, and checks that every
# page loads, sales pages show their stage graph (an <svg> in the DOM), the
# console stays silent and nothing injected runs.
#   render_site_chromium.sh BINARY SOURCE_DIR     (exit 77: no Chromium)
#
# Console errors are read from Chromium's own log (--enable-logging=stderr):
# every console message, script error and Content-Security-Policy violation
# is logged there as a ":CONSOLE" line. A page with a deliberate error is
# loaded first to prove that this detection works.
set -u
source "$(dirname "$0")/lib/scratch.bash"
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "chromium is not installed: skipped"; exit 77; }

# load FILE: the DOM after loading FILE in $work/dom, Chromium's log in $work/log.
load() {
  local profile
  profile=$(mktemp -d "$work/profile.XXXXXX")
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
    --enable-logging=stderr --v=0 --virtual-time-budget=2000 --dump-dom "file://$1" \
    > "$work/dom" 2> "$work/log"
  local rc=$?
  rm -rf "$profile"
  return $rc
}

# 0. The detection itself: a page that logs an error must be caught.
printf '<!DOCTYPE html><p>x</p><script>console.error("deliberate"); missing_function();</script>\n' > "$work/canary.html"
load "$work/canary.html" || { fail "Chromium cannot load a page"; exit 1; }
grep -q ':CONSOLE' "$work/log" && grep -q 'Uncaught' "$work/log" ||
  { fail "console errors are not visible in Chromium's log; the check below would prove nothing"; exit 1; }

# 1. The sites: the samples, and the hostile theme.
"$bin" render "$src/samples/themes" -o "$work/site" -q || { fail "render of the samples failed"; exit 1; }
"$bin" render "$src/tests/render/hostile" -o "$work/hostile" -q || { fail "render of the hostile theme failed"; exit 1; }

check_page() {  # check_page FILE WANT_SVG
  local page=$1 want_svg=$2
  load "$page" || { fail "$page: Chromium exit status $?"; return; }
  grep -q '</html>' "$work/dom" || fail "$page: the page did not load"
  if grep -E ':CONSOLE|Uncaught|Refused to|Failed to load' "$work/log" > "$work/console"; then
    fail "$page: console messages:"; cat "$work/console"
  fi
  if [ "$want_svg" = 1 ]; then
    grep -q '<svg' "$work/dom" || fail "$page: no <svg> graph in the DOM"
    grep -q 'class="node"' "$work/dom" || fail "$page: the graph has no stages"
  fi
  grep -q 'data-pwned' "$work/dom" && grep -E -q '<[a-z]+ [^>]*data-pwned=' "$work/dom" &&
    fail "$page: injected markup ran"
  return 0
}

check_page "$work/site/index.html" 0
for id in standard wholesale-prepayment retail-ecommerce b2b-services-tender; do
  check_page "$work/site/$id.html" 1
done
for id in audit-clients service-support; do
  check_page "$work/site/$id.html" 0
done
# The index links every page, and the links resolve.
for id in standard wholesale-prepayment retail-ecommerce b2b-services-tender audit-clients service-support; do
  grep -q "href=\"$id.html\"" "$work/site/index.html" || fail "the index does not link $id.html"
done

check_page "$work/hostile/hostile.html" 1
grep -q '&lt;script&gt;document.body.setAttribute' "$work/dom" || fail "the hostile stage name is not shown as text"
if grep -E -q '<(script|iframe|img)[ >]' "$work/dom"; then
  fail "hostile markup became elements:"; grep -E -o '<(script|iframe|img)[^>]*>' "$work/dom" | head
fi
check_page "$work/hostile/index.html" 0

[ "$failures" = 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "render site in Chromium: all checks passed"
