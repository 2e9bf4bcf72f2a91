#!/usr/bin/env bash
# Runs every Neovim LSP script of this folder against the built server (npm run build first).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
[ -f "$root/server/dist/server.js" ] || (cd "$root" && node scripts/build.mjs)
rc=0
for script in "$here"/lsp_*.lua; do
  # a script may name its fixture in a "-- fixture: FILE" line; default: emoji-letter.md
  fixture="$(sed -n 's/^-- fixture: //p' "$script" | head -n1)"
  "$here/run.sh" "$script" "$here/${fixture:-emoji-letter.md}" || rc=1
done
exit $rc
