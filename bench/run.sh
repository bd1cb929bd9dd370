#!/usr/bin/env bash
# The load figures of docs/benchmarks.md against one running topology.
#   bench/run.sh http://localhost:8090 two-nodes     # [duration, default 20s]
# Prints wrk's report (with --latency) for each case and the RSS of the Studyhall java processes
# (found by their --server.port=809x argument); keeps everything in target/bench/<label>.txt.
set -uo pipefail
cd "$(dirname "$0")/.."
base=${1:?base url} label=${2:?label} duration=${3:-20s}
mkdir -p target/bench
out=target/bench/$label.txt
: >"$out"

rss() {
  local total=0
  for pid in $(pgrep -f 'studyhall-.*\.jar --server\.port=809[0-9]'); do
    total=$((total + $(ps -o rss= -p "$pid")))
  done
  echo "RSS of Studyhall java processes: $((total / 1024)) MB" | tee -a "$out"
}

run() {
  local name=$1 connections=$2; shift 2
  echo "== $name, $connections connections, $duration ($(date -u +%H:%M:%S), load $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$out"
  wrk -t2 -c"$connections" -d"$duration" --timeout 10s --latency "$@" | tee -a "$out"
  rss
}

credentials=$(bench/login.sh "$base" learner@example.com learner-pass-2026)
export COOKIE=${credentials%%$'\n'*} CSRF=${credentials#*$'\n'}

# Warm up the JIT and the caches so the figures are steady-state.
COOKIE= CSRF= wrk -t2 -c16 -d10s "$base/" >/dev/null
COOKIE= CSRF= run "catalog as a visitor" 64 -s bench/status.lua "$base/"
COOKIE= CSRF= run "catalog as a visitor" 256 -s bench/status.lua "$base/"
run "section page as an enrolled learner" 64 -s bench/status.lua \
  "$base/courses/python-memory-management/reference-counting-and-garbage-collection"
run "section page as an enrolled learner" 256 -s bench/status.lua \
  "$base/courses/python-memory-management/reference-counting-and-garbage-collection"
run "POST /api/simulations as a learner" 64 -s bench/simulation.lua "$base/api/simulations"
