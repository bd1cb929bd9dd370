#!/usr/bin/env bash
# The load figures of docs/benchmarks.md against one running topology.
#   bench/run.sh http://localhost:8090 two-nodes     # [duration per case, default 15s]
# For each case: a warm-up (the JIT needs one to three minutes of load before the figures settle),
# then wrk with --latency at 16, 64 and 256 connections, the status classes (bench/status.lua) and
# the RSS of the Studyhall java processes (found by their --server.port=809x argument).
# Everything is kept in target/bench/<label>.txt.
set -uo pipefail
cd "$(dirname "$0")/.."
base=${1:?base url} label=${2:?label} duration=${3:-15s} warmup=${WARMUP:-90s}
mkdir -p target/bench
out=target/bench/$label.txt
: >"$out"

rss() {
  local total=0 each=""
  for pid in $(pgrep -f -- '--server\.port=809[0-9]'); do
    local mb=$(( $(ps -o rss= -p "$pid") / 1024 ))
    total=$((total + mb)) each="$each $mb"
  done
  echo "RSS of Studyhall java processes: $total MB (each:$each)" | tee -a "$out"
}

run() {
  local name=$1 connections=$2; shift 2
  echo "== $name, $connections connections, $duration ($(date -u +%H:%M:%S), load $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$out"
  wrk -t2 -c"$connections" -d"$duration" --timeout 10s --latency "$@" | tee -a "$out"
  rss
}

warm() {
  echo "   warming up for $warmup: $*" | tee -a "$out"
  wrk -t2 -c16 -d"$warmup" --timeout 10s "$@" >/dev/null
}

credentials=$(bench/login.sh "$base" learner@example.com learner-pass-2026)
export COOKIE=${credentials%%$'\n'*} CSRF=${credentials#*$'\n'}
section="$base/courses/python-memory-management/reference-counting-and-garbage-collection"

COOKIE= CSRF= warm -s bench/status.lua "$base/"
for c in 16 64 256; do COOKIE= CSRF= run "catalog as a visitor" "$c" -s bench/status.lua "$base/"; done
warm -s bench/status.lua "$section"
for c in 16 64 256; do run "section page as an enrolled learner" "$c" -s bench/status.lua "$section"; done
warm -s bench/simulation.lua "$base/api/simulations"
for c in 4 16 64 256; do run "POST /api/simulations as a learner" "$c" -s bench/simulation.lua "$base/api/simulations"; done
