#!/usr/bin/env bash
# Times `./mvnw spring-boot:run` from launch to the last demo loader's log line on a fresh data folder: the
# demo company, journey, plan and (when present) a year of demo feedback. Prints each loader's line and the
# seconds since launch. Usage: bench/demo-startup.sh [port]   (compile first: ./mvnw -q compile)
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-18090}"
data="$(mktemp -d)"
log="$data/run.log"
start=$(date +%s.%N)
SERVER_PORT="$port" SERVICEPLAN_DATA_DIR="$data" ./mvnw -o -q spring-boot:run > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
last="Demo service plan loaded"
grep -q "DemoMetrics" -r src/main/java && last="Demo feedback loaded"
for _ in $(seq 1 900); do
  if grep -q "$last" "$log"; then break; fi
  sleep 0.5
done
end=$(date +%s.%N)
grep -E "Started ServicePlanApplication|Demo .* loaded" "$log" | sed 's/.*: //'
echo "launch to \"$last\": $(echo "$end - $start" | bc) s"
