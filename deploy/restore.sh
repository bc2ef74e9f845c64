#!/usr/bin/env bash
# Restores a backup of deploy/backup.sh into an EMPTY database, then verifies it:
#
#   deploy/restore.sh backups/haven-backup-<time>.tar.gz
#
# 1. checks the archive (its .sha256 when present, then every file against MANIFEST.sha256);
# 2. target: HAVEN_DB_URL, HAVEN_DB_USER, HAVEN_DB_PASSWORD, else the embedded database of run.sh in ./data/mariadb
#    (created when missing; Haven must be stopped); a database that holds any table is refused;
# 3. loads the dump;
# 4. compares the fingerprints of the keys configured now (HAVEN_RECEIPT_KEY, HAVEN_EVIDENCE_KEY(S), else
#    ./data/*.key) with those recorded in the backup: evidence cannot be read without the keys it was sealed with;
# 5. starts Haven on a free loopback port against the restored database, with e-mail off, and lets it check the
#    audit chain (its own AuditLog.verify) and every evidence file's SHA-256 (HAVEN_VERIFY_ON_START), then stops it.
# Exit status: 0 restored and verified; 1 refused or failed before loading; 2 restored but not verified intact.
set -euo pipefail
cd "$(dirname "$0")/.."
. deploy/lib.sh
haven_find_jdk

archive="${1:?usage: deploy/restore.sh <backup archive .tar.gz>}"
[ -f "$archive" ] || { echo "No such archive: $archive" >&2; exit 1; }
archive="$(readlink -f "$archive")"
work="$(mktemp -d)"
db_launcher="" app_pid=""
cleanup() {
  if [ -n "$app_pid" ]; then kill -TERM "$app_pid" 2>/dev/null || true; fi
  if [ -n "$db_launcher" ]; then
    kill -TERM "$db_launcher" 2>/dev/null || true
    for _ in $(seq 1 120); do kill -0 "$db_launcher" 2>/dev/null || break; sleep 0.5; done
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

if [ -f "$archive.sha256" ]; then
  (cd "$(dirname "$archive")" && sha256sum -c --quiet "$archive.sha256") \
    || { echo "Refused: the archive does not match $archive.sha256 (damaged or altered)." >&2; exit 1; }
fi
umask 077
tar -xzf "$archive" -C "$work"
backup="$(find "$work" -mindepth 1 -maxdepth 1 -type d -name 'haven-backup-*' | head -1)"
[ -n "$backup" ] && [ -f "$backup/MANIFEST.sha256" ] || { echo "Refused: not a Haven backup archive." >&2; exit 1; }
(cd "$backup" && sha256sum -c --quiet MANIFEST.sha256) \
  || { echo "Refused: a file of the archive does not match its MANIFEST.sha256." >&2; exit 1; }
tail -1 "$backup/database.sql" | grep -q "^-- Dump completed" \
  || { echo "Refused: the dump in the archive is incomplete." >&2; exit 1; }
echo "Archive checked: $(sed -n 's/^taken-at //p' "$backup/INFO"), $(wc -l < "$backup/MANIFEST.sha256") files."

haven_build_if_needed
haven_db_target
if [ "$DB_EMBEDDED" = yes ]; then
  if [ -s data/mariadb/mariadbd.pid ] && [ "$(cat "/proc/$(cat data/mariadb/mariadbd.pid)/comm" 2>/dev/null)" = mariadbd ]; then
    echo "Refused: the embedded database in ./data/mariadb is running. Stop Haven first." >&2
    exit 1
  fi
  mkdir -p data && chmod 700 data
  DB_PORT="$(haven_free_port)"
  echo "Starting the embedded MariaDB on 127.0.0.1:$DB_PORT (./data/mariadb)..."
  haven_start_embedded_db data/mariadb "$DB_PORT" data/mariadb.log || exit 1
  db_launcher="$HAVEN_DB_LAUNCHER_PID"
  DB_PASSWORD="$(cat data/mariadb/haven.password)"
fi
haven_db_tools
haven_db_options "$work/client.cnf"
sql() { "$MARIADB" --defaults-extra-file="$work/client.cnf" -N -B "$@"; }

tables="$(sql -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$DB_NAME'")"
if [ "$tables" != 0 ]; then
  echo "Refused: database $DB_NAME on $DB_HOST:$DB_PORT is not empty ($tables tables). Restore only into an" >&2
  echo "empty database (for the embedded one: move ./data/mariadb away first). Nothing was changed." >&2
  exit 1
fi

