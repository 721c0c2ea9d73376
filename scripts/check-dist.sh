#!/usr/bin/env bash
# Fails when the committed action/dist differs from a fresh build of action/src: the Action runs
# the committed bundle, so a source change without `npm run build` would ship stale code.
set -euo pipefail
cd "$(dirname "$0")/.."

fresh="$(mktemp -d)"
trap 'rm -rf "$fresh"' EXIT
node bin/run-ts.js scripts/build-action.ts --outdir "$fresh" >/dev/null

if ! diff -r -q action/dist "$fresh" >/dev/null; then
  echo "action/dist is out of date with action/src. Run \`npm run build:action\` and commit action/dist." >&2
  diff -r -q action/dist "$fresh" >&2 || true
  exit 1
fi
echo "action/dist is up to date."
