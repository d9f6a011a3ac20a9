#!/bin/sh
# Rewrites tests/golden/*.json from the native CLI. Review the diff before committing:
# a golden file is a promise about behaviour.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cli=${FELTLINE:-$root/build/native/feltline}
for example in "$root"/examples/transcripts/*; do
  name=$(basename "$example")
  "$cli" analyze --pretty "$example" > "$root/tests/golden/$name.json"
done
rm -f "$root"/tests/golden/*.actual
echo "golden files rewritten; review with: git diff tests/golden"
