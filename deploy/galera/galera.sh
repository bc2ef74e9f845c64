#!/usr/bin/env bash
# Three MariaDB Galera nodes on loopback, from Debian's mariadb-server and galera-4 (installed as root when
# missing), for trying Haven on a replicated database (issue 17; docs/operations.md, "Clustering").
#
#   deploy/galera/galera.sh start    makes (first time) and starts nodes 1..3, creates database and account haven
#   deploy/galera/galera.sh stop     stops the three nodes
#   deploy/galera/galera.sh status   prints each node's wsrep state and the cluster size
#   deploy/galera/galera.sh url      prints the HAVEN_DB_URL that lists the three nodes (Connector/J fail-over)
#   deploy/galera/galera.sh kill N   kills node N at once (kill -9), as a machine that dies
#
# Folder: HAVEN_GALERA_DIR (default ./data/galera), one data folder, socket, log and configuration per node.
# Ports: HAVEN_GALERA_PORT (default 3311) for node 1's SQL port, +1 and +2 for nodes 2 and 3; the Galera group
# port is SQL port + 1000, the state transfer ports + 2000 (IST) and + 3000 (SST, rsync). All bound to 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/../.."
. deploy/lib.sh

DIR="${HAVEN_GALERA_DIR:-data/galera}"
BASE="${HAVEN_GALERA_PORT:-3311}"
PROVIDER="${HAVEN_GALERA_PROVIDER:-/usr/lib/galera/libgalera_smm.so}"
CMD="${1:-status}"

port() { echo $((BASE + $1 - 1)); }
members() { echo "127.0.0.1:$(($(port 1) + 1000)),127.0.0.1:$(($(port 2) + 1000)),127.0.0.1:$(($(port 3) + 1000))"; }
sql() { local n="$1"; shift; mariadb --protocol=socket -S "$ABS/node$n.sock" -uroot -N -B "$@"; }

requirements() {
  haven_require_command mariadbd mariadb-server "The Galera nodes are Debian's MariaDB server"
  [ -f "$PROVIDER" ] || { haven_require_command galera_recovery galera-4 "Galera's provider library" || true; }
  [ -f "$PROVIDER" ] || { echo "Galera provider $PROVIDER missing: apt-get install galera-4" >&2; exit 1; }
  haven_require_command rsync rsync "Galera's state transfer (SST) uses rsync"
}

write_config() {
  local n="$1" p
  p="$(port "$n")"
  cat > "$ABS/node$n.cnf" <<CNF
[mysqld]
datadir=$ABS/node$n
socket=$ABS/node$n.sock
pid-file=$ABS/node$n.pid
log-error=$ABS/node$n.err
port=$p
bind-address=127.0.0.1
skip-name-resolve
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
innodb_buffer_pool_size=64M
innodb_log_file_size=32M
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
# Galera writes a binary log of rows: creating Haven's triggers (the audit log's append-only guards) then needs
# SUPER or this setting; the triggers are deterministic. The same holds for any MariaDB with binary logging.
log_bin_trust_function_creators=1
wsrep_on=ON
wsrep_provider=$PROVIDER
wsrep_cluster_name=haven-galera
wsrep_cluster_address=gcomm://$(members)
wsrep_node_name=node$n
wsrep_node_address=127.0.0.1:$((p + 1000))
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$((p + 1000));ist.recv_addr=127.0.0.1:$((p + 2000))"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:$((p + 3000))
CNF
}

start_node() {
  local n="$1" extra="${2:-}" user=()
  # As root, the nodes run as Debian's mysql account: the state transfer's rsync daemon would otherwise drop to
  # "nobody" and be refused the joiner's data folder.
  if [ "$(id -u)" = 0 ]; then user=(--user=mysql); chown -R mysql:mysql "$ABS"; fi
  if [ ! -d "$ABS/node$n/mysql" ]; then
    mariadb-install-db --defaults-file="$ABS/node$n.cnf" "${user[@]}" --auth-root-authentication-method=socket \
      > "$ABS/node$n.install.log" 2>&1
  fi
  setsid mariadbd --defaults-file="$ABS/node$n.cnf" "${user[@]}" $extra >> "$ABS/node$n.out" 2>&1 &
  echo $! > "$ABS/node$n.launcher"
  local started=$SECONDS
  until [ "$(sql "$n" -e "SHOW STATUS LIKE 'wsrep_ready'" 2>/dev/null | cut -f2)" = ON ]; do
    if [ $((SECONDS - started)) -gt 180 ]; then echo "node $n not ready after 180 s; see $ABS/node$n.err" >&2; return 1; fi
    sleep 1
  done
  echo "node $n ready on 127.0.0.1:$(port "$n") ($((SECONDS - started)) s)"
}

case "$CMD" in
  start)
    requirements
    mkdir -p "$DIR"
    ABS="$(cd "$DIR" && pwd)"
    for n in 1 2 3; do write_config "$n"; done
    # Node 1 starts a new cluster only when no node ran before (or after a full stop, from the last one to stop).
    bootstrap="--wsrep-new-cluster"
    if [ -f "$ABS/node1/grastate.dat" ]; then
      sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$ABS/node1/grastate.dat"
    fi
    start_node 1 "$bootstrap"
    start_node 2
    start_node 3
    if [ ! -s "$ABS/haven.password" ]; then
      (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=\n' > "$ABS/haven.password")
    fi
    pw="$(cat "$ABS/haven.password")"
    sql 1 -e "CREATE DATABASE IF NOT EXISTS haven CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
      CREATE USER IF NOT EXISTS 'haven'@'127.0.0.1' IDENTIFIED BY '$pw';
      GRANT ALL ON haven.* TO 'haven'@'127.0.0.1';"
    sql 1 -e "SHOW STATUS LIKE 'wsrep_cluster_size'"
    echo "HAVEN_DB_URL=$("$0" url) HAVEN_DB_USER=haven HAVEN_DB_PASSWORD=\$(cat $DIR/haven.password)"
    ;;
  stop)
    ABS="$(cd "$DIR" && pwd)"
    for n in 3 2 1; do
      pid="$(cat "$ABS/node$n.pid" 2>/dev/null || true)"
      [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 60); do [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    done
    echo "stopped"
    ;;
  kill)
    ABS="$(cd "$DIR" && pwd)"
    pid="$(cat "$ABS/node${2:?node number}.pid")"
    kill -KILL "$pid"
    echo "node $2 (pid $pid) killed"
    ;;
  status)
    ABS="$(cd "$DIR" && pwd)"
    for n in 1 2 3; do
      echo "node $n: $(sql "$n" -e "SHOW STATUS WHERE Variable_name IN ('wsrep_ready','wsrep_cluster_size','wsrep_local_state_comment')" 2>/dev/null | tr '\n\t' ' =' || echo down)"
    done
    ;;
  url)
    # sequential: Connector/J uses node 1 while it answers, then the next one (all writes on one node at a time,
    # which avoids Galera's certification conflicts between nodes).
    echo "jdbc:mariadb:sequential://127.0.0.1:$(port 1),127.0.0.1:$(port 2),127.0.0.1:$(port 3)/haven"
    ;;
  *) echo "usage: $0 start|stop|status|url|kill N" >&2; exit 2 ;;
esac
