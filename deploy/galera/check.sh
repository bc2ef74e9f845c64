#!/usr/bin/env bash
# Runs once what issue 17 asks of Galera and prints the figures: three nodes (galera.sh), Haven on them through
# Connector/J's fail-over URL (node 1 first), a report written through Haven while node 1 serves it, read on
# nodes 2 and 3; node 1 killed; the report opened again with its receipt through Haven (now on node 2) and a new
# report written. Stops Haven and the nodes afterwards, whatever happens. Logs in HAVEN_GALERA_DIR (data/galera).
set -euo pipefail
cd "$(dirname "$0")/../.."
. deploy/lib.sh
haven_find_jdk
export HAVEN_GALERA_DIR="${HAVEN_GALERA_DIR:-data/galera}"
G=deploy/galera/galera.sh
PORT="${PORT:-$(haven_free_port)}"
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && { kill -TERM "$app_pid" 2>/dev/null; sleep 5; kill -KILL -- "-$app_pid" 2>/dev/null || true; }
  "$G" stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

"$G" start
mkdir -p "$HAVEN_GALERA_DIR"
ABS="$(cd "$HAVEN_GALERA_DIR" && pwd)"
n2() { mariadb --protocol=socket -S "$ABS/node$1.sock" -uroot -N -B haven -e "$2"; }

export HAVEN_DB_URL="$("$G" url)" HAVEN_DB_USER=haven HAVEN_DB_PASSWORD="$(cat "$ABS/haven.password")"
export HAVEN_RECEIPT_KEY="$(head -c 48 /dev/urandom | base64 | tr -d '\n')"
export HAVEN_EVIDENCE_KEY="galera:$(head -c 32 /dev/urandom | base64 | tr -d '\n')"
export HAVEN_DEMO=true PORT
echo "Haven on http://127.0.0.1:$PORT over $HAVEN_DB_URL"
setsid deploy/run.sh > "$ABS/haven.log" 2>&1 &
app_pid=$!
t0=$SECONDS
until curl -fs -o /dev/null --max-time 5 "http://127.0.0.1:$PORT/health/ready"; do
  kill -0 "$app_pid" 2>/dev/null || { echo "Haven ended; see $ABS/haven.log" >&2; tail -30 "$ABS/haven.log" >&2; exit 1; }
  [ $((SECONDS - t0)) -lt 400 ] || { echo "Haven not ready after 400 s" >&2; exit 1; }
  sleep 2
done
echo "Haven ready on Galera after $((SECONDS - t0)) s"

report='{"schoolCode":"COLLEGE","category":"INSULTS","description":"Galera check: messages every evening in the class group.","occurredOn":"2026-12-01","platforms":[],"witness":false,"anonymous":true,"risk":{"immediateDanger":false,"selfHarm":false,"threats":false,"locationShared":false,"blackmail":false,"intimateImages":false}}'
school="$(curl -fs "http://127.0.0.1:$PORT/api/v1/schools" | sed -n 's/.*"code":"\([^"]*\)".*/\1/p' | head -1)"
report="${report/COLLEGE/$school}"
before2="$(n2 2 'SELECT COUNT(*) FROM report')"
answer="$(curl -s -w ' %{http_code}' -H 'Content-Type: application/json' -d "$report" "http://127.0.0.1:$PORT/api/v1/reports")"
echo "report through node 1: HTTP ${answer##* }"
receipt="$(echo "$answer" | sed -n 's/.*"receipt":"\([^"]*\)".*/\1/p')"
[ -n "$receipt" ] || { echo "no receipt: $answer" >&2; exit 1; }
echo "on node 2: $before2 -> $(n2 2 'SELECT COUNT(*) FROM report') reports; on node 3: $(n2 3 'SELECT COUNT(*) FROM report')"

"$G" kill 1
killed=$(date +%s%N)
for i in $(seq 1 60); do
  code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -H 'Content-Type: application/json' \
    -d "{\"receipt\":\"$receipt\"}" "http://127.0.0.1:$PORT/api/v1/reports/access")"
  [ "$code" = 200 ] && break
  echo "  receipt through Haven after the kill: HTTP $code (try $i)"
  sleep 1
done
echo "receipt opened through Haven (node 2) after node 1 was killed: HTTP $code, $(( ($(date +%s%N) - killed) / 1000000 )) ms after the kill"
code2="$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -d "$report" "http://127.0.0.1:$PORT/api/v1/reports")"
echo "a new report after the kill: HTTP $code2; reports on node 2: $(n2 2 'SELECT COUNT(*) FROM report'), node 3: $(n2 3 'SELECT COUNT(*) FROM report')"
"$G" status || true
