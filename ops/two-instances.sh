#!/usr/bin/env bash
# Two portal instances on one MariaDB database behind HAProxy, on this machine.
#
#   ops/two-instances.sh up      start the database, instance a, instance b and the balancer
#   ops/two-instances.sh proof   up, then the browser proof across the two (TwoInstancesProof), then down
#   ops/two-instances.sh down    stop what up started
#
# The production jar must be built first (mvn -Pproduction -DskipTests package). The instances run
# with the demo accounts (profiles dev,mysql); CLUSTER_DEMO_CITY=yes adds the demo city's year,
# which takes minutes on MariaDB. Instance a starts first and fills the empty database, instance b
# starts when a is ready and finds the data there. Each instance has a working directory of its own (its search index, kept in
# step with the other's writes by portal.search.share-changes) and both share one attachments
# directory; in production that is a shared volume or an object store.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RUN=${CLUSTER_RUN_DIR:-$ROOT/ops/run}
DB=${CLUSTER_DB:-portal_cluster}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"

export PORTAL_BIND=127.0.0.1:18100
export NODE_A=127.0.0.1:18101 NODE_A_MANAGEMENT=18111
export NODE_B=127.0.0.1:18102 NODE_B_MANAGEMENT=18112
# The oversight figures every 30 seconds instead of every 10 minutes, so that the proof sees several
# runs of a scheduled job and can count that each ran on one instance only.
JOB_CRON='*/30 * * * * *'

db_url() {
  echo "jdbc:mysql://127.0.0.1:3306/$DB?characterEncoding=UTF-8&connectionTimeZone=UTC"
}

start_node() { # name port management-port
  local name=$1 port=$2 management=$3
  local jar
  jar=$(ls "$ROOT"/target/observer-portal-*.jar | grep -v original | head -1)
  mkdir -p "$RUN/$name"
  (cd "$RUN/$name" && DB_URL=$(db_url) DB_USER=root DB_PASSWORD= \
    exec java -Xmx1g -jar "$jar" --spring.profiles.active="${CLUSTER_DEMO_CITY:+demo,}dev,mysql" \
      --server.port="$port" --management.server.port="$management" \
      --portal.attachments.dir="$RUN/shared-attachments" \
      --portal.oversight.refresh-cron="$JOB_CRON" --portal.search.share-changes=true \
      >"$RUN/$name.log" 2>&1) &
  echo $! >"$RUN/$name.pid"
}

wait_ready() { # name management-port seconds
  local name=$1 management=$2 seconds=$3
  for _ in $(seq 1 "$seconds"); do
    if curl -fs -o /dev/null "http://127.0.0.1:$management/actuator/health/readiness"; then
      echo "instance $name ready"
      return 0
    fi
    if ! kill -0 "$(cat "$RUN/$name.pid")" 2>/dev/null; then
      echo "instance $name stopped; its log:" >&2
      tail -50 "$RUN/$name.log" >&2
      return 1
    fi
    sleep 1
  done
  echo "instance $name not ready after $seconds s" >&2
  tail -50 "$RUN/$name.log" >&2
  return 1
}

up() {
  ls "$ROOT"/target/observer-portal-*.jar >/dev/null 2>&1 || { echo "build the jar first: mvn -Pproduction -DskipTests package" >&2; exit 1; }
  command -v haproxy >/dev/null || { echo "haproxy is missing: apt-get install haproxy" >&2; exit 1; }
  down quiet
  rm -rf "$RUN" && mkdir -p "$RUN/shared-attachments"
  mysql -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4"
  start_node a 18101 18111
  wait_ready a 18111 1800
  start_node b 18102 18112
  wait_ready b 18112 900
  haproxy -f ops/haproxy.cfg >"$RUN/haproxy.log" 2>&1 &
  echo $! >"$RUN/haproxy.pid"
  for _ in $(seq 1 30); do
    curl -fs -o /dev/null "http://$PORTAL_BIND/login" && { echo "balancer at http://$PORTAL_BIND"; return 0; }
    sleep 1
  done
  echo "the balancer does not answer" >&2
  return 1
}

down() {
  for name in haproxy b a; do
    if [ -f "$RUN/$name.pid" ]; then
      kill "$(cat "$RUN/$name.pid")" 2>/dev/null || true
      rm -f "$RUN/$name.pid"
    fi
  done
  [ "${1:-}" = quiet ] || echo "stopped"
}

proof() {
  up
  local status=0
  CLUSTER_URL="http://$PORTAL_BIND" CLUSTER_RUN_DIR="$RUN" CLUSTER_DB_URL="$(db_url)" \
    CLUSTER_MANAGEMENT="http://127.0.0.1:$NODE_A_MANAGEMENT,http://127.0.0.1:$NODE_B_MANAGEMENT" \
    mvn -B ${MVN_OFFLINE:-} test-compile surefire:test@cluster-proof || status=$?
  down
  return $status
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  proof) proof ;;
  *) echo "usage: $0 up|proof|down" >&2; exit 2 ;;
esac
