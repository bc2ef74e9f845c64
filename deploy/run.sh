#!/usr/bin/env bash
# Runs Haven on http://localhost:${PORT:-8080}.
# Without HAVEN_DB_URL: starts an embedded MariaDB (data in ./data/mariadb, kept between runs wherever the checkout
# lies, /tmp included; its application password generated once in ./data/mariadb/haven.password, mode 0600) and
# loads the demo district on first start. With HAVEN_DB_URL (and HAVEN_DB_USER, HAVEN_DB_PASSWORD): uses that
# MariaDB, no demo data unless HAVEN_DEMO=true.
# Stopping: the first SIGTERM or Ctrl-C stops Payara Micro (requests in flight finish), then the database; a second
# one stops everything at once (the database recovers at the next start).
set -euo pipefail
cd "$(dirname "$0")/.."
. deploy/lib.sh
haven_find_jdk
haven_require_maven

PORT="${PORT:-8080}"
DB_PORT="${HAVEN_EMBEDDED_DB_PORT:-3307}"
STOP_SECONDS="${HAVEN_STOP_SECONDS:-60}"

haven_build_if_needed

app_pid="" db_pid="" stops=0
# First signal: a clean stop (the main flow below waits for each process in turn). Second: everything at once.
on_stop_signal() {
  stops=$((stops + 1))
  if [ "$stops" -eq 1 ]; then
    echo "Stopping Haven: requests in flight finish, then the database stops (signal again to stop at once)." >&2
    if [ -n "$app_pid" ]; then kill -TERM "$app_pid" 2>/dev/null || true; fi
  else
    echo "Stopping at once." >&2
    haven_kill_now
  fi
}
haven_kill_now() {
  local pid server
  server="$(cat data/mariadb/mariadbd.pid 2>/dev/null || true)"
  # The pid file may be stale: only a process that is a mariadbd is killed.
  if [ -n "$server" ] && [ "$(cat "/proc/$server/comm" 2>/dev/null)" != mariadbd ]; then server=""; fi
  # Payara and the launcher lead their own process groups (setsid): the group takes mariadbd along.
  for pid in "$app_pid" "$db_pid"; do
    [ -n "$pid" ] && { kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true; }
  done
  [ -n "$server" ] && kill -KILL "$server" 2>/dev/null || true
}
trap on_stop_signal TERM INT
# Whatever ends this script (an error, a refusal): nothing it started is left running.
trap 'haven_kill_now' EXIT

# Waits for a process, through the signals that interrupt the wait builtin; at most $2 seconds when given.
wait_for() {
  local pid="$1" limit="${2:-}" started=$SECONDS
  while kill -0 "$pid" 2>/dev/null; do
    if [ -n "$limit" ] && [ $((SECONDS - started)) -ge "$limit" ]; then return 1; fi
    if [ -n "$limit" ]; then sleep 0.5; else wait "$pid" 2>/dev/null || true; fi
  done
}

# data/run.pids: the process groups this script started (Payara, the database launcher), for tools that must stop
# them even when this script is gone (deploy/fault-test.sh). Each leads its own group: kill -- -<pid>.
record_pids() {
  echo "${app_pid:-} ${db_pid:-}" > data/run.pids
}

make_receipt_key() { head -c 48 /dev/urandom | base64 | tr -d '\n'; }
make_evidence_key() { printf 'demo1:%s' "$(head -c 32 /dev/urandom | base64 | tr -d '\n')"; }
# A key file: present and well formed; never made again over an existing database (its data would be unreadable).
# Arguments: file, pattern, what, database existing (yes/no), make now (yes/no), the function that makes one.
haven_key_file() {
  local file="$1" pattern="$2" what="$3" existing="$4" make_now="$5" make="$6"
  if [ -e "$file" ]; then
    if ! grep -Eq "$pattern" "$file" || [ "$(wc -l < "$file")" -gt 1 ]; then
      echo "Refusing to start: $file is not a valid $what (damaged?). Nothing was changed; put back your copy." >&2
      exit 1
    fi
  elif [ "$existing" = yes ]; then
    echo "Refusing to start: $file ($what) is missing but the database in data/mariadb exists; a new key" >&2
    echo "would make its data unreadable. Put back your copy of the file. Nothing was changed." >&2
    exit 1
  elif [ "$make_now" = yes ]; then
    (umask 077; "$make" > "$file")
  fi
}

