#!/usr/bin/env bash
# Runs a Lua LSP test in a real Neovim 0.7: run.sh SCRIPT.lua FILE.md
# Env: VANTHU_LSP_CMD (default: node server/dist/server.js --stdio, run from the repo root),
#      VANTHU_RESULTS (JSON output; default test-output/nvim/<script>.json), VANTHU_NVIM_TIMEOUT (s, default 60).
# Exit: 0 pass, 1 the script failed (message on stderr), 124 timeout.
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 SCRIPT.lua FILE.md" >&2; exit 2; }
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
script="$(realpath "$1")"
file="$(realpath "$2")"
command -v nvim >/dev/null || { echo "nvim not found: run scripts/editor/install.sh" >&2; exit 2; }

export VANTHU_RESULTS="${VANTHU_RESULTS:-$root/test-output/nvim/$(basename "$script" .lua).json}"
mkdir -p "$(dirname "$VANTHU_RESULTS")"
rm -f "$VANTHU_RESULTS"
# Own XDG dirs: no user config/state, and a fresh lsp.log to show on failure.
state="$(mktemp -d)"
trap 'rm -rf "$state"' EXIT
export XDG_CONFIG_HOME="$state/config" XDG_DATA_HOME="$state/data" XDG_CACHE_HOME="$state/cache" XDG_STATE_HOME="$state/state"

cd "$root"
rc=0
timeout -k 5 "${VANTHU_NVIM_TIMEOUT:-60}" nvim --headless --clean -n -i NONE \
  --cmd "lua package.path = '$here/?.lua;' .. package.path" \
  "$file" -c "lua require('lib').run_file('$script')" </dev/null || rc=$?
if [ $rc -ne 0 ]; then
  [ $rc -eq 124 ] && echo "FAIL: $(basename "$script") timed out after ${VANTHU_NVIM_TIMEOUT:-60} s" >&2
  log="$XDG_CACHE_HOME/nvim/lsp.log"
  [ -s "$log" ] && { echo "--- tail of lsp.log:" >&2; tail -n 20 "$log" >&2; }
  exit $rc
fi
echo "ok: $(basename "$script") on $(basename "$file") -> $VANTHU_RESULTS"
