#!/usr/bin/env bash
# Two Studyhall jars side by side, in CPU milliseconds per request for each learner page: the
# figure that holds on a machine shared with other work, where requests per second do not.
#   bench/ab-cpu.sh before.jar after.jar [page ...]
# Both jars run at once with the Dockerfile's JVM settings, each on a fresh data folder (ports 8090
# and 8091), as the demo learner. Every page is warmed twice on each, then measured twice on each,
# alternating, with `wrk -t1 -c4` for 8 s; CPU comes from /proc/<pid>/stat. Needs wrk and curl.
# The page `attempt` is the demo learner's open mock-test attempt, started on each app first.
# AB_POSTGRES=1 runs each app on PostgreSQL (the postgres profile: sessions in the database) in a
# database of its own, ab8090 and ab8091 on 127.0.0.1:5432 (user postgres, trust auth), made afresh.
set -uo pipefail
cd "$(dirname "$0")/.."
before=$(realpath "${1:?before.jar}") after=$(realpath "${2:?after.jar}")
shift 2
section=/courses/python-memory-management/reference-counting-and-garbage-collection
pages=("$@")
[ ${#pages[@]} -gt 0 ] || pages=(/ /courses/python-memory-management "$section" /my /review "$section/cram"
  "$section/test" attempt /lab "$section/games/memory-match")
java_opts="-XX:+UseSerialGC -Xmx320m -Xss512k -XX:ReservedCodeCacheSize=80m"
work=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; rm -rf "$work"' EXIT

start() { # jar port
  mkdir -p "$work/$2"
  local env=()
  if [ -n "${AB_POSTGRES:-}" ]; then
    psql -q -h 127.0.0.1 -U postgres -c "drop database if exists ab$2" -c "create database ab$2" postgres
    env=(SPRING_PROFILES_ACTIVE=postgres APP_DEMO_DATA=true DB_URL="jdbc:postgresql://127.0.0.1:5432/ab$2" DB_USER=postgres
      DB_PASSWORD=unused APP_STORAGE_DIR="$work/$2/files")
  fi
  (cd "$work/$2" && exec env "${env[@]}" java $java_opts -jar "$1" --server.port="$2" >app.log 2>&1) &
  pids+=($!)
}
ready() {
  for _ in $(seq 1 150); do
    curl -fs -o /dev/null "http://localhost:$1/actuator/health/readiness" && return 0
    sleep 2
  done
  echo "port $1 never became ready" >&2
  exit 1
}
start "$before" 8090
start "$after" 8091
ready 8090
ready 8091
declare -A cookie pid attempt
for port in 8090 8091; do
  login=$(bench/login.sh "http://localhost:$port")
  cookie[$port]=$(head -n 1 <<<"$login")
  # A failed sign-in would measure the redirect to /login: stop instead.
  signed_in=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: ${cookie[$port]}" "http://localhost:$port/my")
  [ "$signed_in" = 200 ] || { echo "the demo learner could not sign in on port $port (/my: $signed_in)" >&2; exit 1; }
  # Start (or find) the learner's attempt: the redirect names it.
  attempt[$port]=$(curl -s -o /dev/null -w '%{redirect_url}' -X POST -H "Cookie: ${cookie[$port]}" \
    -H "$(tail -n 1 <<<"$login")" "http://localhost:$port$section/test" | sed 's|^http://[^/]*||')
done
pid[8090]=${pids[0]}
pid[8091]=${pids[1]}

ticks() { awk '{print $14 + $15}' "/proc/${pid[$1]}/stat"; }
cpu_ms() { # port page
  local start requests path=$2
  [ "$path" = attempt ] && path=${attempt[$1]}
  start=$(ticks "$1")
  requests=$(wrk -t1 -c4 -d8s -H "Cookie: ${cookie[$1]}" "http://localhost:$1$path" | awk '/requests in/ {print $1}')
  awk -v t=$(($(ticks "$1") - start)) -v hz="$(getconf CLK_TCK)" -v n="$requests" 'BEGIN {printf "%.2f", t * 1000 / hz / n}'
}
for _ in 1 2; do
  for page in "${pages[@]}"; do cpu_ms 8090 "$page" >/dev/null; cpu_ms 8091 "$page" >/dev/null; done
done
printf '%-90s %-14s %-14s %s\n' page "before (ms)" "after (ms)" load
for page in "${pages[@]}"; do
  a1=$(cpu_ms 8090 "$page"); b1=$(cpu_ms 8091 "$page"); a2=$(cpu_ms 8090 "$page"); b2=$(cpu_ms 8091 "$page")
  printf '%-90s %-14s %-14s %s\n' "$page" "$a1 $a2" "$b1 $b2" "$(cut -d' ' -f1 /proc/loadavg)"
done