# Starts the embedded MariaDB's launcher in its own process group (mariadbd is its child, so that one signal to
# the group reaches both) and waits until it is ready; returns 1 with the reason when it is refused or fails.
start_embedded_db() {
  echo "Starting the embedded MariaDB on 127.0.0.1:$DB_PORT (data in ./data/mariadb)..."
  : > data/mariadb.log
  setsid "$JAVA_HOME/bin/java" -Dhaven.db.min-free-mb="${HAVEN_DB_MIN_FREE_MB:-256}" \
    -cp "target/classes:target/embedded-db/*" org.haven.platform.embedded.EmbeddedMariaDbMain \
    data/mariadb "$DB_PORT" haven >> data/mariadb.log 2>&1 &
  db_pid=$!
  record_pids
  for _ in $(seq 1 480); do
    grep -q "^HAVEN-DB-READY" data/mariadb.log 2>/dev/null && return 0
    if grep -q "^HAVEN-DB-REFUSED" data/mariadb.log 2>/dev/null; then
      echo "The embedded MariaDB was not started:" >&2
      sed -n 's/^HAVEN-DB-REFUSED //p' data/mariadb.log >&2
      return 1
    fi
    if ! kill -0 "$db_pid" 2>/dev/null; then
      echo "The embedded MariaDB did not start; see data/mariadb.log and data/mariadb/mariadbd.log:" >&2
      tail -20 data/mariadb.log >&2
      return 1
    fi
    if [ "$stops" -gt 0 ]; then kill -TERM "$db_pid" 2>/dev/null; wait_for "$db_pid" "$STOP_SECONDS" || true; return 1; fi
    sleep 0.5
  done
  echo "The embedded MariaDB is not ready after 240 s." >&2
  return 1
}

if [ -z "${HAVEN_DB_URL:-}" ]; then
  mkdir -p data
  chmod 700 data
  existing=no
  if [ -d data/mariadb/data/mysql ] || [ -e data/mariadb/haven.password ]; then existing=yes; fi
  if [ "$existing" = no ] && { [ -e data/receipt.key ] || [ -e data/evidence.key ]; }; then
    echo "Refusing to start: ./data holds keys but no database (data/mariadb is missing or empty): its data seems" >&2
    echo "lost. Restore a backup (deploy/restore.sh), or, to start afresh on purpose, delete the whole ./data." >&2
    exit 1
  fi
  # The demo's receipt key and evidence key (AES-256), kept with the demo data so that receipts and evidence stay
  # readable after a restart: checked before the database starts, made (first start only) once it is installed,
  # so that a first start that fails leaves no key behind a database that does not exist.
  demo_keys() {
    local make="$1"
    if [ -z "${HAVEN_RECEIPT_KEY:-}" ]; then
      haven_key_file data/receipt.key '^[A-Za-z0-9+/=_-]{32,}$' "receipt key" "$existing" "$make" make_receipt_key
    fi
    if [ -z "${HAVEN_EVIDENCE_KEY:-}" ]; then
      haven_key_file data/evidence.key '^[A-Za-z0-9._-]+:[A-Za-z0-9+/]{43}=$' "evidence key" "$existing" "$make" \
        make_evidence_key
    fi
  }
  demo_keys no
  start_embedded_db || exit 1
  demo_keys yes
  if [ -z "${HAVEN_RECEIPT_KEY:-}" ]; then
    HAVEN_RECEIPT_KEY="$(cat data/receipt.key)"
    export HAVEN_RECEIPT_KEY
  fi
  if [ -z "${HAVEN_EVIDENCE_KEY:-}" ]; then
    HAVEN_EVIDENCE_KEY="$(cat data/evidence.key)"
    export HAVEN_EVIDENCE_KEY
    # Older demo keys after deploy/rotate-evidence-key.sh new-key: still needed to read blobs not yet re-sealed.
    if [ -z "${HAVEN_EVIDENCE_KEYS:-}" ] && [ -s data/evidence.keys ]; then
      HAVEN_EVIDENCE_KEYS="$(cat data/evidence.keys)"
      export HAVEN_EVIDENCE_KEYS
    fi
  fi
  export HAVEN_DB_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/haven"
  HAVEN_DB_USER=haven HAVEN_DB_PASSWORD="$(cat data/mariadb/haven.password)"
  export HAVEN_DB_USER HAVEN_DB_PASSWORD
  export HAVEN_DEMO="${HAVEN_DEMO:-true}"
