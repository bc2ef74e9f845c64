#!/usr/bin/env bash
# What one view of the staff case page costs, counted rather than timed (issue 15): SQL statements by kind,
# audit entries written, Haven's JVM CPU and MariaDB's CPU per view, and the latency at one connection.
# Counts do not depend on the machine's load, so they compare between versions even on a busy machine.
#
# Runs against a Haven started by ./deploy/run.sh (embedded database) on PORT (default 8080):
#   PORT=8180 HAVEN_EMBEDDED_DB_PORT=3317 ./deploy/case-page-profile.sh [views]
# Signs in as referent.college with the demo password, views the first case of its list `views` times (default
# 200) after a warm-up, and prints the figures. SECTION=evidence (or file, safety, family, links, history) views
# that section of the page instead of the steps (issue 23: the page renders only the section asked for). Reads nothing it does not print; writes only the audit entries
# the views themselves write.
set -euo pipefail
cd "$(dirname "$0")/.."
. deploy/lib.sh
haven_db_target
haven_db_tools

PORT="${PORT:-8080}"
VIEWS="${1:-200}"
HAVEN="http://127.0.0.1:$PORT"
PASSWORD="${HAVEN_DEMO_PASSWORD:-Demo-Haven-2026}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
haven_db_options "$WORK/my.cnf"
sql() { "$MARIADB" --defaults-extra-file="$WORK/my.cnf" -N -B "$DB_NAME" -e "$1"; }

jvm_pid=$(pgrep -f "payara-micro.*--port $PORT" | head -1 || true)
[ -n "$jvm_pid" ] || jvm_pid=$(ss -ltnpH "sport = :$PORT" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
[ -n "$jvm_pid" ] || { echo "No Haven listening on port $PORT (start it with ./deploy/run.sh)." >&2; exit 1; }
db_pid=$(cat data/mariadb/mariadbd.pid 2>/dev/null || true)
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
hz=$(getconf CLK_TCK)

jar="$WORK/cookies"
curl -s --max-time 30 -c "$jar" -b "$jar" "$HAVEN/login.xhtml" > "$WORK/login.html"
state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$WORK/login.html" | head -1 | sed 's/.*value="//; s/"$//')
curl -s --max-time 30 -o /dev/null -c "$jar" -b "$jar" --data-urlencode "login=login" \
  --data-urlencode "login:username=referent.college" --data-urlencode "login:password=$PASSWORD" \
  --data-urlencode "login:submit=" --data-urlencode "jakarta.faces.ViewState=$state" "$HAVEN/login.xhtml"
case_id=$(sql "SELECT c.id FROM case_file c JOIN school s ON s.id = c.school_id WHERE s.code = 'demo-college' ORDER BY c.id LIMIT 1")
url="$HAVEN/staff/case.xhtml?id=$case_id${SECTION:+&section=$SECTION}"
status=$(curl -s -o "$WORK/page.html" -w '%{http_code}' --max-time 60 -b "$jar" "$url")
[ "$status" = 200 ] && grep -q 'id="case-summary"' "$WORK/page.html" \
  || { echo "The case page answered $status without the case to referent.college." >&2; exit 1; }

for _ in $(seq 1 50); do curl -s -o /dev/null --max-time 60 -b "$jar" "$url"; done

status_sql="SELECT variable_name, variable_value FROM information_schema.global_status WHERE variable_name IN
  ('COM_SELECT','COM_INSERT','COM_UPDATE','COM_DELETE','COM_COMMIT','QUESTIONS')"
sql "$status_sql" > "$WORK/before"
audit_before=$(sql "SELECT COUNT(*) FROM audit_entry")
jvm_before=$(ticks "$jvm_pid"); db_before=$( [ -n "$db_pid" ] && ticks "$db_pid" || echo 0)
start=$(date +%s%N)
for _ in $(seq 1 "$VIEWS"); do
  curl -s -o /dev/null -w '%{time_total}\n' --max-time 60 -b "$jar" "$url" >> "$WORK/times"
done
end=$(date +%s%N)
jvm_after=$(ticks "$jvm_pid"); db_after=$( [ -n "$db_pid" ] && ticks "$db_pid" || echo 0)
audit_after=$(sql "SELECT COUNT(*) FROM audit_entry")
sql "$status_sql" > "$WORK/after"

echo "Case page $url as referent.college, $VIEWS views, one connection, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
join "$WORK/before" "$WORK/after" | awk -v n="$VIEWS" '{ printf "  %-12s per view: %6.1f\n", tolower($1), ($3 - $2) / n }'
awk -v a="$audit_before" -v b="$audit_after" -v n="$VIEWS" 'BEGIN { printf "  audit entries per view: %.1f\n", (b - a) / n }'
awk -v a="$jvm_before" -v b="$jvm_after" -v d="$db_before" -v e="$db_after" -v n="$VIEWS" -v hz="$hz" \
  'BEGIN { printf "  CPU per view: Haven JVM %.1f ms, MariaDB %.1f ms\n", (b - a) * 1000 / hz / n, (e - d) * 1000 / hz / n }'
sort -n "$WORK/times" | awk '{ t[NR] = $1 * 1000 } END { printf "  latency (ms): p50 %.0f  p95 %.0f  max %.0f\n", t[int(NR*0.5)], t[int(NR*0.95)], t[NR] }'
awk -v s="$start" -v e="$end" -v n="$VIEWS" 'BEGIN { printf "  pages/s at one connection: %.1f\n", n / ((e - s) / 1e9) }'
echo "  page size: $(wc -c < "$WORK/page.html") bytes"
