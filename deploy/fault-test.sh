#!/usr/bin/env bash
# Fault test: runs Haven (deploy/run.sh, embedded MariaDB) in a temporary clone on free loopback ports and prints
# figures, never pass/fail:
#   A. kill -9 of Payara Micro during concurrent report submissions: reports acknowledged (201 with a receipt)
#      vs retained (the receipt opens the report after a restart);
#   B. kill -9 of mariadbd during concurrent submissions (run.sh starts it again): acknowledged vs retained, time
#      until /health/ready stops answering 200 and time until it answers 200 again;
#   C. a backup taken during concurrent submissions, restored into a second clone (deploy/restore.sh: empty
#      database, audit chain and evidence verified by Haven itself).
#   deploy/fault-test.sh [reports per phase, default 120] [concurrent clients, default 16]
# Bounded: every wait has a limit; everything it started is stopped on exit (trap), the clones deleted unless
# HAVEN_FAULT_KEEP=1.
set -euo pipefail
cd "$(dirname "$0")/.."
. deploy/lib.sh
haven_find_jdk
haven_require_maven
haven_build_if_needed

REPORTS="${1:-120}"
CLIENTS="${2:-16}"
READY_LIMIT=600
root="$(mktemp -d)"
run_pid=""
# Stops, by process id, what run.sh started in a clone (Payara and the database launcher lead their own process
# groups, listed in data/run.pids) and a mariadbd left on its pid file, after run.sh itself.
stop_clone_processes() {
  local dir="$1" pid server
  for pid in $(cat "$dir/data/run.pids" 2>/dev/null || true); do kill -TERM -- "-$pid" 2>/dev/null || true; done
  sleep 3
  for pid in $(cat "$dir/data/run.pids" 2>/dev/null || true); do kill -KILL -- "-$pid" 2>/dev/null || true; done
  server="$(cat "$dir/data/mariadb/mariadbd.pid" 2>/dev/null || true)"
  if [ -n "$server" ] && [ "$(cat "/proc/$server/comm" 2>/dev/null)" = mariadbd ]; then kill -KILL "$server"; fi
}
cleanup() {
  if [ -n "$run_pid" ]; then kill -TERM "$run_pid" 2>/dev/null || true; sleep 2; kill -KILL "$run_pid" 2>/dev/null || true; fi
  stop_clone_processes "$root/haven"
  stop_clone_processes "$root/restored"
  if [ "${HAVEN_FAULT_KEEP:-0}" = 1 ]; then echo "Kept: $root"; else rm -rf "$root"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

clone() {
  git clone -q . "$1"
  mkdir -p "$1/target"
  cp -R target/haven.war target/payara-micro.jar target/embedded-db target/classes "$1/target/"
  touch "$1/target/haven.war"
}

APP_PORT="$(haven_free_port)"
DB_PORT="$(haven_free_port)"
export PORT="$APP_PORT" HAVEN_EMBEDDED_DB_PORT="$DB_PORT" HAVEN_LIMITS_REPORTS_PER_HOUR=1000000 \
  HAVEN_LIMITS_REPORTS_PER_HOUR_PER_ADDRESS=1000000 HAVEN_LIMITS_RECEIPT_FAILURES_PER_10_MINUTES=1000000
base="http://127.0.0.1:$APP_PORT"
clone "$root/haven"
echo "Clone: $root/haven; Haven on 127.0.0.1:$APP_PORT, MariaDB on 127.0.0.1:$DB_PORT; $REPORTS reports a phase, $CLIENTS clients"

start_haven() {
  (cd "$root/haven" && setsid ./deploy/run.sh >> "$root/run.log" 2>&1 & echo $! > "$root/run.pid")
  run_pid="$(cat "$root/run.pid")"
  local started=$SECONDS
  until curl -sf -o /dev/null --max-time 5 "$base/health/ready"; do
    if ! kill -0 "$run_pid" 2>/dev/null || [ $((SECONDS - started)) -ge $READY_LIMIT ]; then
      echo "Haven did not become ready; the end of $root/run.log:" >&2; tail -30 "$root/run.log" >&2; exit 1
    fi
    sleep 1
  done
  echo "  Haven ready after $((SECONDS - started)) s"
}

stop_haven() {
  kill -TERM "$run_pid" 2>/dev/null || true
  local started=$SECONDS
  while kill -0 "$run_pid" 2>/dev/null && [ $((SECONDS - started)) -lt 240 ]; do sleep 0.5; done
  kill -KILL "$run_pid" 2>/dev/null || true
  stop_clone_processes "$root/haven"
  run_pid=""
}

d="$(date -u -d '2 days ago' +%Y-%m-%d)"
printf '{"schoolCode":"DEMO-COLLEGE","category":"INSULTS","description":"Fault test: insults in the comments of my photos since September.","occurredOn":"%s","frequency":"SEVERAL_TIMES","atSchool":false,"platforms":["snapchat"],"involved":"Two pupils","witness":false,"anonymous":true,"risk":{"immediateDanger":false,"selfHarm":false,"threats":false,"locationShared":false,"blackmail":false,"intimateImages":false}}' "$d" > "$root/report.json"

# Submits $REPORTS reports with $CLIENTS concurrent clients; each acknowledged receipt lands in $1/<n>.receipt.
submit() {
  local out="$1"
  mkdir -p "$out"
  seq 1 "$REPORTS" | xargs -P "$CLIENTS" -I{} sh -c \
    'curl -s --max-time 60 -o "$0/{}.json" -w "%{http_code}" -H "Content-Type: application/json" --data @"$1" "$2/api/v1/reports" > "$0/{}.code" 2>/dev/null || true' \
    "$out" "$root/report.json" "$base"
  local f
  for f in "$out"/*.code; do
    if [ "$(cat "$f")" = 201 ]; then
      sed -n 's/.*"receipt":"\([^"]*\)".*/\1/p' "${f%.code}.json" > "${f%.code}.receipt"
    fi
  done
}

# How many of the receipts in $1 open their report now.
retained() {
  find "$1" -name '*.receipt' -size +0 -print0 | xargs -0 -P 4 -I{} sh -c \
    'code=$(curl -s --max-time 60 -o /dev/null -w "%{http_code}" -H "Content-Type: application/json" --data "{\"receipt\":\"$(cat "{}")\"}" "$0/api/v1/reports/access"); [ "$code" = 200 ] && echo ok || echo "lost {} $code" >&2' \
    "$base" 2>>"$root/lost.txt" | grep -c ok || true
}
acknowledged() { find "$1" -name '*.receipt' -size +0 | wc -l; }
answered_201() { { grep -lx 201 "$1"/*.code 2>/dev/null || true; } | wc -l; }
# Waits (at most 120 s) until half the phase's reports were answered 201, so that the fault hits a busy Haven.
await_half() {
  local started=$SECONDS
  while [ "$(answered_201 "$1")" -lt $((REPORTS / 2)) ] && [ $((SECONDS - started)) -lt 120 ]; do sleep 0.2; done
  answered_201 "$1"
}

echo "A. kill -9 of Payara Micro during submissions"
start_haven
submit "$root/a" & submitter=$!
a_before="$(await_half "$root/a")"
app_java="$(cut -d' ' -f1 "$root/haven/data/run.pids")"
kill -KILL "$app_java"
killed_at=$SECONDS
wait "$submitter" || true
wait_run=$SECONDS; while kill -0 "$run_pid" 2>/dev/null && [ $((SECONDS - wait_run)) -lt 180 ]; do sleep 0.5; done
stop_haven
start_haven
a_ack="$(acknowledged "$root/a")"; a_kept="$(retained "$root/a")"
echo "  killed once $a_before were acknowledged; acknowledged $a_ack of $REPORTS, retained $a_kept after the restart"

echo "B. kill -9 of mariadbd during submissions"
submit "$root/b" & submitter=$!
b_before="$(await_half "$root/b")"
server="$(cat "$root/haven/data/mariadb/mariadbd.pid")"
t0=$(date +%s.%N)
kill -KILL "$server"
t503=""; tready=""
while [ -z "$tready" ]; do
  code="$(curl -s -o /dev/null --max-time 5 -w '%{http_code}' "$base/health/ready" || true)"
  now=$(date +%s.%N)
  if [ -z "$t503" ] && [ "$code" != 200 ]; then t503="$(echo "$now - $t0" | bc)"; fi
  if [ -n "$t503" ] && [ "$code" = 200 ]; then tready="$(echo "$now - $t0" | bc)"; fi
  if [ "$(echo "$now - $t0 > $READY_LIMIT" | bc)" = 1 ]; then tready="not within $READY_LIMIT s"; fi
  sleep 0.2
done
wait "$submitter" || true
b_ack="$(acknowledged "$root/b")"; b_kept="$(retained "$root/b")"
echo "  /health/ready not 200 after ${t503} s, 200 again after ${tready} s (database restarted by run.sh)"
echo "  killed once $b_before were acknowledged; acknowledged $b_ack of $REPORTS, retained $b_kept"

echo "C. backup during submissions, restored into a second clone"
# One evidence file (a 1x1 PNG) on a report of phase B, so that the restore check opens real evidence.
echo 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==' \
  | base64 -d > "$root/evidence.png"
first_receipt="$(cat "$(find "$root/b" -name '*.receipt' -size +0 | head -1)")"
token="$(curl -s --max-time 60 -H 'Content-Type: application/json' --data "{\"receipt\":\"$first_receipt\"}" \
  "$base/api/v1/reports/access" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')"
evidence_code="$(curl -s --max-time 120 -o "$root/evidence.json" -w '%{http_code}' -H "Authorization: Bearer $token" \
  -F "file=@$root/evidence.png;type=image/png" "$base/api/v1/reports/mine/evidence" || true)"
echo "  evidence upload before the backup: HTTP $evidence_code"
submit "$root/c" & submitter=$!
before_backup="$(await_half "$root/c")"
b_started=$SECONDS
(cd "$root/haven" && ./deploy/backup.sh "$root/backups") > "$root/backup.log" 2>&1
backup_seconds=$((SECONDS - b_started))
wait "$submitter" || true
reports_now="$(cd "$root/haven" && . deploy/lib.sh && haven_db_target && haven_db_tools && haven_db_options "$root/c.cnf" \
  && "$MARIADB" --defaults-extra-file="$root/c.cnf" -N -B haven -e 'SELECT COUNT(*) FROM report')"
stop_haven
clone "$root/restored"
mkdir -p "$root/restored/data"
cp "$root/haven/data/receipt.key" "$root/haven/data/evidence.key" "$root/restored/data/"
r_started=$SECONDS
set +e
(cd "$root/restored" && HAVEN_EMBEDDED_DB_PORT="$(haven_free_port)" ./deploy/restore.sh "$root"/backups/*.tar.gz) \
  > "$root/restore.log" 2>&1
restore_status=$?
set -e
restore_seconds=$((SECONDS - r_started))
echo "  backup began once $before_backup reports of this phase were acknowledged (plus $a_ack + $b_ack before); it took ${backup_seconds} s"
echo "  $(grep -m1 '^Backup written' "$root/backup.log" || echo 'backup failed')"
echo "  restore (with Haven's own check) took ${restore_seconds} s, exit status $restore_status"
grep -E '^(Loaded|Rows|Keys|Verification|Restored)' "$root/restore.log" | sed 's/^/  /'

cat <<TXT

Figures ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)):
  A kill -9 Payara:  acknowledged $a_ack, retained $a_kept (killed at $a_before acknowledged)
  B kill -9 MariaDB: acknowledged $b_ack, retained $b_kept (killed at $b_before); not ready after ${t503} s, ready again after ${tready} s
  C backup under load: ${backup_seconds} s, begun at $((a_ack + b_ack + before_backup)) acknowledged in all;
    restored $(sed -n 's/^Rows: //p' "$root/restore.log"); restore + verification ${restore_seconds} s (status $restore_status);
    reports in the live database at the end: $reports_now
TXT
[ -s "$root/lost.txt" ] && { echo "Receipts that did not open:"; head -20 "$root/lost.txt"; }
exit 0
