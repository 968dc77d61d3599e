#!/bin/sh
# Times the whole server side of the journey board page (database, board model, HTML) for a big map: issue 5
# asks for 20 stages x 200 touchpoints under 300 ms. Runs BoardRenderBenchmark on the embedded database with
# the full JIT (the test suite's quick-start JIT flags are replaced); its name keeps it out of ./mvnw verify.
# Usage: bench/board-render.sh [stages] [touchpoints in all] [warm-up runs] [measured runs]
# Prints median, p95 and max; compare figures on one machine, never assert on them in tests.
set -e
cd "$(dirname "$0")/.."
./mvnw -q test -Dtest=BoardRenderBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dserviceplan.test.argLine="-Djava.io.tmpdir=target -Dbench.stages=${1:-20} -Dbench.touchpoints=${2:-200} -Dbench.warmup=${3:-30} -Dbench.runs=${4:-50}" \
  | grep -A1 'Board page'
