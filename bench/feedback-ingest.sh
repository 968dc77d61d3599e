#!/bin/bash
# Issue 7: 1,000,000 NDJSON answers over HTTP into PostgreSQL at no less than half the rate of `psql \copy`
# loading the same rows into the same table, in one run, with memory flat while the body streams.
#  1. builds the jar, empties the bench database and starts the app on it with a heap smaller than the file
#     (BENCH_HEAP, default 192m; the NDJSON of 1,000,000 answers is 235 MB);
#  2. creates a workspace with 8 touchpoints through the API and writes N answers as NDJSON and as CSV;
#  3. times `psql \copy` of the CSV into feedback_answer (emptied first; COPY touches no roll-up);
#  4. empties the table again and times POST /api/v1/workspaces/{ws}/feedback of the NDJSON file (answers,
#     externalId check, touchpoint check and both roll-ups), with the app's garbage collections logged (heap before and after each) and its peak RSS and CPU time.
# Usage: bench/feedback-ingest.sh [answers=1000000]
# Needs: PostgreSQL with the role serviceplan/serviceplan owning database sp_bench (PGHOST/PGDATABASE override).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-serviceplan} PGPASSWORD=${PGPASSWORD:-serviceplan} PGDATABASE=${PGDATABASE:-sp_bench}
PORT=${BENCH_PORT:-18087}
HEAP=${BENCH_HEAP:-192m}
WORK=target/bench-feedback
mkdir -p "$WORK"
BASE="http://127.0.0.1:$PORT"

[ -f target/serviceplan-0.1.0-SNAPSHOT.jar ] && [ -z "${BENCH_REBUILD:-}" ] || ./mvnw -o -q package -DskipTests
psql -q -c "drop schema if exists public cascade" -c "create schema public" 2>/dev/null

SPRING_PROFILES_ACTIVE=postgres DATABASE_URL="jdbc:postgresql://$PGHOST:5432/$PGDATABASE" DATABASE_USER=$PGUSER \
DATABASE_PASSWORD=$PGPASSWORD SERVER_PORT=$PORT SERVICEPLAN_DEMO=false SERVICEPLAN_DATA_DIR=$WORK/data \
SERVICEPLAN_ADMIN_EMAIL=bench@serviceplan.test SERVICEPLAN_ADMIN_PASSWORD=bench-password-1 \
  java -Xmx$HEAP -Xlog:gc:file=$WORK/gc.log ${BENCH_JAVA_OPTS:-} -jar target/serviceplan-0.1.0-SNAPSHOT.jar > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do curl -sf "$BASE/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
curl -sf "$BASE/actuator/health" >/dev/null || { echo "the app did not start, see $WORK/app.log"; exit 1; }

json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
TOKEN=$(curl -sf -u bench@serviceplan.test:bench-password-1 -H 'Content-Type: application/json' -d '{"name":"bench"}' "$BASE/api/v1/tokens" | json "['token']")
AUTH="Authorization: Bearer $TOKEN"
WS=$(curl -sf -H "$AUTH" -H 'Content-Type: application/json' -d '{"name":"Клиника Нагрузка"}' "$BASE/api/v1/workspaces" | json "['id']")
JOURNEY=$(curl -sf -H "$AUTH" -H 'Content-Type: application/json' -d '{"title":"Визит"}' "$BASE/api/v1/workspaces/$WS/journeys" | json "['id']")
STAGE=$(curl -sf -H "$AUTH" -H 'Content-Type: application/json' -d '{"name":"Визит"}' "$BASE/api/v1/workspaces/$WS/journeys/$JOURNEY/stages" | json "['id']")
TOUCHPOINTS=()
for name in Звонок Запись Ресепшн Ожидание Кабинет Анализы Оплата Отзыв; do
  TOUCHPOINTS+=("$(curl -sf -H "$AUTH" -H 'Content-Type: application/json' -d "{\"name\":\"$name\",\"stageId\":\"$STAGE\",\"channel\":\"OFFLINE\"}" \
    "$BASE/api/v1/workspaces/$WS/journeys/$JOURNEY/touchpoints" | json "['id']")")
done

python3 bench/feedback-answers.py "$N" "$WS" "$WORK/answers.ndjson" "$WORK/answers.csv" "${TOUCHPOINTS[@]}"
SIZE=$(du -m "$WORK/answers.ndjson" | cut -f1)
echo "answers: $N, NDJSON file ${SIZE} MB, app heap -Xmx$HEAP"

psql -q -c "truncate feedback_answer, feedback_daily, feedback_monthly" -c "vacuum analyze feedback_answer"
T0=$(date +%s.%N)
psql -q -c "\\copy feedback_answer (workspace_id, metric, score, answered_at, touchpoint_id, channel, segment, customer_ref, comment, external_id) from '$WORK/answers.csv' with (format csv, null '')"
T1=$(date +%s.%N)
COPIED=$(psql -Atc "select count(*) from feedback_answer")

psql -q -c "truncate feedback_answer, feedback_daily, feedback_monthly" -c "vacuum analyze feedback_answer"
cpu() { awk '{print $14 + $15}' /proc/$1/stat; }
C2=$(cpu $APP)
T2=$(date +%s.%N)
curl -sf -H "$AUTH" -H 'Content-Type: application/x-ndjson' -T "$WORK/answers.ndjson" -X POST "$BASE/api/v1/workspaces/$WS/feedback" > "$WORK/report.json"
T3=$(date +%s.%N)
C3=$(cpu $APP)
echo "app CPU during the POST: $(( (C3 - C2) / $(getconf CLK_TCK) )) s"
STORED=$(psql -Atc "select count(*) from feedback_answer")
ROLLED=$(psql -Atc "select sum(s0+s1+s2+s3+s4+s5+s6+s7+s8+s9+s10) from feedback_monthly")
RSS=$(awk '/VmHWM/ {print int($2/1024)}' /proc/$APP/status)

python3 - "$HEAP" "$N" "$T0" "$T1" "$T2" "$T3" "$COPIED" "$STORED" "$ROLLED" "$RSS" "$WORK/gc.log" "$WORK/report.json" <<'PY'
import json, sys
heap = sys.argv.pop(1)
n, t0, t1, t2, t3 = int(sys.argv[1]), *map(float, sys.argv[2:6])
copied, stored, rolled, rss, gc_log = sys.argv[6:11]
import re
gc = open(gc_log).read()
pauses = [tuple(map(int, m.groups())) for m in re.finditer(r"(\d+)M->(\d+)M\(\d+M\)", gc)]
# a mixed collection also empties the old generation's garbage: what it leaves is what the app really holds
mixed = [int(m.group(1)) for m in re.finditer(r"Pause Young \(Mixed\).* \d+M->(\d+)M\(", gc)]
report = json.load(open(sys.argv[11]))
copy_s, http_s = t1 - t0, t3 - t2
print(f"psql \\copy : {copied} rows in {copy_s:.2f} s = {n / copy_s:,.0f} rows/s")
print(f"HTTP NDJSON: accepted {report['accepted']}, rejected {report['rejectedTotal']}, stored {stored}, in roll-ups {rolled}; "
      f"{http_s:.2f} s = {n / http_s:,.0f} rows/s")
print(f"ratio HTTP/copy: {copy_s / http_s:.2f} (target >= 0.5)")
print(f"app peak RSS {rss} MB; heap (-Xmx{heap}): {len(pauses)} collections, at most {max(p[0] for p in pauses)} MB "
      f"before one; after the {len(mixed)} mixed ones (old generation cleared too) at most {max(mixed, default=0)} MB")
PY
