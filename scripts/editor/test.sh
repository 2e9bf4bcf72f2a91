#!/usr/bin/env bash
# Real-editor tests (after scripts/editor/install.sh):
#   1. the extension-host mocha suite (client/src/test) inside VS Code = code-server, on a copy of test/editor/workspace
#   2. the Playwright UI smoke test with the extension under development (squiggles, Problems panel, screenshot),
#      and what a Vietnamese drafter sees (test/editor/ui-vietnamese.mjs: palette, new letter, status menu, walkthrough)
#   2b. the page preview UI test (editor-title button, A4 pages in the webview, tooltips, click → cursor, screenshots)
#   3. the packaged .vsix: `vsce package`, installed with `code-server --install-extension`, the same UI smoke test
#   4. the Neovim suite, if test/editor/nvim/test.sh exists
#   5. the export's visual check (LibreOffice and Chromium print the seed; poppler reads the page back)
# Runs every step, prints a summary, exits non-zero if any step failed. Output: test-output/.
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
export VANTHU_SCREENSHOT_DIR="${VANTHU_SCREENSHOT_DIR:-$root/test-output/vscode}"
results=()
failed=0
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
tails=()
step() { # name, command...
  local name="$1"; shift
  local t0=$SECONDS log="$tmp/step-${#results[@]}.log"
  echo "=== $name"
  if "$@" 2>&1 | tee "$log"; then results+=("PASS  $name ($((SECONDS - t0)) s)")
  elif [ "${VANTHU_UI_RETRY:-1}" = 1 ] && [[ "$*" == *test/editor/*ui*.mjs* ]] && { echo "=== $name: once more"; cp "$log" "$log.1"; "$@" 2>&1 | tee "$log"; }; then
    # a browser-driven step may lose a race with the workbench on a loaded machine; the summary says so
    results+=("PASS  $name ($((SECONDS - t0)) s, on the second try; first try: $(grep -m1 -iE 'error|timeout' "$log.1" | cut -c1-160))")
  else
    results+=("FAIL  $name ($((SECONDS - t0)) s)"); failed=1
    # CI shows only the end of the output: repeat why a step failed after the summary
    tails+=("--- why \"$name\" failed (last lines):" "$(tail -n 25 "$log")")
  fi
}

step "build" node scripts/build.mjs
if [ "${results[0]:0:4}" = "PASS" ]; then
  cp -r test/editor/workspace "$tmp/workspace"
  step "extension-host suite (code-server)" node test/editor/run-vscode-tests.mjs "$tmp/workspace"
  step "UI smoke (development extension)" node test/editor/ui-smoke.mjs
  step "UI in Vietnamese: palette, new letter, status menu, brackets, walkthrough" node test/editor/ui-vietnamese.mjs
  step "preview UI (development extension)" node test/editor/preview-ui.mjs
  step "package .vsix" npx --no-install vsce package --no-dependencies -o "$tmp/vanthu.vsix"
  if [ -f "$tmp/vanthu.vsix" ]; then
    step "UI smoke (installed .vsix)" node test/editor/ui-smoke.mjs --vsix "$tmp/vanthu.vsix"
    step "English by setting (installed .vsix: vanthu.locale en, reload, English titles)" node test/editor/ui-english.mjs --vsix "$tmp/vanthu.vsix"
  fi
fi
if [ -f test/editor/nvim/test.sh ]; then
  step "Neovim suite" bash test/editor/nvim/test.sh
fi

step "export visual check (LibreOffice, Chromium, poppler)" \
  env VANTHU_VISUAL=require npx --no-install mocha --no-config --node-option import=tsx --timeout 300000 test/export/visual.test.ts

echo
echo "=== real-editor tests"
printf '%s\n' "${results[@]}"
if ((${#tails[@]})); then echo; printf '%s\n' "${tails[@]}"; fi
exit $failed
