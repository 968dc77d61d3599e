#!/bin/bash
# Load of a live vote (issue 6): the app on a random port, a session with 200 participants (each an API client
# with their own token) voting at once for 60 s over HTTP — set, change, take back, repeat. Then the database must
# equal what every client was last told (no vote lost, none doubled, nobody over budget). Prints throughput and
# p50/p99 latency. Runs VoteLoadBenchmark; its name keeps it out of ./mvnw verify.
# Usage: bench/vote-load.sh [clients] [seconds]    (PostgreSQL: set SERVICEPLAN_TEST_DATABASE_URL/_USER/_PASSWORD
# as for the PostgreSQL suite and BENCH_DB=postgres; otherwise the embedded H2)
#
# Measured 2026-12-02 on 2 cores shared with four other builds (load average ~15), PostgreSQL (sp_sessioncore),
# 200 clients, 60 s: 502 requests, 6 req/s, p50 28.6 s, p99 64.2 s; 406 answered 200, 31 422, 65 other (server
# errors while the 10-connection pool was exhausted); 272 votes stored = 272 expected, 0 lost or wrong, 0 stored but
# never acknowledged, 0 participants over budget (64 keys with an unanswered request left out of the check).
# The figure measures the starved machine, not the design: run it again on an idle one.
set -eo pipefail
cd "$(dirname "$0")/.."
./mvnw -o -q test -Dtest=VoteLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dserviceplan.test.argLine="-Djava.io.tmpdir=target -Dserviceplan.test.database=${BENCH_DB:-h2} -Dbench.clients=${1:-200} -Dbench.seconds=${2:-60}" \
  | grep '^Vote'
