#!/usr/bin/env bash
# The soak of docs/benchmarks.md: the mixed learner load of bench/mixed.lua for 10 minutes, with the
# RSS of each Studyhall java process recorded every 30 s (target/bench/soak-rss.csv).
#   bench/soak.sh http://localhost:8090            # [duration in seconds, default 600] [connections, default 64]
set -uo pipefail
cd "$(dirname "$0")/.."
base=${1:?base url} seconds=${2:-600} connections=${3:-64}
mkdir -p target/bench
credentials=$(bench/login.sh "$base" learner@example.com learner-pass-2026)
export COOKIE=${credentials%%$'\n'*} CSRF=${credentials#*$'\n'}

csv=target/bench/soak-rss.csv
echo "elapsed_s,pid,rss_mb,load1" >"$csv"
(
  for elapsed in $(seq 0 30 "$seconds"); do
    for pid in $(pgrep -f -- '--server\.port=809[0-9]'); do
      echo "$elapsed,$pid,$(( $(ps -o rss= -p "$pid") / 1024 )),$(cut -d' ' -f1 /proc/loadavg)" >>"$csv"
    done
    sleep 30
  done
) &
sampler=$!
wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s --latency -s bench/mixed.lua "$base" | tee target/bench/soak.txt
kill "$sampler" 2>/dev/null
cat "$csv"
