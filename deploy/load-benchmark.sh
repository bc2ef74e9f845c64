#!/usr/bin/env bash
# Throughput of Haven under HTTP load, next to its baselines, in one run (issue 15). Prints req/s, p50 and p99
# for: a bare Payara Micro answering hello-JSON; the public schools list; GET /api/v1/me; the case list as a
# referent at 8 and 32 connections; a case page (Faces) as a referent; report submission at 2 and 32 connections
# next to one PBKDF2 hash per request on the bare server (same JVM, same machine); and each figure's ratio to its
# baseline. Figures, not assertions: compare them between versions on the same, otherwise idle, machine.
#
# Starts, on free loopback ports, an embedded MariaDB (fresh, demo district), Haven (abuse limits raised so that
# the load is measured, not refused) and a bare Payara Micro with the one-resource WAR of src/bench/hello (never
# in haven.war); drives them with wrk (Debian's, installed when missing and run as root); stops all it started.
#
# HAVEN_LOAD_SECONDS: seconds of each measurement (default 10, after a warm-up of a third of it).
# HAVEN_BENCH_INSTANCES: 2 or more measures Haven as a cluster behind deploy/cluster.sh's balancer (issue 17).
set -euo pipefail
cd "$(dirname "$0")/.."
. deploy/lib.sh
haven_find_jdk
haven_require_maven

SECONDS_EACH="${HAVEN_LOAD_SECONDS:-10}"
WARMUP=$(( SECONDS_EACH / 3 > 1 ? SECONDS_EACH / 3 : 1 ))
PASSWORD="Demo-Haven-2026"
WORK=target/load-bench

haven_require_command wrk wrk "This benchmark drives the servers with wrk" || exit 1

newest_source=$(find src/main pom.xml -type f -newer target/haven.war 2>/dev/null | head -1 || true)
if [ ! -f target/haven.war ] || [ ! -f target/payara-micro.jar ] || [ ! -d target/embedded-db ] || [ -n "$newest_source" ]; then
  echo "Building Haven (mvn package, tests skipped)..."
  mvn -B -q -DskipTests package
fi

rm -rf "$WORK"
mkdir -p "$WORK/hello/classes/WEB-INF/classes"
echo "Building the bare WAR (src/bench/hello)..."
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$WORK/provided.classpath" -Dmdep.includeScope=provided \
  2>&1 | grep -v '^WARNING' || true
"$JAVA_HOME/bin/javac" --release 21 -nowarn -cp "$(cat "$WORK/provided.classpath")" \
  -d "$WORK/hello/classes/WEB-INF/classes" $(find src/bench/hello -name '*.java')
"$JAVA_HOME/bin/jar" --create --file "$WORK/hello.war" -C "$WORK/hello/classes" .

pids=()
cleanup() {
  local pid
  for pid in "${pids[@]:-}"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]:-}"; do
    [ -n "$pid" ] && wait "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT INT TERM

