#!/usr/bin/env bash
# Runs Haven as a cluster on one machine (issue 17): a load balancer (Debian's haproxy, installed as root when
# missing) on http://127.0.0.1:${PORT:-8080} and HAVEN_INSTANCES (default 2) Payara Micro instances on ports
# PORT+1 .. PORT+N, all bound to 127.0.0.1, joined in one Payara/Hazelcast cluster of their own (TCP-IP discovery
# on loopback, no multicast; a cluster name of its own), sharing web sessions, abuse limits and the login
# throttle, on one database: HAVEN_DB_URL (with HAVEN_DB_USER, HAVEN_DB_PASSWORD, HAVEN_RECEIPT_KEY and
# HAVEN_EVIDENCE_KEY, as for run.sh), or the embedded one that ./deploy/run.sh made in ./data.
# The balancer checks /health/ready on every instance every 2 s: an instance that dies or stops is taken out, and
# its users carry on on another (their sessions are replicated). Ctrl-C or SIGTERM stops the balancer, then every
# instance (requests in flight finish), then the embedded database; a second signal stops everything at once.
#
# Variables: PORT, HAVEN_INSTANCES, HAVEN_HZ_PORT (first Hazelcast port, default PORT+100: instance i uses
# HAVEN_HZ_PORT+i), HAVEN_CLUSTER_NAME (default: haven- and random hex, printed), HAVEN_JAVA_OPTS,
# HAVEN_CLUSTER_LOGS (default ./data/cluster or a temporary folder), HAVEN_LB_BIND (default 127.0.0.1).
set -euo pipefail
cd "$(dirname "$0")/.."
. deploy/lib.sh
haven_find_jdk

PORT="${PORT:-8080}"
N="${HAVEN_INSTANCES:-2}"
HZ_BASE="${HAVEN_HZ_PORT:-$((PORT + 100))}"
CLUSTER_NAME="${HAVEN_CLUSTER_NAME:-haven-$(head -c 8 /dev/urandom | od -An -tx1 | tr -d ' \n')}"
STOP_SECONDS="${HAVEN_STOP_SECONDS:-60}"
if ! [[ "$N" =~ ^[1-9][0-9]?$ ]]; then echo "HAVEN_INSTANCES must be 1 to 99 (it is: $N)" >&2; exit 1; fi

if [ -z "${HAVEN_SKIP_BUILD:-}" ]; then
  haven_require_maven
  haven_build_if_needed
fi
haven_require_command haproxy haproxy "The cluster's load balancer is haproxy"
haven_require_command curl curl "cluster.sh checks its instances with curl"

pids=() lb_pid="" db_pid="" stops=0
stop_all_now() {
  local pid
  for pid in "$lb_pid" "${pids[@]}" "$db_pid"; do
    [ -n "$pid" ] && { kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true; }
  done
}
on_stop_signal() {
  stops=$((stops + 1))
  if [ "$stops" -gt 1 ]; then echo "Stopping at once." >&2; stop_all_now; exit 130; fi
  echo "Stopping the cluster: balancer, then instances (requests in flight finish), then the database." >&2
}
trap on_stop_signal TERM INT
trap stop_all_now EXIT

# The database: the given one, or run.sh's embedded one (its folder, keys and password made by run.sh's first start).
if [ -z "${HAVEN_DB_URL:-}" ]; then
  if [ ! -d data/mariadb/data/mysql ] || [ ! -s data/mariadb/haven.password ] || [ ! -s data/receipt.key ]; then
    echo "No embedded database in ./data yet: run ./deploy/run.sh once (it makes the database, its password and" >&2
    echo "the keys, and loads the demo district), stop it, then run this again; or set HAVEN_DB_URL." >&2
    exit 1
  fi
  DB_PORT="${HAVEN_EMBEDDED_DB_PORT:-3307}"
  echo "Starting the embedded MariaDB on 127.0.0.1:$DB_PORT (data in ./data/mariadb)..."
  haven_start_embedded_db data/mariadb "$DB_PORT" data/mariadb.log || exit 1
  db_pid="$HAVEN_DB_LAUNCHER_PID"
  export HAVEN_DB_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/haven" HAVEN_DB_USER=haven
  HAVEN_DB_PASSWORD="$(cat data/mariadb/haven.password)"
  HAVEN_RECEIPT_KEY="${HAVEN_RECEIPT_KEY:-$(cat data/receipt.key)}"
  HAVEN_EVIDENCE_KEY="${HAVEN_EVIDENCE_KEY:-$(cat data/evidence.key)}"
  export HAVEN_DB_PASSWORD HAVEN_RECEIPT_KEY HAVEN_EVIDENCE_KEY
  export HAVEN_DEMO="${HAVEN_DEMO:-true}"
fi
if [ -z "${HAVEN_RECEIPT_KEY:-}" ]; then echo "Set HAVEN_RECEIPT_KEY (see docs/operations.md)" >&2; exit 1; fi

LOGS="${HAVEN_CLUSTER_LOGS:-}"
if [ -z "$LOGS" ]; then
  if [ -d data ]; then LOGS=data/cluster; else LOGS="$(mktemp -d -t haven-cluster.XXXXXX)"; fi
