#!/usr/bin/env bash
# Installs what the real-editor tests need (see test/editor/): Debian's chromium, neovim, ripgrep (and LibreOffice,
# poppler and the Liberation fonts for the export's visual check), plus
# code-server (= VS Code 1.100.3 on Node 20), playwright-core and @vscode/test-electron in a cache dir
# OUTSIDE the project's node_modules (code-server is ~300 MB). Idempotent and offline-safe (npm + apt only).
# Run as root. Prints the cache dir's node_modules path on its last line.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3       # newest code-server whose engines.node is 20
PLAYWRIGHT_VERSION=1.65.1         # playwright-core only: no browser download, uses /usr/bin/chromium
TEST_ELECTRON_VERSION=2.5.2       # 3.x needs Node 22
RG_CACHE_VERSION=1.15.11          # what @vscode/ripgrep's postinstall looks for (see below)
RG_TARBALL=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz

CACHE="${VANTHU_EDITOR_CACHE:-$HOME/.cache/vanthu-editor}"
DIR="$CACHE/code-server"
log() { echo "[editor-install] $*"; }
t0=$SECONDS

# --- Debian packages -------------------------------------------------------------------------------
need=()
# libreoffice-writer-nogui, poppler-utils, fonts-liberation: the export's visual check (test/export/visual.test.ts)
for p in chromium neovim libkrb5-dev ripgrep libreoffice-writer-nogui poppler-utils fonts-liberation; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need+=("$p")
done
if ((${#need[@]})); then
  export DEBIAN_FRONTEND=noninteractive
  # An empty list dir means `apt-get update` never ran on this machine.
  if [ -z "$(ls -A /var/lib/apt/lists 2>/dev/null | grep -v -e '^lock$' -e '^partial$' || true)" ]; then
    log "apt-get update"
    apt-get update -qq -o DPkg::Lock::Timeout=120
  fi
  log "apt-get install ${need[*]}"
  if ! apt-get install -y -qq -o DPkg::Lock::Timeout=120 "${need[@]}" >/dev/null; then
    log "install failed, retrying after apt-get update"   # stale lists give 404s
    apt-get update -qq -o DPkg::Lock::Timeout=120
    apt-get install -y -qq -o DPkg::Lock::Timeout=120 "${need[@]}" >/dev/null
  fi
else
  log "apt: chromium neovim libkrb5-dev ripgrep libreoffice-writer-nogui poppler-utils fonts-liberation already installed"
fi

# --- npm packages in the cache dir -----------------------------------------------------------------
have_version() { # $1 package name, $2 version
  node -e 'process.exit(require(process.argv[1]).version === process.argv[2] ? 0 : 1)' \
    "$DIR/node_modules/$1/package.json" "$2" 2>/dev/null
}
if have_version code-server "$CODE_SERVER_VERSION" && have_version playwright-core "$PLAYWRIGHT_VERSION" \
   && have_version @vscode/test-electron "$TEST_ELECTRON_VERSION" && [ -x "$DIR/node_modules/.bin/code-server" ]; then
  log "npm: code-server@$CODE_SERVER_VERSION, playwright-core@$PLAYWRIGHT_VERSION, @vscode/test-electron@$TEST_ELECTRON_VERSION already in $DIR"
else
  mkdir -p "$DIR"
  [ -f "$DIR/package.json" ] || echo '{"name":"vanthu-editor-cache","private":true}' > "$DIR/package.json"
  # @vscode/ripgrep's postinstall downloads rg from GitHub (unreachable): pre-seed its download cache,
  # which it looks up under $TMPDIR, with Debian's rg.
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  mkdir -p "$tmp/vscode-ripgrep-cache-$RG_CACHE_VERSION"
  tar czf "$tmp/vscode-ripgrep-cache-$RG_CACHE_VERSION/$RG_TARBALL" -C /usr/bin rg
  log "npm install code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_VERSION @vscode/test-electron@$TEST_ELECTRON_VERSION into $DIR (takes ~1 min)"
  # --unsafe-perm: root runs the postinstalls; npm_config_yes: node-pty's postinstall runs `npx node-gyp`.
  # argon2's prebuilt download fails and falls back to a source build: expected.
  (cd "$DIR" && TMPDIR="$tmp" npm_config_yes=true npm install --unsafe-perm --no-audit --no-fund \
      --loglevel=error --save-exact \
      "code-server@$CODE_SERVER_VERSION" "playwright-core@$PLAYWRIGHT_VERSION" \
      "@vscode/test-electron@$TEST_ELECTRON_VERSION") >"$tmp/npm.log" 2>&1 || { cat "$tmp/npm.log"; exit 1; }
  # XDG_CONFIG_HOME: even --version writes a default config.yaml there.
  XDG_CONFIG_HOME="$tmp" "$DIR/node_modules/.bin/code-server" --version 2>/dev/null | grep -v ' info ' \
    | sed 's/^/[editor-install] code-server /'
fi

log "done in $((SECONDS - t0)) s; chromium: $(command -v chromium), nvim: $(nvim --version | head -1)"
echo "$DIR/node_modules"
