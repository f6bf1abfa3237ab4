#!/usr/bin/env bash
# `diff --against` where a revision's objects cannot all be read: a blobless
# clone (git clone --filter=blob:none, as many CI checkouts are) or a damaged
# object is exit 2 with the file and the object named, never "theme added";
# a loose tree cut short is found before libgit2 reads it (which would loop
# forever); a huge blob is not inflated to learn that it is over the limit.
# Arguments: BINARY SOURCE_DIR. Exit 77 (skipped) without git.
set -u
fail_fast=1
source "$(dirname "$0")/lib/scratch.bash"
command -v git >/dev/null || { echo "git is not installed; skipped"; exit 77; }
export HOME=$work GIT_CONFIG_NOSYSTEM=1 NO_COLOR=1
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com

origin=$work/origin
mkdir -p "$origin/themes"
cd "$origin" || exit 1
git init -q -b main .
git config uploadpack.allowFilter true
cp "$src/samples/themes/service-support.yaml" themes/service.yaml
git add . && git commit -qm one
# The second version renames the theme: a change, nothing added or removed.
sed -i 's/^name: .*/name: Сервис/' themes/service.yaml
git commit -qam two
honest=$("$bin" diff --against HEAD~1 2>&1); honest_code=$?
[ "$honest_code" = 0 ] || fail "the honest diff failed (exit $honest_code): $honest"
echo "$honest" | grep -q "Сервис" || fail "the honest diff does not show the new name: $honest"
echo "$honest" | grep -qi "added" && fail "the honest diff reads a theme as added: $honest"

# 1. A blobless clone holds HEAD's blobs (the checkout), not HEAD~1's.
git clone -q --filter=blob:none "file://$origin" "$work/blobless" 2>/dev/null || fail "no blobless clone"
cd "$work/blobless" || exit 1
out=$("$bin" diff --against HEAD~1 2>&1); code=$?
[ "$code" = 2 ] || fail "blobless clone: exit $code, expected 2: $out"
echo "$out" | grep -q "^reltheme: error: cannot read themes/service.yaml in HEAD~1: its object [0-9a-f]\{40\} cannot be read (.*); a partial clone (git clone --filter=blob:none) does not hold every object: clone or fetch without --filter$" ||
  fail "blobless clone: no message naming the file and its object: $out"
echo "$out" | grep -qi "added" && fail "blobless clone: a theme read as added: $out"
# The same clone with every object of HEAD~1 fetched compares as the origin does.
git -c fetch.negotiationAlgorithm=noop fetch -q origin 2>/dev/null
git cat-file -p "$(git rev-parse HEAD~1:themes/service.yaml)" >/dev/null 2>&1 || fail "could not fetch the blob"
out=$("$bin" diff --against HEAD~1 2>&1); code=$?
[ "$code" = 0 ] || fail "blobless clone once fetched: exit $code: $out"

# 2. A damaged loose object.
git clone -q --no-local "$origin" "$work/damaged"
cd "$work/damaged" || exit 1
# Every object loose (a fresh clone holds one pack), then one damaged in place.
mv .git/objects/pack/*.pack "$work/objects.pack"
rm -f .git/objects/pack/*
git unpack-objects -q < "$work/objects.pack"
blob=$(git rev-parse HEAD~1:themes/service.yaml)
object=.git/objects/${blob:0:2}/${blob:2}
[ -f "$object" ] || fail "the blob is not loose"
chmod u+w "$object"; printf 'garbage' > "$object"
out=$("$bin" diff --against HEAD~1 2>&1); code=$?
[ "$code" = 2 ] || fail "damaged object: exit $code, expected 2: $out"
echo "$out" | grep -q "^reltheme: error: cannot read themes/service.yaml in HEAD~1: its object $blob is damaged (a loose object cut short or not compressed)$" ||
  fail "damaged object: no message: $out"
echo "$out" | grep -qi "added" && fail "damaged object: a theme read as added: $out"

# 2b. A loose tree object cut short (libgit2 alone loops forever on it).
tree=$(git rev-parse HEAD~1:themes)
tree_object=.git/objects/${tree:0:2}/${tree:2}
[ -f "$tree_object" ] || fail "the tree is not loose"
chmod u+w "$tree_object"
head -c 30 "$tree_object" > "$work/cut" && cp "$work/cut" "$tree_object"
out=$(timeout 20 "$bin" diff --against HEAD~1 2>&1); code=$?
[ "$code" = 2 ] || fail "truncated tree: exit $code, expected 2: $out"
echo "$out" | grep -q "^reltheme: error: cannot read revision \"HEAD~1\": a tree object cannot be read: object $tree is damaged (a loose object cut short or not compressed)$" ||
  fail "truncated tree: no message: $out"

# 3. A 300 MB theme blob is refused from its header, never inflated.
cd "$origin" || exit 1
head -c 300000000 /dev/zero > themes/huge.yaml
git add themes/huge.yaml && git commit -qm huge
rm themes/huge.yaml
/usr/bin/time -f "%M" -o "$work/rss" "$bin" diff --against HEAD > "$work/out" 2>&1; code=$?
[ "$code" = 2 ] || fail "huge blob: exit $code, expected 2: $(cat "$work/out")"
grep -q "HEAD:themes/huge.yaml: the file is 300000000 bytes, over the limit of" "$work/out" ||
  fail "huge blob: no message: $(cat "$work/out")"
rss=$(tail -1 "$work/rss")
[ "$rss" -lt 150000 ] || fail "huge blob: peak memory $rss KB: the blob was inflated"
echo "hostile git: ok"
