#!/usr/bin/env bash
# Runs every test: unit, integration (Arquillian on Payara Micro, real MariaDB) and browser (headless Chromium).
# Installs Debian's chromium and chromium-driver when they are missing and this runs as root.
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
export SE_OFFLINE=true
exec mvn -B verify "$@"
