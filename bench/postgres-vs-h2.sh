#!/usr/bin/env bash
# One Studyhall jar on PostgreSQL, then on H2, one after the other: req/s and p99 of the demo
# learner's pages with `wrk -t2 -c32` (20 s warm-up, 15 s measured), the Dockerfile's JVM settings.
#   bench/postgres-vs-h2.sh studyhall.jar [jdbc:postgresql://127.0.0.1:5432/bench]
# The PostgreSQL database should be empty (createdb bench); user postgres, trust auth. Needs wrk, curl.
set -u
cd "$(dirname "$0")/.."
jar=$(realpath "${1:?studyhall.jar}")
pg_url=${2:-jdbc:postgresql://127.0.0.1:5432/bench}
opts="-XX:+UseSerialGC -Xmx320m -Xss512k -XX:ReservedCodeCacheSize=80m"
section=/courses/python-memory-management/reference-counting-and-garbage-collection
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run() { # name port env...
  local name=$1 port=$2 pid cookie result
  shift 2
  mkdir -p "$work/$name"
  (cd "$work/$name" && exec env "$@" java $opts -jar "$jar" --server.port="$port" \
    --app.storage.dir="$work/$name/files" --app.signup.attempts-per-address=1000 >app.log 2>&1) &
  pid=$!
  for _ in $(seq 1 400); do curl -fs -o /dev/null "http://localhost:$port/actuator/health/readiness" && break; sleep 1; done
  cookie=$(bench/login.sh "http://localhost:$port" | head -n 1)
  for page in / "$section" /my /review /lab; do
    wrk -t2 -c32 -d20s -H "Cookie: $cookie" "http://localhost:$port$page" >/dev/null
    result=$(wrk -t2 -c32 -d15s --latency -H "Cookie: $cookie" "http://localhost:$port$page")
    printf '%-10s %-90s %10s req/s  p99 %s  load %s\n' "$name" "$page" \
      "$(awk '/Requests\/sec/ {print $2}' <<<"$result")" "$(awk '/ 99%/ {print $2}' <<<"$result")" "$(cut -d' ' -f1 /proc/loadavg)"
  done
  kill "$pid"
  wait "$pid" 2>/dev/null
}
run postgres 8096 SPRING_PROFILES_ACTIVE=postgres APP_DEMO_DATA=true DB_URL="$pg_url" DB_USER=postgres DB_PASSWORD=unused
run h2 8097 SPRING_DATASOURCE_URL="jdbc:h2:file:$work/h2/data/studyhall"
