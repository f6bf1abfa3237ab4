#!/usr/bin/env bash
# Checks every #include "LAYER/..." under lib/ against the arrows of the
# layers (docs/architecture.md), as lib/CMakeLists.txt declares them: the
# build writes them to layers.txt, one line per layer, `name: uses...`.
# A layer may include its own headers and those of every layer it reaches
# along the arrows; a folder of lib/ that is no layer is refused too.
#
# Usage: scripts/check-layers.sh BUILD/layers.txt LIB_DIR
# Exit: 0 when every include follows an arrow, 1 when one does not, 2 when the
# arguments cannot be read.
set -u
arrows=${1:-}
lib=${2:-}
if [ ! -f "$arrows" ] || [ ! -d "$lib" ]; then
  echo "usage: check-layers.sh LAYERS_TXT LIB_DIR" >&2
  exit 2
fi

declare -A uses
while IFS= read -r line; do
  [ -z "$line" ] && continue
  uses[${line%%:*}]=${line#*:}
done <"$arrows"

# Every layer a layer reaches along the arrows, itself included.
reach() {
  local -a todo=("$1")
  local seen=" " next
  while [ ${#todo[@]} -gt 0 ]; do
    next=${todo[0]}
    todo=("${todo[@]:1}")
    case "$seen" in *" $next "*) continue ;; esac
    seen="$seen$next "
    # shellcheck disable=SC2206
    todo+=(${uses[$next]})
  done
  echo "$seen"
}

status=0
for dir in "$lib"/*/; do
  layer=$(basename "$dir")
  if [ -z "${uses[$layer]+set}" ]; then
    echo "lib/$layer/ is in no layer: add it to lib/CMakeLists.txt and docs/architecture.md"
    status=1
    continue
  fi
  allowed=$(reach "$layer")
  while IFS=: read -r file lineno text; do
    target=${text#*\"}
    target=${target%%/*}
    [ -n "${uses[$target]+set}" ] || continue
    case "$allowed" in *" $target "*) continue ;; esac
    may=$(echo "$allowed" | tr ' ' '\n' | grep -vx "$layer" | grep . | sort | paste -sd' ')
    echo "lib/${file#"$lib"/}:$lineno: $layer/ includes ${text#*\"}" | sed 's/"$//'
    echo "  $layer may use: ${may:-nothing}"
    status=1
  done < <(grep -rnE --include='*.h' --include='*.cpp' '^#include "[a-z_]+/' "$dir" | sed 's/"[^"]*$/"/' | sort -t: -k1,1 -k2,2n)
done
exit $status
