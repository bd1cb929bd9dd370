#!/usr/bin/env bash
# A fault under load, measured through nginx: starts two nodes (ops/run-cluster.sh), logs the demo
# learner in, runs wrk with the learner mix (bench/failures.lua) and, after WARM seconds,
#   restart (default)  ops/run-cluster.sh restart: both nodes, one after the other
#   kill               SIGKILL to node 2, then KILL_TAIL more seconds of load
#   database           the local PostgreSQL stopped for OUTAGE seconds (15), then TAIL more seconds
# then prints the requests, the statuses by class, the failed responses by second, socket errors
# and timeouts, each node's stop and ready times, whether the learner is still logged in, and the
# machine's load average before and after. Leaves the cluster running with KEEP=1.
#
#   JAR=/tmp/studyhall.jar ops/rolling-restart-under-load.sh restart
#
# Environment: CONNECTIONS (16), WARM (30), TAIL (20: load after the restart), KILL_TAIL (30),
# JAVA_OPTS (-Xmx512m), and ops/run-cluster.sh's.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-restart}
case "$mode" in restart|kill|database) ;; *) echo "usage: $0 [restart|kill|database]" >&2; exit 2 ;; esac
export RUN_DIR=${RUN_DIR:-$PWD/target/cluster} JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
LB_PORT=${LB_PORT:-8090}
base=http://127.0.0.1:$LB_PORT
connections=${CONNECTIONS:-16}
mkdir -p "$RUN_DIR"
report=$RUN_DIR/under-load-$mode.txt

ops/run-cluster.sh stop
[ "${KEEP:-}" = 1 ] || trap 'ops/run-cluster.sh stop' EXIT
rm -f "$RUN_DIR/nginx-error.log" "$RUN_DIR/nginx-stderr.log"
ops/run-cluster.sh start 2

credentials=$(bench/login.sh "$base" learner@example.com learner-pass-2026)
export COOKIE=${credentials%%$'\n'*} CSRF=${credentials#*$'\n'}

{
  echo "mode: $mode, $connections connections, JAVA_OPTS=$JAVA_OPTS"
  echo "load before: $(cat /proc/loadavg)"
} | tee "$report"

# Long enough for any restart; SIGINT ends it and wrk still prints its summary.
wrk -t2 -c"$connections" -d3600s --timeout 10s --latency -s bench/failures.lua "$base" >"$RUN_DIR/wrk.txt" 2>&1 &
wrk_pid=$!
sleep "${WARM:-30}"

echo "fault begins at $(date -u +%H:%M:%S.%N | cut -c1-12)" | tee -a "$report"
if [ "$mode" = restart ]; then
  ops/run-cluster.sh restart | tee -a "$report"
  sleep "${TAIL:-20}"
elif [ "$mode" = database ]; then
  cluster=$(ls /etc/postgresql)
  pg_ctlcluster --skip-systemctl-redirect "$cluster" main stop -m fast
  echo "PostgreSQL stopped at $(date -u +%H:%M:%S.%N | cut -c1-12)" | tee -a "$report"
  sleep "${OUTAGE:-15}"
  pg_ctlcluster --skip-systemctl-redirect "$cluster" main start
  echo "PostgreSQL started at $(date -u +%H:%M:%S.%N | cut -c1-12)" | tee -a "$report"
  sleep "${TAIL:-20}"
else
  kill -KILL "$(cat "$RUN_DIR/node2.pid")"
  echo "node 2 killed (SIGKILL) at $(date -u +%H:%M:%S.%N | cut -c1-12)" | tee -a "$report"
  sleep "${KILL_TAIL:-30}"
fi
kill -INT "$wrk_pid"
wait "$wrk_pid" || true

still=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "$base/my")
{
  echo "load after: $(cat /proc/loadavg)"
  grep -E '^(  [0-9]+ threads|  Latency|  Req/Sec| +(50|99)%|.*requests in|Non-2xx|Socket errors|Status classes|Failed responses|5xx by status|Requests:)' "$RUN_DIR/wrk.txt"
  echo "learner's session afterwards: GET /my -> $still (200: still logged in)"
  echo "nginx error log: $(cat "$RUN_DIR/nginx-error.log" 2>/dev/null | grep -c .) lines; old workers aborted with sockets open: $(grep -c "open socket" "$RUN_DIR/nginx-stderr.log" 2>/dev/null)"
  grep -oE '^[0-9/]+ [0-9:]+ \[[a-z]+\] [0-9#]+: \*[0-9]+ [^,]+' "$RUN_DIR/nginx-error.log" 2>/dev/null \
    | sed -E 's/ [0-9]+#[0-9]+: \*[0-9]+//' | sort | uniq -c | head -n 40 || true
} | tee -a "$report"
echo "report: $report"
