#!/usr/bin/env bash
# CPU milliseconds the Studyhall java processes spend per request of one URL, from /proc: a figure
# that holds on a machine shared with other work, where requests per second do not.
#   bench/cpu-per-request.sh http://localhost:8093/ [seconds, default 15] [connections, default 4]
# The projected ceiling is cores * 1000 / (CPU ms per request). COOKIE/CSRF as for bench/run.sh.
set -uo pipefail
cd "$(dirname "$0")/.."
url=${1:?url} seconds=${2:-15} connections=${3:-4}
# The node behind the URL's port (or every node, for nginx's port).
port=$(echo "$url" | sed -n 's|^https\{0,1\}://[^:/]*:\([0-9]*\).*|\1|p')
pattern="studyhall-.*\\.jar --server\\.port=$port"
pgrep -f "$pattern" >/dev/null || pattern='studyhall-.*\.jar --server\.port=809[0-9]'
ticks() {
  local total=0
  for pid in $(pgrep -f "$pattern"); do
    total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
  done
  echo "$total"
}
wrk -t1 -c"$connections" -d5s "$url" -s bench/status.lua >/dev/null   # warm up
before=$(ticks)
requests=$(wrk -t1 -c"$connections" -d"${seconds}s" -s bench/status.lua "$url" | awk '/requests in/ {print $1}')
after=$(ticks)
hz=$(getconf CLK_TCK)
awk -v t=$((after - before)) -v hz="$hz" -v n="$requests" -v cores="$(nproc)" 'BEGIN {
  ms = t * 1000 / hz / n
  printf "%d requests, %.2f CPU ms per request, ceiling on %d idle cores: %.0f requests/s\n", n, ms, cores, cores * 1000 / ms
}'
