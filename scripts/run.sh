#!/usr/bin/env bash
# Runs the product: API + web app on one port (default 4000), backed by PostgreSQL.
#   scripts/run.sh              set up PostgreSQL, build, start
#   scripts/run.sh --no-build   start what was built last
# Settings (environment): PORT (4000), DB_URL, DB_USER, DB_PASSWORD, BOOKING_HOLD_TTL, ... (see README),
# AUTH_PRIVATE_KEY_FILE / AUTH_PUBLIC_KEY_FILE (default: a pair made once in .secrets/), ADMIN_USERNAME,
# ADMIN_PASSWORD (unset: the first start creates the admin with a generated password and prints it once),
# JAVA_OPTS (default: parallel GC and a 256 MB heap, the settings docs/performance.md measured).
set -euo pipefail
cd "$(dirname "$0")/.."

build=true
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    *) echo "usage: scripts/run.sh [--no-build]" >&2; exit 2 ;;
  esac
done

command -v java >/dev/null || { echo "Java 17 or newer is needed (apt-get install -y openjdk-17-jdk-headless)" >&2; exit 1; }
command -v npm >/dev/null || { echo "Node.js 20 and npm are needed to build the web app" >&2; exit 1; }

scripts/setup-postgres.sh
eval "$(scripts/ensure-keys.sh)"
jar=adapter-rest/target/quarkus-app/quarkus-run.jar
if $build || [ ! -f "$jar" ]; then
  echo "[run] building the API and the web app (./mvnw package)"
  ./mvnw -B -q package -DskipTests
fi
echo "[run] starting on http://localhost:${PORT:-4000} (Ctrl-C stops it)"
echo "[run] sign in as the admin: username ${ADMIN_USERNAME:-admin}; the first start prints a generated password below" \
  "(unless ADMIN_PASSWORD is set). Lost it? Restart with ADMIN_PASSWORD=<new> ADMIN_PASSWORD_RESET=true"
# from the app's directory, so that the class-data archive the build recorded matches the class path
cd "$(dirname "$jar")"
exec java ${JAVA_OPTS:--XX:+UseParallelGC -Xmx256m} -XX:SharedArchiveFile=app-cds.jsa -jar quarkus-run.jar
