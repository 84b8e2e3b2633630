#!/usr/bin/env bash
# Applies the database migrations (Flyway) without starting the app; the app also applies them at
# start. Same settings as the app: DB_URL, DB_USER, DB_PASSWORD.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-postgres.sh
exec ./mvnw -B -q -N flyway:migrate \
  -Dflyway.url="${DB_URL:-jdbc:postgresql://127.0.0.1:5432/seatbooking}" \
  -Dflyway.user="${DB_USER:-seatbooking}" \
  -Dflyway.password="${DB_PASSWORD:-seatbooking}"