fi
if [ -z "${HAVEN_RECEIPT_KEY:-}" ]; then
  echo "Set HAVEN_RECEIPT_KEY (a secret of 32+ characters, kept outside the database): see docs/operations.md" >&2
  exit 1
fi

if [ -z "${HAVEN_EVIDENCE_KEY:-}" ] && [ -z "${HAVEN_EVIDENCE_KEYS:-}" ] && [ "${HAVEN_DEMO:-false}" != "true" ]; then
  echo "Set HAVEN_EVIDENCE_KEY (32 random bytes in base64, e.g. head -c 32 /dev/urandom | base64): see docs/evidence-vault.md" >&2
  exit 1
fi

if [ "${HAVEN_DEMO:-false}" = "true" ]; then
  cat <<TXT
Demo district: every password is Demo-Haven-2026
  admin (district admin), lead (district lead)
  for each school ecole, college, lycee: head.<school>, referent.<school>, teacher.<school>,
  student.<school>, student2.<school>, student3.<school>, parent.<school>
TXT
fi
echo "Starting Payara Micro on http://localhost:$PORT ..."
# Its own session: Ctrl-C reaches this script only, which stops Payara first and the database after it.
setsid "$JAVA_HOME/bin/java" -Duser.timezone=UTC -Dfile.encoding=UTF-8 ${HAVEN_JAVA_OPTS:-} \
  -jar target/payara-micro.jar \
  --deploy target/haven.war --contextroot / --port "$PORT" --nocluster --disablephonehome \
  --prebootcommandfile deploy/payara-preboot.asadmin --postbootcommandfile deploy/payara-postboot.asadmin &
app_pid=$!
[ -d data ] && record_pids
[ "$stops" -eq 0 ] || kill -TERM "$app_pid" 2>/dev/null || true
# Waits for Payara; an embedded database that dies meanwhile (crash, kill -9) is started again: InnoDB recovers
# every committed transaction, and Haven reconnects.
db_restarts=0
while kill -0 "$app_pid" 2>/dev/null; do
  wait -n "$app_pid" ${db_pid:+"$db_pid"} 2>/dev/null || true
  if [ "$stops" -gt 0 ] && [ -n "$db_pid" ] && ! kill -0 "$db_pid" 2>/dev/null; then db_pid=""; fi
  if [ "$stops" -eq 0 ] && [ -n "$db_pid" ] && ! kill -0 "$db_pid" 2>/dev/null && kill -0 "$app_pid" 2>/dev/null; then
    db_restarts=$((db_restarts + 1))
    if [ "$db_restarts" -gt "${HAVEN_DB_MAX_RESTARTS:-5}" ]; then
      echo "The embedded MariaDB stopped again ($db_restarts times): not restarting it; stopping Haven." >&2
      kill -TERM "$app_pid" 2>/dev/null || true
      db_pid=""
      continue
    fi
    echo "The embedded MariaDB stopped unexpectedly (see data/mariadb/mariadbd.log): starting it again." >&2
    # Its launcher may have died alone (kill -9): a mariadbd left running on the folder is stopped cleanly first.
    orphan="$(cat data/mariadb/mariadbd.pid 2>/dev/null || true)"
    if [ -n "$orphan" ] && [ "$(cat "/proc/$orphan/comm" 2>/dev/null)" = mariadbd ]; then
      kill -TERM "$orphan" 2>/dev/null || true
      wait_for "$orphan" "$STOP_SECONDS" || kill -KILL "$orphan" 2>/dev/null || true
    fi
    start_embedded_db || { db_pid=""; kill -TERM "$app_pid" 2>/dev/null || true; }
  fi
done
app_status=stopped
if [ "$stops" -eq 0 ]; then app_status="ended on its own"; fi
echo "Payara Micro $app_status." >&2
if [ -n "$db_pid" ] && kill -0 "$db_pid" 2>/dev/null; then
  echo "Stopping the embedded MariaDB..." >&2
  kill -TERM "$db_pid" 2>/dev/null || true
  if ! wait_for "$db_pid" "$STOP_SECONDS"; then
    echo "The embedded MariaDB did not stop within $STOP_SECONDS s: killed (it recovers at the next start)." >&2
  fi
fi
[ "$stops" -gt 0 ]
