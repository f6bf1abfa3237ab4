#!/usr/bin/env bash
# `diff --against` where a revision's objects cannot all be read: a blobless
# clone (git clone --filter=blob:none, as many CI checkouts are) or a damaged
# object is exit 2 with the file and the object named, never "theme added";
# a loose object cut short, or whose content is shorter or longer than its
# header says, is found before libgit2 reads it (libgit2 1.5 loops forever on
# the first and writes past its buffer on the last); a huge blob is not inflated to learn that it is over the limit.
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
chmod u+w "$object"
cp "$object" "$work/blob.saved"
# Rewrites the loose object $1 keeping its header and cutting its content to
# half ("half"), doubling it ("double") or naming it a tree of half its size
# ("retype"): libgit2 1.5 writes past its buffer
# when the content is longer than the header says.
rewrite() {
  python3 - "$1" "$2" <<'PY'
import sys, zlib
path, how = sys.argv[1], sys.argv[2]
raw = zlib.decompress(open(path, "rb").read())
header, content = raw.split(b"\0", 1)
if how == "retype":  # a header that names a tree half the content's size
    header = b"tree %d" % (len(content) // 2)
else:
    content = content[: len(content) // 2] if how == "half" else content * 2
open(path, "wb").write(zlib.compress(header + b"\0" + content))
print(len(content), header.split(b" ")[1].decode())
PY
}
for how in half double; do
  cp "$work/blob.saved" "$object"
  read -r actual declared < <(rewrite "$object" "$how")
  out=$("$bin" diff --against HEAD~1 2>&1); code=$?
  [ "$code" = 2 ] || fail "blob content $how: exit $code, expected 2: $out"
  [ "$out" = "reltheme: error: cannot read revision \"HEAD~1\": a loose object cannot be read: object $blob is damaged (its content is $actual bytes, its header says $declared)" ] ||
    fail "blob content $how: not the message: $out"
done
printf 'garbage' > "$object"
out=$("$bin" diff --against HEAD~1 2>&1); code=$?
[ "$code" = 2 ] || fail "damaged object: exit $code, expected 2: $out"
# Every loose object is checked before libgit2 resolves a revision (it could
# be a commit the revision walks through), so this one is found there.
[ "$out" = "reltheme: error: cannot read revision \"HEAD~1\": a loose object cannot be read: object $blob is damaged (a loose object cut short or not compressed)" ] ||
  fail "damaged object: not the message: $out"
cp "$work/blob.saved" "$object"
# A loose commit longer than its header says is found before libgit2 reads
# it, and so is one whose header names another type (fuzz_git found that one).
commit=$(git rev-parse HEAD~1)
commit_object=.git/objects/${commit:0:2}/${commit:2}
chmod u+w "$commit_object"; cp "$commit_object" "$work/commit.saved"
read -r actual declared < <(rewrite "$commit_object" double)
out=$("$bin" diff --against HEAD~1 2>&1); code=$?
[ "$code" = 2 ] || fail "commit content doubled: exit $code, expected 2: $out"
[ "$out" = "reltheme: error: cannot read revision \"HEAD~1\": a loose object cannot be read: object $commit is damaged (its content is $actual bytes, its header says $declared)" ] ||
  fail "commit content doubled: not the message: $out"
cp "$work/commit.saved" "$commit_object"
read -r actual declared < <(rewrite "$commit_object" retype)
out=$("$bin" diff --against HEAD~1 2>&1); code=$?
[ "$code" = 2 ] || fail "commit retyped: exit $code, expected 2: $out"
[ "$out" = "reltheme: error: cannot read revision \"HEAD~1\": a loose object cannot be read: object $commit is damaged (its content is $actual bytes, its header says $declared)" ] ||
  fail "commit retyped: not the message: $out"
cp "$work/commit.saved" "$commit_object"
out=$("$bin" diff --against HEAD~1 2>&1); code=$?
[ "$code" = 0 ] || fail "objects restored: exit $code: $out"

# 2b. A loose tree object cut short (libgit2 alone loops forever on it).
tree=$(git rev-parse HEAD~1:themes)
tree_object=.git/objects/${tree:0:2}/${tree:2}
[ -f "$tree_object" ] || fail "the tree is not loose"
chmod u+w "$tree_object"
head -c 30 "$tree_object" > "$work/cut" && cp "$work/cut" "$tree_object"
out=$(timeout 20 "$bin" diff --against HEAD~1 2>&1); code=$?
[ "$code" = 2 ] || fail "truncated tree: exit $code, expected 2: $out"
echo "$out" | grep -q "^reltheme: error: cannot read revision \"HEAD~1\": a loose object cannot be read: object $tree is damaged (a loose object cut short or not compressed)$" ||
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
