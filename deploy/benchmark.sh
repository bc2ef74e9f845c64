#!/usr/bin/env bash
# Prints the figures of org.haven.bench.CoreBenchmarks (hash costs, roster parsing, file type detection) and
# org.haven.bench.CaseDashboardBenchmark (dashboard queries over a million cases in an embedded MariaDB) and
# org.haven.bench.EvidenceBenchmark (the evidence vault's upload and download of a 10 MiB file, in memory and
# through an embedded MariaDB, next to the raw AES-256-GCM and SHA-256 speed of the same JVM) and
# org.haven.bench.AuditVerificationBenchmark (verifying a sealed audit log of a million entries) and
# org.haven.bench.SurveyBenchmark (survey files, answer checks, QR drawing, suppression of a results page) and
# org.haven.bench.RelatedSignalsBenchmark (related-report lookups over a million signals, issue 20) and
# org.haven.bench.InsightBenchmark (the statistics dashboard's queries over the counters of a million cases) and
# org.haven.bench.WorkQueueBenchmark (the staff home's work queue over a million cases and two million steps).
# Figures, not assertions: compare them between versions on the same machine.
set -euo pipefail
cd "$(dirname "$0")/.."
. deploy/lib.sh
haven_find_jdk
haven_require_maven
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
"$JAVA_HOME/bin/java" -cp "$CP" org.haven.bench.CoreBenchmarks
"$JAVA_HOME/bin/java" -cp "$CP" org.haven.bench.SurveyBenchmark
# The case dashboard against an embedded MariaDB with a million cases (HAVEN_BENCH_CASES to change).
"$JAVA_HOME/bin/java" -Dhaven.bench.cases="${HAVEN_BENCH_CASES:-1000000}" -cp "$CP" org.haven.bench.CaseDashboardBenchmark
# The evidence vault: HAVEN_BENCH_DB=false skips its embedded MariaDB part.
"$JAVA_HOME/bin/java" -cp "$CP" org.haven.bench.EvidenceBenchmark
# The audit log: the real verification over a million sealed entries (HAVEN_BENCH_AUDIT to change).
"$JAVA_HOME/bin/java" -Dhaven.bench.audit="${HAVEN_BENCH_AUDIT:-1000000}" -cp "$CP" org.haven.bench.AuditVerificationBenchmark
# Related reports: the signal lookups over REPORTS x 5 signals (HAVEN_BENCH_REPORTS to change).
"$JAVA_HOME/bin/java" -Dhaven.bench.reports="${HAVEN_BENCH_REPORTS:-200000}" -cp "$CP" org.haven.bench.RelatedSignalsBenchmark
# The statistics dashboard over the counters of a million cases and reports (HAVEN_BENCH_CASES to change).
"$JAVA_HOME/bin/java" -Dhaven.bench.cases="${HAVEN_BENCH_CASES:-1000000}" -cp "$CP" org.haven.bench.InsightBenchmark
# The staff home's work queue over a million cases and their steps (HAVEN_BENCH_CASES to change).
"$JAVA_HOME/bin/java" -Dhaven.bench.cases="${HAVEN_BENCH_CASES:-1000000}" -cp "$CP" org.haven.bench.WorkQueueBenchmark
