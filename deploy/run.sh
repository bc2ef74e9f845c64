#!/usr/bin/env bash
# Runs Haven on http://localhost:${PORT:-8080}.
# Without HAVEN_DB_URL: starts an embedded MariaDB (data in ./data/mariadb, kept between runs) and loads the
# demo district on first start. With HAVEN_DB_URL (and HAVEN_DB_USER, HAVEN_DB_PASSWORD): uses that MariaDB,
# no demo data unless HAVEN_DEMO=true.
set -euo pipefail
cd "$(dirname "$0")/.."
. deploy/lib.sh
haven_find_jdk
haven_require_maven

PORT="${PORT:-8080}"
DB_PORT="${HAVEN_EMBEDDED_DB_PORT:-3307}"

newest_source=$(find src pom.xml -type f -newer target/haven.war 2>/dev/null | head -1 || true)
if [ ! -f target/haven.war ] || [ ! -f target/payara-micro.jar ] || [ ! -d target/embedded-db ] || [ -n "$newest_source" ]; then
  echo "Building Haven (mvn package, tests skipped)..."
  mvn -B -q -DskipTests package
fi

pids=()
cleanup() {
  for pid in "${pids[@]:-}"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  done
  wait 2>/dev/null || true
}
trap cleanup EXIT INT TERM

if [ -z "${HAVEN_DB_URL:-}" ]; then
  mkdir -p data
  echo "Starting the embedded MariaDB on 127.0.0.1:$DB_PORT (data in ./data/mariadb)..."
  "$JAVA_HOME/bin/java" -cp "target/classes:target/embedded-db/*" org.haven.platform.embedded.EmbeddedMariaDb \
    data/mariadb "$DB_PORT" haven > data/mariadb.log 2>&1 &
  pids+=($!)
  for _ in $(seq 1 120); do
    grep -q "HAVEN-DB-READY" data/mariadb.log 2>/dev/null && break
    if ! kill -0 "${pids[0]}" 2>/dev/null; then
      echo "The embedded MariaDB did not start; see data/mariadb.log:" >&2
      tail -20 data/mariadb.log >&2
      exit 1
    fi
    sleep 0.5
  done
  grep -q "HAVEN-DB-READY" data/mariadb.log || { echo "The embedded MariaDB is not ready after 60 s." >&2; exit 1; }
  export HAVEN_DB_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/haven"
  export HAVEN_DB_USER=haven HAVEN_DB_PASSWORD=haven
  export HAVEN_DEMO="${HAVEN_DEMO:-true}"
  # The demo's receipt key: made once, kept with the demo data so that receipts keep working after a restart.
  if [ -z "${HAVEN_RECEIPT_KEY:-}" ]; then
    [ -s data/receipt.key ] || (umask 077; head -c 48 /dev/urandom | base64 | tr -d '\n' > data/receipt.key)
    HAVEN_RECEIPT_KEY="$(cat data/receipt.key)"
    export HAVEN_RECEIPT_KEY
  fi
  # The demo's evidence key (AES-256, base64): kept with the demo data, or its files could not be read again.
  if [ -z "${HAVEN_EVIDENCE_KEY:-}" ]; then
    [ -s data/evidence.key ] || (umask 077; printf 'demo1:%s' "$(head -c 32 /dev/urandom | base64 | tr -d '\n')" > data/evidence.key)
    HAVEN_EVIDENCE_KEY="$(cat data/evidence.key)"
    export HAVEN_EVIDENCE_KEY
    # Older demo keys after deploy/rotate-evidence-key.sh new-key: still needed to read blobs not yet re-sealed.
    if [ -z "${HAVEN_EVIDENCE_KEYS:-}" ] && [ -s data/evidence.keys ]; then
      HAVEN_EVIDENCE_KEYS="$(cat data/evidence.keys)"
      export HAVEN_EVIDENCE_KEYS
    fi
  fi
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
"$JAVA_HOME/bin/java" -Duser.timezone=UTC -Dfile.encoding=UTF-8 ${HAVEN_JAVA_OPTS:-} -jar target/payara-micro.jar \
  --deploy target/haven.war --contextroot / --port "$PORT" --nocluster --disablephonehome \
  --prebootcommandfile deploy/payara-preboot.asadmin --postbootcommandfile deploy/payara-postboot.asadmin &
pids+=($!)
wait "${pids[-1]}"