echo "Loading the dump into $DB_NAME on $DB_HOST:$DB_PORT..."
started=$SECONDS
# Trigger definers name the account of the backed-up server: dropped, so that they run as the restoring account.
if ! sed -E 's/DEFINER=`[^`]+`@`[^`]+`//g' "$backup/database.sql" \
    | "$MARIADB" --defaults-extra-file="$work/client.cnf" --max-allowed-packet=1G "$DB_NAME"; then
  echo "The load failed: $DB_NAME now holds part of the backup. Drop its tables before trying again." >&2
  exit 1
fi
echo "Loaded in $((SECONDS - started)) s: $(sql -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$DB_NAME'") tables."
echo "Rows: $(sql "$DB_NAME" -e "SELECT CONCAT('report ', (SELECT COUNT(*) FROM report), ', audit_entry ',
  (SELECT COUNT(*) FROM audit_entry), ', evidence_file ', (SELECT COUNT(*) FROM evidence_file))" 2>/dev/null \
  || echo 'not counted')"

status=0
if [ -s "$backup/audit-head.txt" ]; then
  read -r head_seq head_hash < "$backup/audit-head.txt"
  if [ "$head_seq" = 0 ] || [ "$(sql "$DB_NAME" -e "SELECT hash FROM audit_seal WHERE seq = ${head_seq//[^0-9]/}")" = "$head_hash" ]; then
    echo "Audit chain head of the backup (position $head_seq) found in the restored database."
  else
    echo "The audit seal $head_seq recorded as the chain head at backup time is missing or differs." >&2
    status=2
  fi
fi
haven_key_fingerprints > "$work/keys-now.txt"
if ! diff -q "$backup/keys.txt" "$work/keys-now.txt" >/dev/null; then
  echo "WARNING: the keys configured now are not those of the backup (fingerprints below): receipts and evidence" >&2
  echo "sealed with the backup's keys cannot be opened. Set the backup's keys (from your key store) and retry." >&2
  { diff "$backup/keys.txt" "$work/keys-now.txt" || true; } | sed -n 's/^\([<>]\) /  \1 /p' \
    | sed -e 's/sha256:\(.\{12\}\).*/sha256:\1.../' -e 's/^  </  backup:/' -e 's/^  >/  now:   /' >&2
  status=2
else
  echo "Keys: the fingerprints match the backup's."
fi

# Haven's own check, through the application (audit chain and evidence digests), on a free loopback port.
app_port="$(haven_free_port)"
app_log="$work/haven.log"
receipt_key="${HAVEN_RECEIPT_KEY:-$(cat data/receipt.key 2>/dev/null || true)}"
evidence_key="${HAVEN_EVIDENCE_KEY:-$(cat data/evidence.key 2>/dev/null || true)}"
evidence_keys="${HAVEN_EVIDENCE_KEYS:-$(cat data/evidence.keys 2>/dev/null || true)}"
echo "Starting Haven on 127.0.0.1:$app_port to verify the restored data (e-mail off)..."
env -u HAVEN_SMTP_HOST HAVEN_DB_URL="jdbc:mariadb://$DB_HOST:$DB_PORT/$DB_NAME" HAVEN_DB_USER="$DB_USER" \
  HAVEN_DB_PASSWORD="$DB_PASSWORD" HAVEN_DEMO=false HAVEN_VERIFY_ON_START=true \
  HAVEN_RECEIPT_KEY="$receipt_key" HAVEN_EVIDENCE_KEY="$evidence_key" HAVEN_EVIDENCE_KEYS="$evidence_keys" \
  setsid "$JAVA_HOME/bin/java" -Duser.timezone=UTC -Dfile.encoding=UTF-8 ${HAVEN_JAVA_OPTS:-} \
  -jar target/payara-micro.jar --deploy target/haven.war --contextroot / --port "$app_port" \
  --nocluster --disablephonehome > "$app_log" 2>&1 &
app_pid=$!
result="$(haven_wait_marker "$app_log" "$app_pid" "${HAVEN_RESTORE_VERIFY_SECONDS:-600}" 'HAVEN-INTEGRITY ' || true)"
grep -o 'HAVEN-INTEGRITY-BROKEN .*' "$app_log" | head -20 >&2 || true
kill -TERM "$app_pid" 2>/dev/null || true
for _ in $(seq 1 120); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.5; done
app_pid=""
if [ -z "$result" ]; then
  echo "Haven did not report its check (see the end of its log):" >&2
  tail -30 "$app_log" >&2
  exit 2
fi
summary="${result#*HAVEN-INTEGRITY }"
echo "Verification: $summary"
case "$summary" in *intact=true*) ;; *) status=2 ;; esac
if [ "$status" = 0 ]; then echo "Restored and verified."; else echo "Restored, NOT verified intact." >&2; fi
exit "$status"
