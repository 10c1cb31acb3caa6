# A throwaway PostgreSQL 15 cluster for tests and local servers: private data
# directory, 127.0.0.1 only on a free port, TLS 1.3 only, unix socket in the
# work folder. Source common.sh first.
#
#   msp_pg_start <work-dir> [database]   start it; exports the variables below
#   msp_pg_stop                          stop it (safe to call twice or when not started)
#
# Exports MEDSPASYNC_TEST_PG (libpq connection string, sslmode=require),
# MEDSPASYNC_PG_BINDIR, MEDSPASYNC_TEST_PG_SSLROOTCERT (the self-signed server
# certificate, for sslmode=verify-full), and MSP_PG_DATA / MSP_PG_PORT /
# MSP_PG_SOCKDIR / MSP_PG_LOG for the caller.
# shellcheck shell=bash

: "${MEDSPASYNC_PG_BINDIR:=/usr/lib/postgresql/15/bin}"
MSP_PG_USER=${MSP_PG_USER:-medspasync}
MSP_PG_DATA=""

# initdb and pg_ctl refuse to run as root: as root run them as the postgres
# system user (from / so its working directory is readable).
_msp_pg_owner() {
  if msp_is_root; then
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && "$@")
  fi
}

_msp_pg_psql() {
  "$MEDSPASYNC_PG_BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -h "$MSP_PG_SOCKDIR" -p "$MSP_PG_PORT" -U "$MSP_PG_USER" "$@"
}

msp_pg_start() {
  local work=$1 db=${2:-medspasync_test}
  local bin=$MEDSPASYNC_PG_BINDIR
  [ -x "$bin/initdb" ] || msp_die "PostgreSQL 15 is not installed ($bin/initdb missing): run scripts/install-deps"

  local root="$work/pg"
  MSP_PG_DATA="$root/data"
  MSP_PG_SOCKDIR="$root/sock"
  MSP_PG_LOG="$root/server.log"
  mkdir -p "$root" "$MSP_PG_SOCKDIR"
  if msp_is_root; then
    # mktemp -d makes 0700 folders; the postgres user has to get through them.
    chmod o+x "$work"
    chown -R postgres:postgres "$root"
    runuser -u postgres -- test -w "$root" \
      || msp_die "the postgres user cannot write $root: use a TMPDIR that other users can traverse (e.g. /tmp)"
  fi

  _msp_pg_owner "$bin/initdb" -D "$MSP_PG_DATA" -U "$MSP_PG_USER" --auth=trust -E UTF8 --no-locale \
    --no-sync >"$root/initdb.log" 2>&1 \
    || {
      cat "$root/initdb.log" >&2
      msp_die "initdb failed (log above)"
    }

  # Self-signed certificate for 127.0.0.1; the tests require TLS (sslmode=require).
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
    -subj "/CN=127.0.0.1" -addext "subjectAltName=IP:127.0.0.1" \
    -keyout "$root/server.key" -out "$root/server.crt" >/dev/null 2>&1 \
    || msp_die "openssl could not make the test server certificate"
  chmod 600 "$root/server.key"
  msp_is_root && chown postgres:postgres "$root/server.key" "$root/server.crt"

  # Only TLS connections over TCP; the unix socket (in our private folder) is
  # for setting the cluster up.
  cat >"$MSP_PG_DATA/pg_hba.conf" <<HBA
local   all  all                 trust
hostssl all  all  127.0.0.1/32   trust
HBA

  local attempt
  for attempt in 1 2 3 4 5; do
    MSP_PG_PORT=$(msp_free_port) || msp_die "could not find a free TCP port"
    cat >"$MSP_PG_DATA/postgresql.auto.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $MSP_PG_PORT
unix_socket_directories = '$MSP_PG_SOCKDIR'
ssl = on
ssl_cert_file = '$root/server.crt'
ssl_key_file = '$root/server.key'
ssl_min_protocol_version = 'TLSv1.3'
# A throwaway cluster: durability buys nothing here and costs seconds.
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 100
# Two-phase commit, so the pull fence's prepared-transaction path is tested.
max_prepared_transactions = 4
log_min_messages = warning
CONF
    msp_is_root && chown postgres:postgres "$MSP_PG_DATA/postgresql.auto.conf" "$MSP_PG_DATA/pg_hba.conf"
    if _msp_pg_owner "$bin/pg_ctl" -D "$MSP_PG_DATA" -l "$MSP_PG_LOG" -w -t 30 -s start >/dev/null 2>&1; then
      break
    fi
    if grep -q 'could not bind\|Address already in use' "$MSP_PG_LOG" 2>/dev/null && [ "$attempt" -lt 5 ]; then
      msp_warn "port $MSP_PG_PORT was taken before PostgreSQL bound it; trying another"
      continue
    fi
    tail -n 30 "$MSP_PG_LOG" >&2 || true
    msp_pg_stop
    msp_die "PostgreSQL did not start (server log above)"
  done

  _msp_pg_psql -d postgres -c "CREATE DATABASE $db" \
    || msp_die "could not create database $db"
  _msp_pg_psql -d "$db" -c "CREATE EXTENSION IF NOT EXISTS btree_gist" \
    || msp_die "could not create extension btree_gist in $db"

  export MEDSPASYNC_PG_BINDIR
  export MEDSPASYNC_TEST_PG="host=127.0.0.1 port=$MSP_PG_PORT dbname=$db user=$MSP_PG_USER sslmode=require"
  export MEDSPASYNC_TEST_PG_SSLROOTCERT="$root/server.crt"
  export MSP_PG_DATA MSP_PG_PORT MSP_PG_SOCKDIR MSP_PG_LOG

  # Prove that what the tests will use works: TCP, TLS 1.3, the extension.
  local tls
  tls=$("$bin/psql" -X -At -d "$MEDSPASYNC_TEST_PG" \
    -c "SELECT version FROM pg_stat_ssl WHERE pid = pg_backend_pid()" 2>&1) \
    || msp_die "PostgreSQL started but a TLS connection to it failed: $tls"
  [ "$tls" = "TLSv1.3" ] || msp_die "PostgreSQL connection is not TLS 1.3 (got '$tls')"
  msp_log "PostgreSQL 15 is up: 127.0.0.1:$MSP_PG_PORT, database $db (btree_gist), $tls"
}

msp_pg_stop() {
  [ -n "${MSP_PG_DATA:-}" ] && [ -f "$MSP_PG_DATA/postmaster.pid" ] || return 0
  local pid
  pid=$(head -n 1 "$MSP_PG_DATA/postmaster.pid" 2>/dev/null || true)
  _msp_pg_owner "$MEDSPASYNC_PG_BINDIR/pg_ctl" -D "$MSP_PG_DATA" -m fast -w -t 15 -s stop >/dev/null 2>&1 \
    || _msp_pg_owner "$MEDSPASYNC_PG_BINDIR/pg_ctl" -D "$MSP_PG_DATA" -m immediate -w -t 10 -s stop >/dev/null 2>&1 \
    || true
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -KILL "$pid" 2>/dev/null || true
  fi
  msp_log "PostgreSQL stopped"
}
