#!/usr/bin/env bash
# Folder walks honour git's ignore rules (docs/format.md, "Which files a folder
# walk reads"): in a throwaway repository built with the git command line,
# untracked ignored files and folders are skipped (root and nested
# .gitignore, `!` negation, anchored patterns, .git/info/exclude), tracked
# files never are, node_modules/ always is, a path named on the command line
# is always read, --no-ignore reads everything, and outside a git repository
# only node_modules/ is skipped. Every command that walks folders is run:
# validate, lint, diff (folders and --against), render (site), simulate.
# Arguments: BINARY SOURCE_DIR. Exit 77 (skipped) without git.
set -u
source "$(dirname "$0")/lib/scratch.bash"
command -v git >/dev/null || { echo "git is not installed; skipped"; exit 77; }

export HOME=$work GIT_CONFIG_NOSYSTEM=1 NO_COLOR=1 XDG_CONFIG_HOME=$work/.config
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com

# theme PATH: a clean audit theme whose id is the file's path (letters only).
theme() {
  local id
  id=$(printf '%s' "${1%.*}" | tr -c 'a-z0-9\n' '-' | sed 's/^-*//; s/-*$//')
  mkdir -p "$(dirname "$1")"
  printf 'reltheme: 1\nid: %s\nname: Аудит\ntype: audit\ninstruction: Позвоните клиенту.\n' "$id" > "$1"
}

# same NAME EXPECTED ARGS...: `reltheme ARGS --format json` read exactly the
# files EXPECTED (one per line, sorted) and exited 0.
same() {
  local name=$1 want=$2
  shift 2
  local out code got
  out=$("$bin" "$@" --format json 2>"$work/stderr")
  code=$?
  got=$(printf '%s\n' "$out" | sed -n '/^  "files": \[/,/^  \]/s/^      "file": "\(.*\)",$/\1/p' | sort)
  if [ "$code" != 0 ] || [ "$got" != "$want" ]; then
    fail "$name: exit $code; files read:"
    diff -u <(printf '%s\n' "$want") <(printf '%s\n' "$got")
    cat "$work/stderr"
  fi
}

repo=$work/repo
mkdir -p "$repo"
cd "$repo" || exit 1
git init -q -b main .
cat > .gitignore <<'EOF'
# generated and local files
build/
*.draft.yaml
!keep.draft.yaml
/generated.yaml
EOF
mkdir -p themes/sub
printf 'local.yaml\n' > themes/sub/.gitignore
printf 'private/\n' >> .git/info/exclude
theme themes/a.yaml
theme themes/sub/s.yaml
theme themes/sub/local.yaml            # ignored by the nested .gitignore
theme themes/x.draft.yaml              # ignored by *.draft.yaml
theme themes/keep.draft.yaml           # re-included by !keep.draft.yaml
theme themes/old.draft.yaml            # ignored, but tracked (added with -f)
theme themes/generated.yaml            # /generated.yaml is anchored at the top
theme generated.yaml                   # ignored
theme build/b.yaml                     # in an ignored folder
theme build/tracked.yaml               # in an ignored folder, but tracked
theme private/p.yaml                   # ignored by .git/info/exclude
theme node_modules/pkg/n.yaml          # node_modules/, no .gitignore needed
theme themes/node_modules/m.yaml
git add .gitignore themes/a.yaml themes/sub themes/keep.draft.yaml themes/generated.yaml
git add -f themes/old.draft.yaml build/tracked.yaml
git commit -q -m themes

walked='build/tracked.yaml
themes/a.yaml
themes/generated.yaml
themes/keep.draft.yaml
themes/old.draft.yaml
themes/sub/s.yaml'
everything='build/b.yaml
build/tracked.yaml
generated.yaml
node_modules/pkg/n.yaml
private/p.yaml
themes/a.yaml
themes/generated.yaml
themes/keep.draft.yaml
themes/node_modules/m.yaml
themes/old.draft.yaml
themes/sub/local.yaml
themes/sub/s.yaml
themes/x.draft.yaml'

# --- validate and lint: the working folder, a subfolder, a subfolder's subfolder ---
same "validate ." "$walked" validate
same "lint ." "$walked" lint .
same "validate themes" "$(grep '^themes/' <<<"$walked")" validate themes
same "validate themes/" "$(grep '^themes/' <<<"$walked")" validate themes/
cd themes || exit 1
same "validate from a subfolder" "a.yaml
generated.yaml
keep.draft.yaml
old.draft.yaml
sub/s.yaml" validate
cd sub || exit 1
same "nested .gitignore from its own folder" "s.yaml" lint .
cd "$repo" || exit 1

# --- --no-ignore reads everything the walk finds ---
same "validate --no-ignore" "$everything" validate --no-ignore
same "lint --no-ignore themes" "$(grep '^themes/' <<<"$everything")" lint --no-ignore themes

# --- paths named on the command line are always read ---
same "an ignored file named" "themes/x.draft.yaml" validate themes/x.draft.yaml
same "a file in node_modules named" "node_modules/pkg/n.yaml" lint node_modules/pkg/n.yaml
same "an ignored folder named" "build/b.yaml
build/tracked.yaml" validate build
same "node_modules named" "node_modules/pkg/n.yaml" validate node_modules

# --- the project's themes globs expand through the same walk ---
printf 'themes: ["**/*.yaml"]\n' > reltheme.yaml
same "themes globs" "$walked" lint
same "themes globs --no-ignore" "$everything" lint --no-ignore
rm reltheme.yaml

