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

haven_require_maven() {
  if ! command -v mvn >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "Installing Maven (apt-get)..."
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq maven >/dev/null
    else
      echo "Haven builds with Maven 3.8+: install it (apt-get install maven) and run again." >&2
      return 1
    fi
  fi
}
