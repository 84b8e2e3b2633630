#!/usr/bin/env bash
# Makes sure the app has a key pair to sign sign-in tokens with, and prints the two environment
# variables that name it. When AUTH_PRIVATE_KEY_FILE and AUTH_PUBLIC_KEY_FILE are set already, they
# are kept; otherwise a pair is made once with openssl in .secrets/ (git-ignored, readable only by
# you) and reused afterwards. Never commit these files.
#   eval "$(scripts/ensure-keys.sh)"
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -n "${AUTH_PRIVATE_KEY_FILE:-}" ] && [ -n "${AUTH_PUBLIC_KEY_FILE:-}" ]; then
  printf 'export AUTH_PRIVATE_KEY_FILE=%q AUTH_PUBLIC_KEY_FILE=%q\n' "$AUTH_PRIVATE_KEY_FILE" "$AUTH_PUBLIC_KEY_FILE"
  exit 0
fi
dir="$(pwd)/.secrets"
private="$dir/private.pem"
public="$dir/public.pem"
if [ ! -s "$private" ] || [ ! -s "$public" ]; then
  command -v openssl >/dev/null || { echo "openssl is needed to make a key pair (apt-get install -y openssl)" >&2; exit 1; }
  echo "[keys] making a key pair for sign-in tokens in .secrets/ (first set-up)" >&2
  mkdir -p "$dir"
  chmod 700 "$dir"
  (umask 077; openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$private" 2>/dev/null)
  openssl pkey -in "$private" -pubout -out "$public"
fi
printf 'export AUTH_PRIVATE_KEY_FILE=%q AUTH_PUBLIC_KEY_FILE=%q\n' "$private" "$public"
