#!/usr/bin/env bash
# Runs every test: unit, integration (Arquillian on Payara Micro, real MariaDB) and browser (headless Chromium).
# Installs Debian's chromium and chromium-driver when they are missing and this runs as root, and axe-core
# (the accessibility checker the browser tests inject) from the npm registry into target/axe.
set -euo pipefail
cd "$(dirname "$0")/.."
. deploy/lib.sh
haven_find_jdk
haven_require_maven

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Chromium and ChromeDriver (Debian packages) for the browser tests..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    echo "The browser tests need /usr/bin/chromium and /usr/bin/chromedriver:" >&2
    echo "  sudo apt-get install chromium chromium-driver" >&2
    exit 1
  fi
fi
# "clean" wipes target/, where axe-core lives: clean first, then fetch it, then run the rest.
args=()
for arg in "$@"; do
  if [ "$arg" = clean ]; then
    mvn -B -q clean
  else
    args+=("$arg")
  fi
done

# axe-core for the accessibility checks of the browser tests (ReportingJourneyIT fails without it).
AXE_VERSION=4.10.3
if [ ! -f target/axe/node_modules/axe-core/axe.min.js ]; then
  if ! command -v npm >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "Installing npm (Debian packages) to fetch axe-core..."
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null
    else
      echo "The accessibility checks need npm to fetch axe-core: sudo apt-get install npm" >&2
      exit 1
    fi
  fi
  echo "Fetching axe-core $AXE_VERSION into target/axe..."
  mkdir -p target/axe
  npm install --no-save --no-package-lock --no-audit --no-fund --prefix target/axe "axe-core@$AXE_VERSION" >/dev/null
fi
export SE_OFFLINE=true
exec mvn -B verify "${args[@]}"
