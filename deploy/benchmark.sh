#!/usr/bin/env bash
# Prints the figures of org.haven.bench.CoreBenchmarks (hash costs, roster parsing, file type detection).
# Figures, not assertions: compare them between versions on the same machine.
set -euo pipefail
cd "$(dirname "$0")/.."
. deploy/lib.sh
haven_find_jdk
haven_require_maven
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test
exec "$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.haven.bench.CoreBenchmarks
