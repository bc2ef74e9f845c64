# Shared helpers of deploy/*.sh (sourced, not run).

# Sets JAVA_HOME to a JDK 21 or newer: JAVA_HOME if it is one, else the newest under /usr/lib/jvm.
haven_find_jdk() {
  local candidate version
  for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidate="${candidate%/}"
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java.specification.version = //p')
    if [ -n "$version" ] && [ "${version%%.*}" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  echo "Haven needs a JDK 21 or newer (Payara Micro 7 does not start on older ones)." >&2
  echo "Install one (for example Debian's openjdk-21-jdk or Temurin 25) or set JAVA_HOME to it." >&2
  return 1
}

# haven_require_command COMMAND PACKAGE WHY: installs Debian's PACKAGE when COMMAND is missing and this runs as
# root; otherwise says WHY it is needed and how to install it.
haven_require_command() {
  if ! command -v "$1" >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "Installing $2 (apt-get)..."
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
    else
      echo "$3: install it (apt-get install $2) and run again." >&2
      return 1
    fi
  fi
}

haven_require_maven() {
  haven_require_command mvn maven "Haven builds with Maven 3.8+"
}

# The database that backup.sh and restore.sh work on: HAVEN_DB_URL (jdbc:mariadb://host[:port]/db) with
# HAVEN_DB_USER and HAVEN_DB_PASSWORD, else the embedded one of run.sh (port HAVEN_EMBEDDED_DB_PORT, default 3307,
# its password in data/mariadb/haven.password). Sets DB_HOST DB_PORT DB_NAME DB_USER DB_PASSWORD DB_EMBEDDED.
haven_db_target() {
  if [ -n "${HAVEN_DB_URL:-}" ]; then
    if [[ ! "$HAVEN_DB_URL" =~ ^jdbc:(mariadb|mysql)://([^/:?]+)(:([0-9]+))?/([A-Za-z0-9_]+) ]]; then
      echo "HAVEN_DB_URL must look like jdbc:mariadb://host:3306/haven (it is: $HAVEN_DB_URL)" >&2
      return 1
    fi
    DB_HOST="${BASH_REMATCH[2]}" DB_PORT="${BASH_REMATCH[4]:-3306}" DB_NAME="${BASH_REMATCH[5]}"
    DB_USER="${HAVEN_DB_USER:-haven}" DB_PASSWORD="${HAVEN_DB_PASSWORD:-}" DB_EMBEDDED=no
  else
    DB_HOST=127.0.0.1 DB_PORT="${HAVEN_EMBEDDED_DB_PORT:-3307}" DB_NAME=haven DB_USER=haven DB_EMBEDDED=yes
    DB_PASSWORD="$(cat data/mariadb/haven.password 2>/dev/null || true)"
  fi
}

# Finds mariadb and mariadb-dump: the embedded server's own (data/mariadb/server, unpacked by run.sh), else the
# system's, else Debian's mariadb-client installed as root. Sets MARIADB and MARIADB_DUMP.
haven_db_tools() {
  local own=data/mariadb/server
  if [ -x "$own/bin/mariadb-dump" ] && [ -x "$own/bin/mariadb" ]; then
    export LD_LIBRARY_PATH="$PWD/$own/libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
    MARIADB="$PWD/$own/bin/mariadb" MARIADB_DUMP="$PWD/$own/bin/mariadb-dump"
    return 0
  fi
  if ! command -v mariadb-dump >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "Installing Debian's mariadb-client (apt-get)..." >&2
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-client >/dev/null
    else
      echo "mariadb-dump is missing: install mariadb-client (apt-get install mariadb-client) and run again." >&2
      return 1
    fi
  fi
  MARIADB="$(command -v mariadb)" MARIADB_DUMP="$(command -v mariadb-dump)"
}

# Writes a client option file (mode 0600) for DB_*: the password never appears on a command line. Prints its path.
haven_db_options() {
  local file="$1"
  (umask 077; printf '[client]\nhost=%s\nport=%s\nuser=%s\npassword=%s\nprotocol=TCP\n' \
    "$DB_HOST" "$DB_PORT" "$DB_USER" "$DB_PASSWORD" > "$file")
}

# Fingerprints (SHA-256) of the keys Haven runs with, one a line, never the keys themselves: the demo's files in
# ./data when no variable is set.
haven_key_fingerprints() {
  local receipt="${HAVEN_RECEIPT_KEY:-}" evidence="${HAVEN_EVIDENCE_KEY:-}" older="${HAVEN_EVIDENCE_KEYS:-}" k
  [ -n "$receipt" ] || receipt="$(cat data/receipt.key 2>/dev/null || true)"
  [ -n "$evidence" ] || evidence="$(cat data/evidence.key 2>/dev/null || true)"
  [ -n "$older" ] || older="$(cat data/evidence.keys 2>/dev/null || true)"
  fingerprint() { if [ -n "$1" ]; then printf '%s' "$1" | sha256sum | cut -c1-64; else echo none; fi; }
  key_id() { if [[ "$1" == *:* ]]; then echo "${1%%:*}"; else echo "-"; fi; }
  echo "receipt-key sha256:$(fingerprint "$receipt")"
  echo "evidence-key $(key_id "$evidence") sha256:$(fingerprint "$evidence")"
  IFS=',' read -r -a k <<< "$older"
  for older in "${k[@]:-}"; do
    [ -n "$older" ] && echo "evidence-older-key $(key_id "$older") sha256:$(fingerprint "$older")"
  done
  return 0
}

# Prints a TCP port on which nothing listens on loopback (checked, not reserved: use it at once).
haven_free_port() {
  local p
  for p in $(shuf -i 20000-45000 -n 100); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
  done
  echo "No free port found" >&2
  return 1
}

# Waits until a line starting with one of the markers appears in a log, the process ends or the time is up.
# Prints the first marker line found; returns 1 when none came.
haven_wait_marker() {
  local log="$1" pid="$2" seconds="$3" pattern="$4" started=$SECONDS line
  while [ $((SECONDS - started)) -lt "$seconds" ]; do
    line="$(grep -m1 -E "$pattern" "$log" 2>/dev/null || true)"
    if [ -n "$line" ]; then echo "$line"; return 0; fi
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.5
  done
  return 1
}

# Starts the embedded MariaDB of run.sh (folder $1, port $2) in the background and waits until it is ready.
# Sets HAVEN_DB_LAUNCHER_PID. Fails with the launcher's reason when it refuses or does not start.
haven_start_embedded_db() {
  local dir="$1" port="$2" log="$3" marker
  : > "$log"
  setsid "$JAVA_HOME/bin/java" -Dhaven.db.min-free-mb="${HAVEN_DB_MIN_FREE_MB:-256}" \
    -cp "target/classes:target/embedded-db/*" org.haven.platform.embedded.EmbeddedMariaDbMain \
    "$dir" "$port" haven >> "$log" 2>&1 &
  HAVEN_DB_LAUNCHER_PID=$!
  marker="$(haven_wait_marker "$log" "$HAVEN_DB_LAUNCHER_PID" 240 '^HAVEN-DB-(READY|REFUSED)' || true)"
  case "$marker" in
    HAVEN-DB-READY*) return 0 ;;
    HAVEN-DB-REFUSED*) echo "The embedded MariaDB was not started: ${marker#HAVEN-DB-REFUSED }" >&2 ;;
    *) echo "The embedded MariaDB did not start; the end of $log:" >&2; tail -20 "$log" >&2 ;;
  esac
  kill -TERM "$HAVEN_DB_LAUNCHER_PID" 2>/dev/null || true
  return 1
}

# Builds what is missing or older than the sources (mvn package, tests skipped).
haven_build_if_needed() {
  local newest
  newest=$(find src pom.xml -type f -newer target/haven.war 2>/dev/null | head -1 || true)
  if [ ! -f target/haven.war ] || [ ! -f target/payara-micro.jar ] || [ ! -d target/embedded-db ] || [ -n "$newest" ]; then
    echo "Building Haven (mvn package, tests skipped)..."
    mvn -B -q -DskipTests package
  fi
}
