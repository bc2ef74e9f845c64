#!/usr/bin/env bash
# Checks pupil questionnaire files (docs/surveys.md) before they are shipped:
#   deploy/validate-survey.sh protocols/surveys/my-draft.yaml [more.yaml ...]
# Prints "OK <file>: <id> version <n>, <k> questions" for a valid file, else each problem as "file:line: message".
# Exit code 0 when every file is valid, 1 otherwise. Builds Haven once if it was never built.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
. "$here/deploy/lib.sh"
haven_find_jdk

if [ ! -d "$here/target/haven/WEB-INF/classes" ]; then
  haven_require_maven
  echo "Building Haven once (mvn -q -DskipTests package)..." >&2
  (cd "$here" && mvn -q -DskipTests package >&2)
fi

# The files are named relative to where the command was run, so the messages name them as typed.
exec "$JAVA_HOME/bin/java" -cp "$here/target/haven/WEB-INF/classes:$here/target/haven/WEB-INF/lib/*" \
  org.haven.surveys.infrastructure.ValidateSurveyCommand "$@"
