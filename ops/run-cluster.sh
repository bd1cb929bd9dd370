#!/usr/bin/env bash
# The docker-compose topology without containers: app nodes from the jar on the local PostgreSQL,
# behind nginx from Debian (apt-get install nginx-light).
#
#   ops/run-cluster.sh start [nodes]   # default 2 nodes on 8091, 8092...; nginx on 8090
#   ops/run-cluster.sh restart         # rolling: one node at a time, each ready before the next stops
#   ops/run-cluster.sh stop
#
# Environment: DB_NAME (studyhall_cluster), PGHOST/PGUSER (127.0.0.1/postgres), RUN_DIR
# (target/cluster), LB_PORT (8090), FIRST_PORT (8091), JAVA_OPTS, JAR (default
# target/studyhall-*.jar; pass a copy to rebuild meanwhile).
# The database is created if missing; node 1 migrates it and loads
# the demo data before node 2 starts, as a rolling start would.
set -euo pipefail
cd "$(dirname "$0")/.."

RUN_DIR=${RUN_DIR:-$PWD/target/cluster}
DB_NAME=${DB_NAME:-studyhall_cluster}
PGHOST=${PGHOST:-127.0.0.1}
PGUSER=${PGUSER:-postgres}
LB_PORT=${LB_PORT:-8090}
FIRST_PORT=${FIRST_PORT:-8091}

start() {
  local nodes=${1:-2}
  mkdir -p "$RUN_DIR/files"
  local jar=${JAR:-}
  [ -n "$jar" ] || jar=$(ls target/studyhall-*.jar 2>/dev/null | head -n 1 || true)
  [ -n "$jar" ] || { ./mvnw -o -q package -DskipTests; jar=$(ls target/studyhall-*.jar | head -n 1); }
  psql -h "$PGHOST" -U "$PGUSER" -tAc "select 1 from pg_database where datname = '$DB_NAME'" | grep -q 1 \
    || psql -h "$PGHOST" -U "$PGUSER" -qc "create database $DB_NAME"

  echo "$jar" >"$RUN_DIR/jar"

  local upstreams=""
  for i in $(seq 1 "$nodes"); do
    local port=$((FIRST_PORT + i - 1))
    start_node "$i" "$port"
    wait_ready "$port"
    upstreams+="        server 127.0.0.1:$port max_fails=1 fail_timeout=5s;\n"
  done

  # The repository's nginx.conf with local upstreams, port and writable paths.
  sed -e '/server app[0-9]:8080/d' \
      -e "s|^ *keepalive 64;|$upstreams        keepalive 64;|" \
      -e "s|listen 80;|listen $LB_PORT;|" \
      -e "s|pid /tmp/nginx-studyhall.pid;|pid $RUN_DIR/nginx.pid;|" \
      ops/nginx.conf >"$RUN_DIR/nginx.conf"
  nginx -p "$RUN_DIR" -c "$RUN_DIR/nginx.conf" -g "user root;"
  wait_ready "$LB_PORT"
  echo "Studyhall: http://localhost:$LB_PORT ($nodes nodes from port $FIRST_PORT; logs in $RUN_DIR)"
}

start_node() {
  local i=$1 port=$2
  SPRING_PROFILES_ACTIVE=postgres \
  DB_URL="jdbc:postgresql://$PGHOST:5432/$DB_NAME" DB_USER="$PGUSER" DB_PASSWORD="" \
  APP_DEMO_DATA=true APP_STORAGE_DIR="$RUN_DIR/files" \
    nohup java ${JAVA_OPTS:-} -jar "$(cat "$RUN_DIR/jar")" --server.port="$port" >>"$RUN_DIR/node$i.log" 2>&1 &
  echo $! >"$RUN_DIR/node$i.pid"
}

# One node at a time: SIGTERM (readiness goes down, requests in flight finish, nginx sends new
# ones to the other node), wait for the process to end, start it again, wait until it is ready.
restart() {
  for pidfile in "$RUN_DIR"/node*.pid; do
    local i=${pidfile##*/node}; i=${i%.pid}
    local port=$((FIRST_PORT + i - 1)) pid
    pid=$(cat "$pidfile")
    local began=$(date +%s.%N)
    kill "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
    local stopped=$(date +%s.%N)
    start_node "$i" "$port"
    wait_ready "$port"
    printf 'node %s: stopped in %.1f s, ready again %.1f s later\n' "$i" \
      "$(echo "$stopped - $began" | bc)" "$(echo "$(date +%s.%N) - $stopped" | bc)"
  done
}

wait_ready() {
  for _ in $(seq 1 $((2 * ${STARTUP_SECONDS:-600}))); do
    curl -fs "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "Port $1 did not become ready; see $RUN_DIR" >&2
  return 1
}

stop() {
  [ -f "$RUN_DIR/nginx.pid" ] && kill "$(cat "$RUN_DIR/nginx.pid")" 2>/dev/null || true
  for pidfile in "$RUN_DIR"/node*.pid; do
    [ -f "$pidfile" ] || continue
    # SIGTERM: graceful shutdown lets in-flight requests finish.
    kill "$(cat "$pidfile")" 2>/dev/null || true
    rm -f "$pidfile"
  done
  rm -f "$RUN_DIR/nginx.pid"
}

case "${1:-}" in
  start) start "${2:-2}" ;;
  restart) restart ;;
  stop) stop ;;
  *) echo "usage: $0 start [nodes] | restart | stop" >&2; exit 2 ;;
esac