fi
mkdir -p "$LOGS"

: > "$LOGS/instances.pids"
members=""
for i in $(seq 1 "$N"); do members="${members:+$members,}127.0.0.1:$((HZ_BASE + i))"; done

# Every instance: the same cluster name and member list; Hazelcast on loopback only; host-aware partitioning off,
# else no instance would keep a backup of another's sessions (they all share one address on this machine).
export HAVEN_CLUSTER_SHARED_STATE=hazelcast
echo "Cluster $CLUSTER_NAME: $N instance(s) on 127.0.0.1:$((PORT + 1))..$((PORT + N)), Hazelcast on $members"
start_instance() {
  local i="$1"
  HAVEN_CLUSTER_INSTANCE_NAME="haven-$i" setsid "$JAVA_HOME/bin/java" -Duser.timezone=UTC -Dfile.encoding=UTF-8 \
    ${HAVEN_JAVA_OPTS:-} -jar target/payara-micro.jar \
    --deploy target/haven.war --contextroot / --port "$((PORT + i))" --disablephonehome \
    --name "haven-$i" --clustername "$CLUSTER_NAME" --clustermode "tcpip:$members" \
    --interfaces 127.0.0.1 --hzpublicaddress 127.0.0.1 --startport "$((HZ_BASE + i))" --nohostaware \
    --prebootcommandfile deploy/cluster-preboot.asadmin --postbootcommandfile deploy/payara-postboot.asadmin \
    > "$LOGS/haven-$i.log" 2>&1 &
  pids+=("$!")
  echo "$i $!" >> "$LOGS/instances.pids"
}
# Waits until instance $1 answers /health/ready (at most HAVEN_BOOT_SECONDS, default 300).
await_ready() {
  local i="$1" started=$SECONDS
  while [ $((SECONDS - started)) -lt "${HAVEN_BOOT_SECONDS:-300}" ] && [ "$stops" -eq 0 ]; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$((PORT + i))") 2>/dev/null \
      && curl -fs -o /dev/null --max-time 5 "http://127.0.0.1:$((PORT + i))/health/ready"; then
      echo "Instance haven-$i ready ($((SECONDS - started)) s)."
      return 0
    fi
    kill -0 "${pids[$((i - 1))]}" 2>/dev/null || { echo "Instance haven-$i ended; see $LOGS/haven-$i.log" >&2; return 1; }
    sleep 1
  done
  [ "$stops" -eq 0 ] || return 1
  echo "Instance haven-$i not ready after ${HAVEN_BOOT_SECONDS:-300} s; see $LOGS/haven-$i.log" >&2
  return 1
}

# The first instance alone migrates the schema and, in demo mode, loads the demo district; the others start once
# it is ready (two first starts at once would both try to load the district).
start_instance 1
cfg="$LOGS/haproxy.cfg"
{
  cat <<CFG
global
  maxconn 4096
defaults
  mode http
  option redispatch
  retries 2
  timeout connect 5s
  timeout client 120s
  timeout server 120s
frontend haven
  bind ${HAVEN_LB_BIND:-127.0.0.1}:$PORT
  default_backend instances
backend instances
  balance roundrobin
  # Sticky for speed (a session's cache stays warm on one instance); any instance can serve it (replicated).
  cookie HAVENLB insert indirect nocache httponly
  option httpchk GET /health/ready
  http-check expect status 200
  default-server inter 2s fall 2 rise 2
CFG
  for i in $(seq 1 "$N"); do echo "  server haven-$i 127.0.0.1:$((PORT + i)) check cookie h$i"; done
} > "$cfg"
haproxy -c -q -f "$cfg"
setsid haproxy -db -f "$cfg" > "$LOGS/haproxy.log" 2>&1 &
lb_pid=$!
echo "Load balancer on http://${HAVEN_LB_BIND:-127.0.0.1}:$PORT (logs in $LOGS); instances answer 20-60 s after start."
if await_ready 1; then
  for i in $(seq 2 "$N"); do start_instance "$i"; done
  for i in $(seq 2 "$N"); do await_ready "$i" || true; done
fi

# Runs until a signal, or until every instance has ended.
while [ "$stops" -eq 0 ]; do
  alive=0
  for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=$((alive + 1)); done
  if [ "$alive" -eq 0 ]; then echo "Every instance has ended; see $LOGS." >&2; break; fi
  sleep 1 & wait $! 2>/dev/null || true
done

kill -TERM "$lb_pid" 2>/dev/null || true
for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
started=$SECONDS
for pid in "${pids[@]}"; do
  while kill -0 "$pid" 2>/dev/null && [ $((SECONDS - started)) -lt "$STOP_SECONDS" ]; do sleep 0.5; done
done
if [ -n "$db_pid" ]; then
  kill -TERM "$db_pid" 2>/dev/null || true
  while kill -0 "$db_pid" 2>/dev/null && [ $((SECONDS - started)) -lt $((2 * STOP_SECONDS)) ]; do sleep 0.5; done
fi
echo "Cluster stopped." >&2