# A port nobody listens on, on loopback.
free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$(( 20000 + RANDOM % 30000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  echo "No free port found." >&2
  return 1
}

# Waits (bounded) until the URL answers, or says why not.
wait_http() {
  local url=$1 pid=$2 log=$3 limit=$4
  for _ in $(seq 1 "$limit"); do
    if curl -sf -o /dev/null --max-time 2 "$url"; then
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "The server for $url stopped; the end of $log:" >&2
      tail -20 "$log" >&2
      exit 1
    fi
    sleep 1
  done
  echo "$url does not answer after $limit s; the end of $log:" >&2
  tail -20 "$log" >&2
  exit 1
}

# Payara Micro, HTTP on loopback only, no cluster, no phone home.
# Single instances: no web session persistence (Payara's HA valve would serialise every session per request).
{ echo "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1"
  echo "set configs.config.server-config.availability-service.web-container-availability.availability-enabled=false"
} > "$WORK/loopback.asadmin"
start_payara() {
  local war=$1 port=$2 log=$3
  shift 3
  "$JAVA_HOME/bin/java" -Duser.timezone=UTC -Dfile.encoding=UTF-8 "$@" -jar target/payara-micro.jar \
    --deploy "$war" --contextroot / --port "$port" --nocluster --disablephonehome --interfaces 127.0.0.1 \
    --prebootcommandfile "$WORK/loopback.asadmin" > "$log" 2>&1 &
  pids+=($!)
}

DB_PORT=$(free_port)
echo "Starting an embedded MariaDB on 127.0.0.1:$DB_PORT (fresh, in $WORK/mariadb)..."
# run.sh's embedded MariaDB (lib.sh): it checks passwords, the generated one is kept in its folder.
haven_start_embedded_db "$PWD/$WORK/mariadb" "$DB_PORT" "$WORK/mariadb.log" || exit 1
pids+=("$HAVEN_DB_LAUNCHER_PID")
DB_PASSWORD="$(cat "$WORK/mariadb/haven.password")"

HAVEN_PORT=$(free_port)
INSTANCES="${HAVEN_BENCH_INSTANCES:-1}"
BENCH_RECEIPT_KEY="$(head -c 48 /dev/urandom | base64 | tr -d '\n')"
BENCH_EVIDENCE_KEY="bench:$(head -c 32 /dev/urandom | base64 | tr -d '\n')"
LIMITS="-Dhaven.limits.reports-per-hour=1000000000 -Dhaven.limits.reports-per-hour-per-address=1000000000"
if [ "$INSTANCES" -gt 1 ]; then
  # Issue 17: the same figures through deploy/cluster.sh's balancer (round robin: wrk keeps no balancer cookie,
  # so a Faces session is read from Hazelcast by whichever instance answers).
  echo "Starting a cluster of $INSTANCES instances behind haproxy on 127.0.0.1:$HAVEN_PORT (demo district)..."
  PORT="$HAVEN_PORT" HAVEN_INSTANCES="$INSTANCES" HAVEN_SKIP_BUILD=1 HAVEN_CLUSTER_LOGS="$PWD/$WORK/cluster" \
  HAVEN_DB_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/haven" HAVEN_DB_USER=haven HAVEN_DB_PASSWORD="$DB_PASSWORD" HAVEN_DEMO=true \
  HAVEN_RECEIPT_KEY="$BENCH_RECEIPT_KEY" HAVEN_EVIDENCE_KEY="$BENCH_EVIDENCE_KEY" \
  HAVEN_PUBLIC_URL="http://127.0.0.1:$HAVEN_PORT" HAVEN_JAVA_OPTS="${HAVEN_JAVA_OPTS:-} $LIMITS" \
    deploy/cluster.sh > "$WORK/haven.log" 2>&1 &
  pids+=($!)
else
  echo "Starting Haven on 127.0.0.1:$HAVEN_PORT (demo district, abuse limits raised)..."
  HAVEN_DB_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/haven" HAVEN_DB_USER=haven HAVEN_DB_PASSWORD="$DB_PASSWORD" HAVEN_DEMO=true \
  HAVEN_RECEIPT_KEY="$BENCH_RECEIPT_KEY" HAVEN_EVIDENCE_KEY="$BENCH_EVIDENCE_KEY" \
  HAVEN_PUBLIC_URL="http://127.0.0.1:$HAVEN_PORT" \
    start_payara target/haven.war "$HAVEN_PORT" "$WORK/haven.log" $LIMITS
fi
haven_pid=${pids[-1]}

BARE_PORT=$(free_port)
echo "Starting a bare Payara Micro on 127.0.0.1:$BARE_PORT (hello WAR)..."
start_payara "$WORK/hello.war" "$BARE_PORT" "$WORK/bare.log"
bare_pid=${pids[-1]}

HAVEN="http://127.0.0.1:$HAVEN_PORT"
BARE="http://127.0.0.1:$BARE_PORT"
wait_http "$BARE/hello" "$bare_pid" "$WORK/bare.log" 240
wait_http "$HAVEN/api/v1/schools" "$haven_pid" "$WORK/haven.log" $(( INSTANCES > 1 ? 600 : 300 ))
if [ "$INSTANCES" -gt 1 ]; then
  for i in $(seq 1 "$INSTANCES"); do wait_http "http://127.0.0.1:$((HAVEN_PORT + i))/health/ready" "$haven_pid" "$WORK/haven.log" 600; done
  sleep 5  # two health checks of the balancer (every 2 s) before every instance takes requests
fi
if ss -ltn 2>/dev/null | grep -E ":($HAVEN_PORT|$BARE_PORT)\b" | grep -vq "127.0.0.1"; then
  echo "Note: an HTTP listener is not bound to loopback only (see ss -ltn)." >&2
fi

token() {
  curl -s --max-time 30 -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$PASSWORD\"}" "$HAVEN/api/v1/auth/token" \
    | sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p'
}

# Signs in through the Faces login form and prints the session cookie.
web_session() {
  local jar="$WORK/cookies" page="$WORK/login.html" state
  rm -f "$jar"
  curl -s --max-time 30 -c "$jar" -b "$jar" "$HAVEN/login.xhtml" > "$page"
  state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$page" | head -1 | sed 's/.*value="//; s/"$//')
  curl -s --max-time 30 -o /dev/null -c "$jar" -b "$jar" --data-urlencode "login=login" \
    --data-urlencode "login:username=$1" --data-urlencode "login:password=$PASSWORD" \
    --data-urlencode "login:submit=" --data-urlencode "jakarta.faces.ViewState=$state" "$HAVEN/login.xhtml"
  # The session's cookies as a browser sends them: HAVENSESSION and Payara's JSESSIONIDVERSION (the replicated
  # session's version: without it, an instance other than the one that made the session may not find it, see
  # docs/operations.md "Clustering"), and the cluster balancer's sticky cookie when there is one.
  awk '$6 == "HAVENSESSION" || $6 == "JSESSIONIDVERSION" || $6 == "HAVENLB" { print $6 "=" $7 }' "$jar" \
    | paste -sd ';' | sed 's/;/; /g'
}

cat > "$WORK/post.lua" <<'LUA'
-- POSTs the body of the file named by the environment variable BODY_FILE, as JSON.
local f = assert(io.open(os.getenv("BODY_FILE"), "r"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
LUA
cat > "$WORK/percentiles.lua" <<'LUA'
-- Prints the 95th percentile of latency, which wrk's --latency table leaves out (the case page's goal is a p95).
function done(summary, latency, requests)
  io.write(string.format("p95 %.2fms\n", latency:percentile(95) / 1000))
end
LUA
cp "$WORK/percentiles.lua" "$WORK/get.lua"
cat "$WORK/percentiles.lua" >> "$WORK/post.lua"
# Report submission at a chosen offered load: each connection waits PACE_MS between its requests (wrk's delay()).
{ cat "$WORK/post.lua"; echo 'function delay() return tonumber(os.getenv("PACE_MS")) end'; } > "$WORK/paced.lua"
cat > "$WORK/report.json" <<JSON
{"schoolCode":"demo-college","category":"INSULTS","description":"Depuis la rentrée, deux élèves m’insultent en commentaire de mes photos.","occurredOn":"$(date -u -d '2 days ago' +%F)","frequency":"SEVERAL_TIMES","atSchool":false,"platforms":["snapchat"],"involved":"Deux élèves de 4e","witness":false,"anonymous":true,"risk":{"immediateDanger":false,"selfHarm":false,"threats":false,"locationShared":false,"blackmail":false,"intimateImages":false}}
JSON
echo '{}' > "$WORK/empty.json"

# Runs wrk (warm-up, then the measurement) and prints "req/s p50 p95 p99 non-2xx". Every script ends with
# percentiles.lua's done(), which prints the p95 wrk itself does not; a GET without a script of its own gets it alone.
measure() {
  local connections=$1 url=$2
  shift 2
  [[ " $* " == *" -s "* ]] || set -- "$@" -s "$WORK/get.lua"
  local threads=$(( connections < 2 ? 1 : 2 )) out
  timeout $(( WARMUP + 30 )) wrk -t"$threads" -c"$connections" -d"${WARMUP}s" --timeout 30s "$@" "$url" >/dev/null 2>&1 || true
  out=$(timeout $(( SECONDS_EACH + 60 )) wrk -t"$threads" -c"$connections" -d"${SECONDS_EACH}s" --timeout 30s \
    --latency "$@" "$url" 2>&1) || true
  local rps p50 p95 p99 errors
  rps=$(echo "$out" | awk '/^Requests\/sec:/ { print $2 }')
  p50=$(echo "$out" | awk '$1 == "50%" { print $2 }')
  p95=$(echo "$out" | awk '$1 == "p95" { print $2 }')
  p99=$(echo "$out" | awk '$1 == "99%" { print $2 }')
  errors=$(echo "$out" | awk '/Non-2xx or 3xx responses:/ { print $5 }')
  echo "${rps:-0} ${p50:--} ${p95:--} ${p99:--} ${errors:-0}"
}

declare -A RATE
row() {
  local name=$1 result=$2 baseline=${3:-}
  local rps p50 p95 p99 errors ratio="-"
  read -r rps p50 p95 p99 errors <<< "$result"
  RATE[$name]=$rps
  if [ -n "$baseline" ] && [ -n "${RATE[$baseline]:-}" ]; then
    ratio=$(awk -v a="$rps" -v b="${RATE[$baseline]}" 'BEGIN { if (b > 0) printf "%.1f%%", 100 * a / b; else print "-" }')
  fi
  printf '%-48s %10s %10s %10s %10s %12s %8s\n' "$name" "$rps" "$p50" "$p95" "$p99" "$ratio" "$errors"
}

referent_token=$(token referent.college)
[ -n "$referent_token" ] || { echo "No API token for referent.college; see $WORK/haven.log" >&2; exit 1; }
case_id=$(curl -s --max-time 30 -H "Authorization: Bearer $referent_token" "$HAVEN/api/v1/cases?size=1" \
  | grep -o '"id" *: *[0-9]*' | head -1 | grep -o '[0-9]*$')
session=$(web_session referent.college)
[ -n "$case_id" ] || { echo "No case in the scope of referent.college." >&2; exit 1; }
[ -n "$session" ] || { echo "No web session for referent.college (login form changed?)." >&2; exit 1; }
page_status=$(curl -s -o /dev/null --max-time 60 -w '%{http_code}' -H "Cookie: $session" "$HAVEN/staff/case.xhtml?id=$case_id")
[ "$page_status" = 200 ] || { echo "The case page answers $page_status to the signed-in referent, not 200." >&2; exit 1; }

# Haven's code is compiled by the JIT only once it runs: warm every path measured below first (not counted).
echo "Warming Haven up ($(( WARMUP * 4 )) s)..."
for url in "$HAVEN/api/v1/schools" "$HAVEN/api/v1/me" "$HAVEN/api/v1/cases" "$HAVEN/staff/case.xhtml?id=$case_id"; do
  timeout $(( WARMUP + 30 )) wrk -t2 -c4 -d"${WARMUP}s" --timeout 30s -H "Authorization: Bearer $referent_token" \
    -H "Cookie: $session" "$url" >/dev/null 2>&1 || true
done

echo
echo "Load benchmark, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before it,"\
  "${SECONDS_EACH} s per figure (after ${WARMUP} s of warm-up), $(date -u +%FT%TZ)"
printf '%-48s %10s %10s %10s %10s %12s %8s\n' "what" "req/s" "p50" "p95" "p99" "of baseline" "non-2xx"
row "bare: hello-JSON (8 conn.)" "$(measure 8 "$BARE/hello")"
export BODY_FILE="$WORK/empty.json"
row "bare: PBKDF2 210k (2 conn.)" "$(measure 2 "$BARE/pbkdf2" -s "$WORK/post.lua")"
row "bare: PBKDF2 210k (32 conn.)" "$(measure 32 "$BARE/pbkdf2" -s "$WORK/post.lua")"
row "GET /api/v1/schools (8 conn.)" "$(measure 8 "$HAVEN/api/v1/schools")" "bare: hello-JSON (8 conn.)"
referent_token=$(token referent.college)
row "GET /api/v1/me, referent (8 conn.)" \
  "$(measure 8 "$HAVEN/api/v1/me" -H "Authorization: Bearer $referent_token")" "bare: hello-JSON (8 conn.)"
row "GET /api/v1/cases, referent (8 conn.)" \
  "$(measure 8 "$HAVEN/api/v1/cases" -H "Authorization: Bearer $referent_token")" "bare: hello-JSON (8 conn.)"
referent_token=$(token referent.college)
row "GET /api/v1/cases, referent (32 conn.)" \
  "$(measure 32 "$HAVEN/api/v1/cases" -H "Authorization: Bearer $referent_token")" "bare: hello-JSON (8 conn.)"
for c in 8 32; do
  referent_token=$(token referent.college)
  row "GET /api/v1/cases/{id}, referent ($c conn.)" \
    "$(measure "$c" "$HAVEN/api/v1/cases/$case_id" -H "Authorization: Bearer $referent_token")" "bare: hello-JSON (8 conn.)"
  row "GET /api/v1/cases/{id}/timeline, referent ($c conn.)" \
    "$(measure "$c" "$HAVEN/api/v1/cases/$case_id/timeline" -H "Authorization: Bearer $referent_token")" \
    "bare: hello-JSON (8 conn.)"
done
row "case page (Faces), referent (8 conn.)" \
  "$(measure 8 "$HAVEN/staff/case.xhtml?id=$case_id" -H "Cookie: $session")" "bare: hello-JSON (8 conn.)"
export BODY_FILE="$WORK/report.json"
row "POST /api/v1/reports (2 conn.)" \
  "$(measure 2 "$HAVEN/api/v1/reports" -s "$WORK/post.lua")" "bare: PBKDF2 210k (2 conn.)"
row "POST /api/v1/reports (32 conn.)" \
  "$(measure 32 "$HAVEN/api/v1/reports" -s "$WORK/post.lua")" "bare: PBKDF2 210k (32 conn.)"
# Issue 15's latency goal for reports is at an offered load of half the bare PBKDF2 rate: 8 connections, each
# pausing so that together they offer about that (a little less: a request's own time adds to its pause).
half=$(awk -v r="${RATE["bare: PBKDF2 210k (2 conn.)"]}" 'BEGIN { printf "%.2f", r / 2 }')
export PACE_MS=$(awk -v h="$half" 'BEGIN { printf "%d", (h > 0 ? 8000 / h : 1000) }')
row "POST /api/v1/reports, offered ~$half/s (8 conn.)" \
  "$(measure 8 "$HAVEN/api/v1/reports" -s "$WORK/paced.lua")" "bare: PBKDF2 210k (2 conn.)"
audit=$(curl -s --max-time 120 -H "Authorization: Bearer $(token admin)" "$HAVEN/api/v1/audit/verification")
echo
echo "Audit log after the run: $audit"
echo "Load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "(p50/p99 as wrk prints them; non-2xx should be 0: any other figure measures refusals. Logs in $WORK.)"
