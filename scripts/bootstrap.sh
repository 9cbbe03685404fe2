#!/usr/bin/env bash
# Installs what Flowkit's workspace needs on a machine with only Node.js (>= 20.19) and npm:
# pnpm (with npm: corepack cannot verify pnpm's signature on every registry mirror), the workspace
# dependencies, and — with --browser — Debian's Chromium for the browser and story tests.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=10.34.8
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 STORYBOOK_DISABLE_TELEMETRY=1

if [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
  echo "Installing pnpm $PNPM_VERSION with npm…"
  npm install --global --no-fund --no-audit "pnpm@$PNPM_VERSION"
fi

if [ "${1:-}" = "--browser" ] && [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Installing Debian's chromium for the browser tests…"
  sudo_if_needed=""
  [ "$(id -u)" -ne 0 ] && sudo_if_needed="sudo"
  $sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

if [ -n "${CI:-}" ]; then
  pnpm install --frozen-lockfile
else
  pnpm install
fi
