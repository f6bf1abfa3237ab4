#!/usr/bin/env bash
# --cache: a warm run gives the same report as a cold one, and a change to a
# theme, to a template it uses or to the project file is seen at once.
set -u
fail_fast=1
source "$(dirname "$0")/lib/scratch.bash"
export RELTHEME_CACHE_DIR="$work/cache"
cp -r "$src/samples" "$work/repo"
cd "$work/repo" || exit 1

cold=$("$bin" lint --format json 2>&1) || fail "samples do not lint clean: $cold"
warm=$("$bin" lint --cache --format json 2>&1) || fail "first cached run failed"
ls "$RELTHEME_CACHE_DIR"/results-lint-*.json >/dev/null 2>&1 || fail "no cache file written"
[ ! -e .reltheme-cache ] || fail "the cache was written into the checkout"
again=$("$bin" lint --cache --format json 2>&1) || fail "warm run failed"
[ "$cold" = "$again" ] || fail "warm report differs from the cold one"
[ "$warm" = "$again" ] || fail "second cached run differs from the first"

# A theme edited after caching.
sed -i 's/^description: .*/descripton: x/' themes/service-support.yaml
out=$("$bin" lint --cache 2>&1) && fail "an edited theme was served from the cache"
echo "$out" | grep -q 'service-support.yaml:[0-9]*:1: error\[schema\]: unknown key "descripton"' ||
  fail "edited theme not reported: $out"
git -C . init -q 2>/dev/null; cp "$src/samples/themes/service-support.yaml" themes/

# A template edited after caching: its placeholder must be checked again.
"$bin" lint --cache >/dev/null || fail "restored samples are not clean"
tpl=$(grep -ho 'templates/[^ ]*\.md' themes/standard.yaml | head -1)
if [ -n "$tpl" ] && [ -f "themes/../$tpl" ]; then
  before=$("$bin" lint --cache 2>&1)
  echo '{{client.nmae}}' >> "themes/../$tpl"
  after=$("$bin" lint --cache 2>&1)
  if "$bin" rules | grep -q '^unknown-placeholder'; then
    [ "$before" != "$after" ] || fail "a changed template was served from the cache"
  fi
fi

# Another project file invalidates everything.
printf 'themes: ["themes/**/*.yaml"]\nrules:\n  missing-description: error\n' > reltheme.yaml
sed -i '/^description:/d' themes/service-support.yaml
"$bin" lint --cache >/dev/null 2>&1 && fail "a rule turned into an error by reltheme.yaml was not applied"

# An unwritable cache location is a message, not a failure of the check.
out=$("$bin" validate --cache --cache-location /nonexistent/dir/cache themes/audit-clients.yaml 2>&1)
echo "$out" | grep -q "cache was not saved" || fail "no message for an unwritable cache: $out"
echo "cache: ok"
