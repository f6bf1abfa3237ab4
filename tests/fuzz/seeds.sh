#!/usr/bin/env bash
# Seed corpora of the fuzz targets that do not read plain theme files:
#   tests/fuzz/seeds.sh OUT_DIR    makes OUT_DIR/{template,reports,cache,git}
# template: the sample templates, each with a deal's values after a NUL byte;
# reports: sample themes with a finding's fields after NUL bytes; cache: the
# findings of a real `lint --cache` run (and a whole body); git: every object
# of a small repository, inflated, behind each selector byte.
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
out=$1
bin=${RELTHEME_BIN:-$src/build/reltheme}
mkdir -p "$out"/{template,reports,cache,git}
values=$'client.name=ООО «Ромашка»\ndeal.amount=120000\nfields.discount=?yes\nitems=[a,b,c]\n'
i=0
for t in "$src"/samples/templates/*/*.md; do
  { cat "$t"; printf '\0%s' "$values"; } > "$out/template/$((i++))"
done
i=0
for t in "$src"/samples/themes/*.yaml; do
  { head -c 2000 "$t"; printf '\0themes/x.yaml\0unknown-stage\0stage "propsal" does not exist\0themes/x.yaml\0first defined here\0proposal\0\x01\x02\x03\x04\x05\x01\x01'; } > "$out/reports/$((i++))"
done
printf '::warning::x\0::stop-commands::t\0rule\e[31m\0\xff\xfe msg \u202e\0\0\0\0' > "$out/reports/inject"
# A real cache: lint a copy of the samples with --cache, then take its body.
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cp -r "$src/samples" "$work/samples"
RELTHEME_CACHE_DIR=$work/cache "$bin" lint --cache "$work/samples" >/dev/null 2>&1 || true
for c in "$work"/cache/*; do
  [ -f "$c" ] && [ "$(basename "$c")" != key ] || continue
  tail -n +2 "$c" | sed 's/^/!/' > "$out/cache/body"
  python3 - "$c" "$out/cache" <<'PY'
import json, sys
body = json.loads(open(sys.argv[1], encoding="utf-8").read().split("\n", 1)[1])
for n, (path, e) in enumerate(body["files"].items()):
    data = json.dumps(e["diagnostics"], ensure_ascii=False) + "\0" + json.dumps(e["dependencies"], ensure_ascii=False)
    open(f"{sys.argv[2]}/{n}", "w", encoding="utf-8").write(data)
PY
done
printf '[]' > "$out/cache/empty"
# Git objects: the inflated text of each object of a small repository.
git init -q "$work/repo"
cp "$src/samples/themes/standard.yaml" "$work/repo/t.yaml"
git -C "$work/repo" add . && git -C "$work/repo" -c user.name=f -c user.email=f@example.com commit -qm one
for id in $(git -C "$work/repo" rev-list --objects --all | cut -d' ' -f1); do
  type=$(git -C "$work/repo" cat-file -t "$id")
  for selector in 0 1 2 3; do
    { printf "\\x$(printf %02x $selector)%s %s\\0" "$type" "$(git -C "$work/repo" cat-file -s "$id")"
      git -C "$work/repo" cat-file "$type" "$id"; } > "$out/git/$id-$selector"
  done
done
echo "seeds in $out: $(find "$out" -type f | wc -l) files"
