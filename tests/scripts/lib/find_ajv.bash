# Sourced by the schema tests: sets ajv to ajv-cli (installed by
# scripts/setup.sh --tests beside the build) or exits 77 (skipped) when it or
# node is missing. Needs $bin (the binary) and $src (the source tree).
ajv=""
for candidate in "$(dirname "$bin")/npm/node_modules/.bin/ajv" "$src/build/npm/node_modules/.bin/ajv"; do
  [ -x "$candidate" ] && ajv=$candidate && break
done
if [ -z "$ajv" ] || ! command -v node >/dev/null; then
  echo "ajv-cli or node not found; skipping"; exit 77
fi
