#!/usr/bin/env bash
# The docker-compose topology without containers: app nodes from the jar on the local PostgreSQL,
# behind nginx from Debian (apt-get install nginx-light).
#
#   ops/run-cluster.sh start [nodes]   # default 2 nodes on 8091, 8092...; nginx on 8090
#   ops/run-cluster.sh restart         # rolling: one node at a time; nginx passes its requests to the other
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
  echo "$nodes" >"$RUN_DIR/nodes"

  for i in $(seq 1 "$nodes"); do
    start_node "$i" "$(port_of "$i")"
    wait_ready "$(port_of "$i")"
  done

  write_nginx_conf
  # Its own stderr goes to a file, not the terminal.
  nginx -p "$RUN_DIR" -c "$RUN_DIR/nginx.conf" -g "user root;" 2>>"$RUN_DIR/nginx-stderr.log"
  wait_ready "$LB_PORT"
  echo "Studyhall: http://localhost:$LB_PORT ($nodes nodes from port $FIRST_PORT; logs in $RUN_DIR)"
}

port_of() { echo $((FIRST_PORT + $1 - 1)); }

# The repository's nginx.conf with local upstreams, port and writable paths.
write_nginx_conf() {
  local upstreams="" i
  for i in $(seq 1 "$(cat "$RUN_DIR/nodes")"); do
    upstreams+="\n        server 127.0.0.1:$(port_of "$i") max_fails=0;"
  done
  sed -e '/server app[0-9]:8080/d' \
      -e "s|^ *upstream studyhall {|&$upstreams|" \
      -e "s|listen 80;|listen $LB_PORT;|" \
      -e "s|pid /tmp/nginx-studyhall.pid;|pid $RUN_DIR/nginx.pid;|" \
      -e "s|error_log /dev/stderr warn;|error_log $RUN_DIR/nginx-error.log warn;|" \
      ops/nginx.conf >"$RUN_DIR/nginx.conf"
}

start_node() {
  local i=$1 port=$2
  SPRING_PROFILES_ACTIVE=postgres \
  DB_URL="jdbc:postgresql://$PGHOST:5432/$DB_NAME" DB_USER="$PGUSER" DB_PASSWORD="" \
  APP_DEMO_DATA=true APP_STORAGE_DIR="$RUN_DIR/files" \
    nohup java ${JAVA_OPTS:-} -jar "$(cat "$RUN_DIR/jar")" --server.port="$port" >>"$RUN_DIR/node$i.log" 2>&1 &
  echo $! >"$RUN_DIR/node$i.pid"
}

# One node at a time, without touching nginx (a reload would close the connections browsers keep
# to it): SIGTERM the node (graceful: it closes its listening socket, so nginx's next connection is
# refused and goes to the other node, and it finishes whatever it is running), wait for it to end,
# start it again, warm it up, wait until its readiness probe is UP, then the next node. nginx sends
# the node nothing it could lose: a refused connection carried no request, for any method.
restart() {
  for i in $(seq 1 "$(cat "$RUN_DIR/nodes")"); do
    local port pid began stopped ready
    port=$(port_of "$i")
    pid=$(cat "$RUN_DIR/node$i.pid")
    began=$(date +%s.%N)
    kill "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
    stopped=$(date +%s.%N)
    start_node "$i" "$port"
    wait_ready "$port"
    warm_up "$port"
    ready=$(date +%s.%N)
    printf 'node %s: stopped %.1f s after SIGTERM, ready %.1f s after that (at %s)\n' \
      "$i" "$(echo "$stopped - $began" | bc)" "$(echo "$ready - $stopped" | bc)" "$(date -u +%H:%M:%S)"
  done
}

# A fresh JVM interprets its code: the first requests of each page take far longer. A few of each,
# straight to the node, before it takes its share of real traffic.
warm_up() {
  local path
  for _ in 1 2 3 4 5; do
    for path in / /courses/python-memory-management /login; do
      curl -s -o /dev/null --max-time 30 "http://127.0.0.1:$1$path" || true
    done
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
  rm -f "$RUN_DIR/nginx.pid" "$RUN_DIR/nodes"
}

case "${1:-}" in
  start) start "${2:-2}" ;;
  restart) restart ;;
  stop) stop ;;
  *) echo "usage: $0 start [nodes] | restart | stop" >&2; exit 2 ;;
esac
