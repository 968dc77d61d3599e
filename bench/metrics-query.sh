#!/bin/sh
# Issue 7: with 10,000,000 answers stored in PostgreSQL, metric slices by touchpoint x month (or segment, channel)
# under 100 ms at p95 and at least 20x faster than a plain GROUP BY over the raw answers, in the same run.
# Runs MetricsQueryBenchmark against the PostgreSQL database sp_bench (wiped first, like the PostgreSQL suite):
# loads the answers server-side, builds the day and month cubes with the ingest's aggregation, then times random
# slices through Feedback.compute and the same slices as GROUP BY over feedback_answer.
# Usage: bench/metrics-query.sh [answers=10000000] [roll-up queries=300] [raw queries=15]
set -e
cd "$(dirname "$0")/.."
SERVICEPLAN_TEST_DATABASE_URL=${SERVICEPLAN_TEST_DATABASE_URL:-jdbc:postgresql://127.0.0.1:5432/sp_bench} \
SERVICEPLAN_TEST_DATABASE_USER=${SERVICEPLAN_TEST_DATABASE_USER:-serviceplan} \
SERVICEPLAN_TEST_DATABASE_PASSWORD=${SERVICEPLAN_TEST_DATABASE_PASSWORD:-serviceplan} \
./mvnw -o -q test -Dtest=MetricsQueryBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dserviceplan.test.timeout=7200 \
  -Dserviceplan.test.argLine="-Djava.io.tmpdir=target -Dserviceplan.test.database=postgres -Dbench.answers=${1:-10000000} -Dbench.queries=${2:-300} -Dbench.rawQueries=${3:-15}" \
  | grep -E '^(Loaded|Roll-up|Raw|Speed-up)'
