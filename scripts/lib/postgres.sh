# shellcheck shell=bash
# Local PostgreSQL bootstrap for HOP's scripts. Source it, then call
# `ensure_postgres`.
#
# ensure_postgres:
#   - DATABASE_URL already set: only exports it (an external server is used).
#   - otherwise: installs PostgreSQL (Debian packages) when missing, makes sure
#     a cluster exists and is running, waits until it accepts connections on
#     127.0.0.1, sets the `postgres` role's password to `postgres` (TCP logins
#     use scram passwords) and exports
#     DATABASE_URL=postgres://postgres:postgres@127.0.0.1:<port>/hop
#     (port 5432 unless the local cluster listens elsewhere).
# Idempotent, needs no TTY, prints one line per action it takes.

_HOP_LIB_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/lib/common.sh
. "$_HOP_LIB_DIR/common.sh"

HOP_PG_PASSWORD_DEFAULT=postgres
HOP_PG_DATABASE_DEFAULT=hop

# Highest PostgreSQL major version whose server binaries are installed.
_hop_pg_installed_version() {
  local dir ver best=""
  for dir in /usr/lib/postgresql/*/bin/postgres; do
    [ -x "$dir" ] || continue
    ver="${dir#/usr/lib/postgresql/}"
    ver="${ver%%/*}"
    if [ -z "$best" ] || [ "$ver" -gt "$best" ] 2>/dev/null; then
      best="$ver"
    fi
  done
  printf '%s\n' "$best"
}

# Prints "<version> <cluster> <port> <status>" of the cluster to use: the one on
# port 5432 if any, else the newest version's first cluster. Empty if none.
_hop_pg_pick_cluster() {
  pg_lsclusters --no-header 2>/dev/null | awk '
    NF >= 4 {
      if ($3 == 5432) { print $1, $2, $3, $4; found = 1; exit }
      if (best == "" || $1 + 0 > bestver) { best = $1 " " $2 " " $3 " " $4; bestver = $1 + 0 }
    }
    END { if (!found && best != "") print best }'
}

# Runs a command as the postgres OS user.
_hop_as_postgres() {
  if [ "$(id -un)" = postgres ]; then
    "$@"
  elif [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo -n -u postgres "$@"
  else
    hop_die "cannot run as the postgres user (need root or sudo): $*"
  fi
}

ensure_postgres() {
  if [ -n "${DATABASE_URL:-}" ]; then
    export DATABASE_URL
    return 0
  fi

  local HOP_LOG_PREFIX="${HOP_LOG_PREFIX:-hop} [postgres]"
  _hop_ensure_local_postgres
}

_hop_ensure_local_postgres() {
  local ver cluster port status line out i

  # 1. Server packages.
  ver="$(_hop_pg_installed_version)"
  if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$ver" ]; then
    hop_apt_install postgresql postgresql-contrib libpq-dev || return 1
    ver="$(_hop_pg_installed_version)"
    [ -n "$ver" ] || { hop_die "PostgreSQL server binaries not found after install"; return 1; }
  fi
  # Contrib extensions (pg_trgm, btree_gist, cube, earthdistance).
  if [ ! -f "/usr/share/postgresql/$ver/extension/pg_trgm.control" ]; then
    hop_apt_install postgresql-contrib || return 1
  fi
  ensure_libpq_dev || return 1

  # 2. A cluster.
  line="$(_hop_pg_pick_cluster)"
  if [ -z "$line" ]; then
    hop_log "creating cluster $ver/main"
    if ! out="$(hop_as_root pg_createcluster "$ver" main 2>&1 </dev/null)"; then
      printf '%s\n' "$out" >&2
      hop_die "pg_createcluster $ver main failed"
      return 1
    fi
    line="$(_hop_pg_pick_cluster)"
    [ -n "$line" ] || { hop_die "no cluster listed by pg_lsclusters after pg_createcluster"; return 1; }
  fi
  read -r ver cluster port status <<<"$line"

  # 3. Running.
  case "$status" in
    online*) ;;
    *)
      hop_log "starting cluster $ver/$cluster (port $port)"
      if ! out="$(hop_as_root pg_ctlcluster "$ver" "$cluster" start 2>&1 </dev/null)"; then
        printf '%s\n' "$out" >&2
        hop_die "pg_ctlcluster $ver $cluster start failed (see /var/log/postgresql/postgresql-$ver-$cluster.log)"
        return 1
      fi
      ;;
  esac

  # 4. Accepting connections on 127.0.0.1 (bounded: ~30 s).
  for ((i = 0; i < 30; i++)); do
    if pg_isready -q -h 127.0.0.1 -p "$port" -t 1 >/dev/null 2>&1; then
      break
    fi
    sleep 1
  done
  if ! pg_isready -q -h 127.0.0.1 -p "$port" -t 1 >/dev/null 2>&1; then
    hop_die "PostgreSQL $ver/$cluster is not accepting connections on 127.0.0.1:$port after 30s"
    return 1
  fi

  # 5. Password for TCP (scram) logins, only when it does not work yet.
  if ! PGPASSWORD="$HOP_PG_PASSWORD_DEFAULT" PGCONNECT_TIMEOUT=5 \
      psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -Atqc 'select 1' \
      </dev/null >/dev/null 2>&1; then
    hop_log "setting the postgres role's password"
    if ! out="$(cd / && _hop_as_postgres psql -p "$port" -X -q -v ON_ERROR_STOP=1 \
        -c "ALTER USER postgres PASSWORD '$HOP_PG_PASSWORD_DEFAULT'" 2>&1 </dev/null)"; then
      printf '%s\n' "$out" >&2
      hop_die "could not set the postgres password"
      return 1
    fi
  fi

  DATABASE_URL="postgres://postgres:${HOP_PG_PASSWORD_DEFAULT}@127.0.0.1:${port}/${HOP_PG_DATABASE_DEFAULT}"
  export DATABASE_URL
}
