#!/usr/bin/env bash
# Makes a local PostgreSQL usable for the app and its tests. Idempotent: run it as often as you like.
#  - installs PostgreSQL with apt-get if there is no server on this machine,
#  - starts the cluster if it is installed but stopped,
#  - creates the role and the databases (app, tests, browser tests) if they do not exist.
# Settings (environment): PGHOST (127.0.0.1), PGPORT (5432), SEATBOOKING_DB_USER / _PASSWORD
# (seatbooking / seatbooking), SEATBOOKING_DATABASES ("seatbooking seatbooking_test seatbooking_e2e").
set -euo pipefail

host=${PGHOST:-127.0.0.1}
port=${PGPORT:-5432}
user=${SEATBOOKING_DB_USER:-seatbooking}
password=${SEATBOOKING_DB_PASSWORD:-seatbooking}
databases=${SEATBOOKING_DATABASES:-seatbooking seatbooking_test seatbooking_e2e}

log() { echo "[setup-postgres] $*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

ready() { pg_isready -q -h "$host" -p "$port" 2>/dev/null; }

install_server() {
  log "no PostgreSQL server found; installing it with apt-get"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >/dev/null
}

start_cluster() {
  local version
  version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)
  [ -n "$version" ] || { log "no cluster under /etc/postgresql"; return 1; }
  log "starting PostgreSQL $version"
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || as_root pg_ctlcluster "$version" main start
}

if ! ready; then
  if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
    install_server
  fi
  ready || start_cluster
  for _ in $(seq 1 30); do ready && break; sleep 1; done
  ready || { log "PostgreSQL does not answer on $host:$port"; exit 1; }
fi

# Run SQL as the database superuser: over TCP if trusted, else as the postgres OS user.
superuser_psql() {
  if psql -h "$host" -p "$port" -U postgres -d postgres -Atqc 'select 1' >/dev/null 2>&1 </dev/null; then
    psql -h "$host" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -Atq "$@"
  elif [ "$(id -u)" -eq 0 ] && id postgres >/dev/null 2>&1; then
    runuser -u postgres -- psql -p "$port" -d postgres -v ON_ERROR_STOP=1 -Atq "$@"
  else
    sudo -u postgres psql -p "$port" -d postgres -v ON_ERROR_STOP=1 -Atq "$@"
  fi
}

superuser_psql -v user="$user" -v password="$password" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'user', :'password')
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'user') \gexec
SQL

for db in $databases; do
  superuser_psql -v user="$user" -v db="$db" <<'SQL'
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'user')
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
SQL
done

for db in $databases; do
  PGPASSWORD=$password psql -h "$host" -p "$port" -U "$user" -d "$db" -Atqc 'select 1' >/dev/null \
    || { log "cannot connect to $db as $user"; exit 1; }
done
log "ready: $user@$host:$port, databases: $databases"
