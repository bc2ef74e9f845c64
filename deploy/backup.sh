#!/usr/bin/env bash
# Online backup of Haven: deploy/backup.sh [output folder, default $HAVEN_BACKUP_DIR or ./backups]
#
# Writes one dated archive haven-backup-<UTC time>.tar.gz (mode 0600) holding:
#   database.sql      a consistent dump of the database (mariadb-dump --single-transaction: one InnoDB snapshot,
#                     taken while Haven keeps running; evidence blobs included, still sealed by the evidence keys)
#   audit-head.txt    the audit chain's last sealed position and hash, read just before the dump
#   keys.txt          the SHA-256 fingerprints of the receipt and evidence keys Haven runs with; NEVER the keys
#   protocols/        the shipped protocol files, and those of HAVEN_PROTOCOLS_DIR when set
#   INFO              when, from which database, with which tools
#   MANIFEST.sha256   the SHA-256 of every file above (sha256sum -c)
# and its own SHA-256 next to it (<archive>.sha256). Database as in run.sh: HAVEN_DB_URL, HAVEN_DB_USER and
# HAVEN_DB_PASSWORD, else the embedded one (running, port HAVEN_EMBEDDED_DB_PORT). Restore: deploy/restore.sh.
# Schedule, retention, off-site copies and the keys: docs/operations.md, "Backups".
set -euo pipefail
cd "$(dirname "$0")/.."
. deploy/lib.sh
haven_db_target
haven_db_tools

out="${1:-${HAVEN_BACKUP_DIR:-backups}}"
mkdir -p "$out"
chmod 700 "$out" 2>/dev/null || true
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
name="haven-backup-$stamp"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
umask 077
mkdir "$work/$name"
haven_db_options "$work/client.cnf"

# The head of the audit chain, read just before the dump (seals are only appended, so the position it names is in the
# dump): restore.sh checks it, and kept with the backup log, outside the database, it reveals a chain rewritten later.
"$MARIADB" --defaults-extra-file="$work/client.cnf" -N -B "$DB_NAME" \
  -e 'SELECT CONCAT(last_seq, " ", last_hash) FROM audit_chain_head' > "$work/$name/audit-head.txt"
started=$SECONDS
"$MARIADB_DUMP" --defaults-extra-file="$work/client.cnf" --single-transaction --quick --hex-blob --triggers \
  --no-tablespaces --skip-lock-tables --max-allowed-packet=1G --default-character-set=utf8mb4 "$DB_NAME" \
  > "$work/$name/database.sql"
if ! tail -1 "$work/$name/database.sql" | grep -q "^-- Dump completed"; then
  echo "The dump did not complete; no archive was written." >&2
  exit 1
fi
dump_seconds=$((SECONDS - started))

haven_key_fingerprints > "$work/$name/keys.txt"
mkdir "$work/$name/protocols"
cp -R protocols/. "$work/$name/protocols/"
if [ -n "${HAVEN_PROTOCOLS_DIR:-}" ] && [ -d "$HAVEN_PROTOCOLS_DIR" ]; then
  mkdir "$work/$name/protocols/district"
  cp -R "$HAVEN_PROTOCOLS_DIR/." "$work/$name/protocols/district/"
fi
server_version="$("$MARIADB" --defaults-extra-file="$work/client.cnf" -N -B -e 'SELECT VERSION()' 2>/dev/null || echo unknown)"
{
  echo "haven-backup 1"
  echo "taken-at $stamp"
  echo "database $DB_NAME on $DB_HOST:$DB_PORT (server $server_version)"
  echo "tool $("$MARIADB_DUMP" --version)"
  echo "haven-commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
} > "$work/$name/INFO"
(cd "$work/$name" && find . -type f ! -name MANIFEST.sha256 -printf '%P\n' | sort | xargs -d '\n' sha256sum \
  > MANIFEST.sha256)

archive="$out/$name.tar.gz"
tar -czf "$archive" -C "$work" "$name"
(cd "$out" && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256")
echo "Backup written: $archive ($(du -h "$archive" | cut -f1), dump $dump_seconds s)"
echo "SHA-256: $(cut -d' ' -f1 "$archive.sha256")"
echo "Audit chain head at the backup: position $(cat "$work/$name/audit-head.txt")"
echo "Keep the keys apart from this archive: without them its evidence cannot be read (docs/operations.md)."
