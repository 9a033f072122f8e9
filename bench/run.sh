#!/usr/bin/env bash
# Runs the Driftwatch sweep benchmark (see the README's "Benchmark" section). Needs both builds (the H2 one and, for
# `cluster`, the PostgreSQL one), python3-paramiko, for `servers` python3-asyncssh, and for `cluster` PostgreSQL's
# programs or a server to use:
#   ./mvnw -B package -DskipTests && apt-get install -y python3-paramiko python3-asyncssh postgresql
set -euo pipefail
cd "$(dirname "$0")/.."
# Like CI: Temurin 25 where the machine has it, so polls run on virtual threads.
if [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
  export PATH="$JAVA_HOME/bin:$PATH"
fi
# Only `cluster` runs the PostgreSQL build.
[ -f target/quarkus-app/quarkus-run.jar ] && { [ "${1:-}" != cluster ] || [ -f target/postgresql-app/quarkus-run.jar ]; } \
  || ./mvnw -B -q package -DskipTests
exec /usr/bin/python3 bench/bench.py "$@"
