#!/bin/sh
# Times the server-side SVG rendering of a big journey map (issue 5 asks for 20 stages × 200 touchpoints
# under 300 ms). Usage: bench/map-render.sh [stages] [touchpoints in all] [warm-up runs] [measured runs]
# Prints median and p95; compare figures on one machine, never assert on them in tests.
set -e
cd "$(dirname "$0")/.."
./mvnw -q -o test-compile 2>/dev/null || ./mvnw -q test-compile
./mvnw -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null 2>&1 \
  || ./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
exec java -Djava.awt.headless=true -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.serviceplan.journey.bench.MapRenderBenchmark "$@"