# --- a tracked folder inside node_modules is read, its untracked files are not ---
theme themes/node_modules/vendored.yaml
theme themes/node_modules/vendored-draft.yaml
git add -f themes/node_modules/vendored.yaml
same "tracked in node_modules" "themes/a.yaml
themes/generated.yaml
themes/keep.draft.yaml
themes/node_modules/vendored.yaml
themes/old.draft.yaml
themes/sub/s.yaml" validate themes
git rm -q --cached themes/node_modules/vendored.yaml
rm themes/node_modules/vendored.yaml themes/node_modules/vendored-draft.yaml

# --- render: a folder in gives a site of the walked themes only ---
"$bin" render themes --to html -o "$work/site" >/dev/null 2>"$work/stderr" || fail "render: $(cat "$work/stderr")"
pages=$(cd "$work/site" && ls ./*.html | sed 's|^\./||' | grep -v '^index.html$' | sort | tr '\n' ' ')
[ "$pages" = "themes-a.html themes-generated.html themes-keep-draft.html themes-old-draft.html themes-sub-s.html " ] ||
  fail "render site pages: $pages"
rm -rf "$work/site"
"$bin" render themes --to html -o "$work/site" --no-ignore >/dev/null 2>"$work/stderr" || fail "render --no-ignore: $(cat "$work/stderr")"
[ "$(ls "$work/site"/*.html | wc -l)" = 9 ] || fail "render --no-ignore pages: $(ls "$work/site")"

# --- diff: two folder sides, and the working tree against a revision ---
cp -r themes "$work/before"
rm "$work/before/x.draft.yaml" "$work/before/sub/local.yaml"
# whole NAME EXPECTED_EXIT EXPECTED_TEXT ARGS...: `reltheme ARGS` prints exactly EXPECTED_TEXT.
whole() {
  local name=$1 want_code=$2 want=$3
  shift 3
  local out code
  out=$("$bin" "$@" 2>&1)
  code=$?
  if [ "$code" != "$want_code" ] || [ "$out" != "$want" ]; then
    fail "$name: exit $code"
    diff -u <(printf '%s\n' "$want") <(printf '%s\n' "$out")
  fi
}
# added NAME FILES ARGS...: `reltheme ARGS` reports exactly FILES as added themes.
added() {
  local name=$1 want=$2
  shift 2
  local got
  got=$("$bin" "$@" 2>&1 | sed -n 's/^+ \([^:]*\):2:5: info\[theme-added\].*/\1/p')
  [ "$got" = "$want" ] || { fail "$name: themes added:"; diff -u <(printf '%s\n' "$want") <(printf '%s\n' "$got"); }
}
whole "diff folders" 0 "no changes in 5 themes ($work/before -> themes)" diff "$work/before" themes
added "diff folders --no-ignore" "themes/sub/local.yaml
themes/x.draft.yaml" diff "$work/before" themes --no-ignore
whole "diff --against HEAD" 0 "no changes in 6 themes (HEAD -> working tree)" diff --against HEAD
added "diff --against HEAD --no-ignore" "build/b.yaml
generated.yaml
node_modules/pkg/n.yaml
private/p.yaml
themes/node_modules/m.yaml
themes/sub/local.yaml
themes/x.draft.yaml" diff --against HEAD --no-ignore

# --- simulate: a folder of scenarios ---
sim=$work/sim
mkdir -p "$sim/themes" "$sim/scenarios/scratch" "$sim/scenarios/node_modules"
cp "$src/samples/themes/standard.yaml" "$sim/themes/"
cp -r "$src/samples/templates" "$src/samples/docs" "$sim/"
cp "$src/samples/scenarios/standard-walkthrough.yaml" "$sim/scenarios/walk.yaml"
cp "$sim/scenarios/walk.yaml" "$sim/scenarios/scratch/try.yaml"
cp "$sim/scenarios/walk.yaml" "$sim/scenarios/node_modules/dep.yaml"
sed -i 's|^theme: .*|theme: ../../themes/standard.yaml|' "$sim/scenarios/scratch/try.yaml" "$sim/scenarios/node_modules/dep.yaml"
printf 'scratch/\n' > "$sim/scenarios/.gitignore"
cd "$sim" || exit 1
git init -q -b main . && git add -A && git rm -rq --cached scenarios/node_modules && git commit -q -m scenarios
# scenarios NAME EXPECTED ARGS...: `reltheme simulate ARGS` runs exactly the scenario files EXPECTED.
scenarios() {
  local name=$1 want=$2
  shift 2
  local got
  got=$("$bin" simulate "$@" 2>&1 | sed -n 's/^\([^ ][^:]*\.yaml\): theme standard .*/\1/p')
  [ "$got" = "$want" ] || { fail "$name: scenarios run:"; diff -u <(printf '%s\n' "$want") <(printf '%s\n' "$got"); }
}
scenarios "simulate a folder" "scenarios/walk.yaml" scenarios
scenarios "simulate --no-ignore" "scenarios/node_modules/dep.yaml
scenarios/scratch/try.yaml
scenarios/walk.yaml" scenarios --no-ignore
scenarios "simulate names an ignored scenario" "scenarios/scratch/try.yaml" scenarios/scratch/try.yaml
cd "$repo" || exit 1

# --- outside a git repository only node_modules/ is skipped ---
plain=$work/plain
mkdir "$plain"
(cd "$repo" && tar --exclude=.git -cf - .) | (cd "$plain" && tar -xf -)
cd "$plain" || exit 1
same "not a git repository" "$(grep -v node_modules <<<"$everything")" validate
same "not a git repository, --no-ignore" "$everything" lint --no-ignore .

if [ "$failures" != 0 ]; then
  echo "$failures failure(s)"
  exit 1
fi
echo "gitignore: ok"
