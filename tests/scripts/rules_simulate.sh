#!/usr/bin/env bash
# `reltheme rules` lists the simulation's violations and warnings in their own
# group, `simulate`, and `reltheme explain` prints the page of each of them.
set -euo pipefail
fail_fast=1
source "$(dirname "$0")/lib/scratch.bash"

listing=$("$bin" rules)
grep -Eq '^stage-overdue +violation +simulate +- +A deal stays in a stage past the stage.s deadline$' \
  <<<"$listing" || fail "stage-overdue is not listed in the group simulate"
grep -Eq '^activity-overdue +warning +simulate +- ' <<<"$listing" || fail "activity-overdue is not a warning"
grep -Eq '^step-order +warning +simulate +- ' <<<"$listing" || fail "step-order is not listed"

ids=$(awk '$3 == "simulate" { print $1 }' <<<"$listing")
[ "$(wc -l <<<"$ids")" -ge 22 ] || fail "fewer than 22 simulation checks listed: $ids"
for id in $ids; do
  page=$("$bin" explain "$id") || fail "explain $id exits $?"
  head -1 <<<"$page" | grep -qx "# $id" || fail "explain $id does not print its page"
  grep -q '^## Wrong scenario$' <<<"$page" || fail "the page of $id has no wrong scenario"
done

# A near miss is answered with the violation, not with a theme rule.
if "$bin" explain stage-overdu 2>"$work/err.txt"; then fail "explain stage-overdu succeeded"; fi
grep -qx 'reltheme: error: no rule "stage-overdu"; did you mean "stage-overdue"? (reltheme rules lists them)' "$work/err.txt" ||
  fail "explain stage-overdu said: $(cat "$work/err.txt")"
echo "the simulation checks are listed and explained"
