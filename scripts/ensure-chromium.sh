#!/usr/bin/env bash
# Installs Debian's Chromium for the frontend's end-to-end tests, only when it is missing.
# Idempotent: a second run just prints the version. Never downloads a browser build of its own.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ ! -x "$CHROMIUM" ]; then
  if [ "$(id -u)" -eq 0 ]; then
    SUDO=()
  else
    SUDO=(sudo)
  fi
  echo "Installing Debian's chromium package..."
  "${SUDO[@]}" apt-get update
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
fi

"$CHROMIUM" --version
