#!/usr/bin/env bash
# Rotates the evidence vault's key (docs/evidence-vault.md, "Key rotation").
#
#   deploy/rotate-evidence-key.sh new-key
#       prints a new key id and key, and the two variables to set: the new key as HAVEN_EVIDENCE_KEY, the
#       current one moved to HAVEN_EVIDENCE_KEYS (older keys stay readable). For the demo (./data/evidence.key)
#       it does this in ./data itself. Then restart Haven: at start-up it re-seals every blob under the new key.
#   deploy/rotate-evidence-key.sh run URL
#       asks a running Haven (URL, e.g. http://localhost:8080) to re-seal now, as the district admin
#       (username from HAVEN_ADMIN_USER, default admin; password asked), and prints what it did. When
#       "remaining" is 0, the old key can be removed from HAVEN_EVIDENCE_KEYS.
set -euo pipefail
cd "$(dirname "$0")/.."

new_key() {
  local id key
  id="k$(date -u +%Y%m%d%H%M%S)"
  key="$(head -c 32 /dev/urandom | base64 | tr -d '\n')"
  if [ -z "${HAVEN_EVIDENCE_KEY:-}" ] && [ -s data/evidence.key ]; then
    local current older
    current="$(cat data/evidence.key)"
    older="$(cat data/evidence.keys 2>/dev/null || true)"
    (umask 077
     printf '%s' "${older:+$older,}$current" > data/evidence.keys
     printf '%s:%s' "$id" "$key" > data/evidence.key)
    echo "Demo keys rotated in ./data: active key $id; the old one kept in data/evidence.keys. Restart deploy/run.sh."
    return
  fi
  cat <<TXT
New evidence key id: $id
Set, then restart Haven (it re-seals every blob under the new key a few seconds after start-up):
  HAVEN_EVIDENCE_KEY=$id:$key
  HAVEN_EVIDENCE_KEYS=<the current HAVEN_EVIDENCE_KEY>${HAVEN_EVIDENCE_KEYS:+,<the current HAVEN_EVIDENCE_KEYS>}
Keep the old keys until "remaining" is 0 (deploy/rotate-evidence-key.sh run URL).
TXT
}

run_now() {
  local url="${1:?URL of Haven, e.g. http://localhost:8080}" user="${HAVEN_ADMIN_USER:-admin}" password token
  read -r -s -p "Password of $user: " password
  echo
  token="$(curl -fsS -H 'Content-Type: application/json' \
    -d "{\"username\":\"$user\",\"password\":\"$password\"}" "$url/api/v1/auth/token" \
    | sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p')"
  [ -n "$token" ] || { echo "Sign-in failed" >&2; exit 1; }
  curl -fsS -X POST -H "Authorization: Bearer $token" "$url/api/v1/admin/evidence/rotation"
  echo
}

case "${1:-}" in
  new-key) new_key ;;
  run) run_now "${2:-}" ;;
  *) sed -n '2,14p' "$0"; exit 2 ;;
esac
