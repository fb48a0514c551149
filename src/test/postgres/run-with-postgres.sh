#!/usr/bin/env bash
# Runs a command with a throw-away local PostgreSQL (Debian's postgresql package): a new cluster
# in a temp dir on a free port, exported as JOBMATCH_TEST_PG_URL, removed afterwards.
#   src/test/postgres/run-with-postgres.sh mvn -B verify
set -euo pipefail

PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
  echo "run-with-postgres: PostgreSQL is not installed (Debian: apt-get install postgresql)." >&2
  exit 1
fi

DIR=$(mktemp -d /tmp/jobmatch-pg.XXXXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
  || echo $((20000 + RANDOM % 20000)))
# initdb refuses to run as root; the package's postgres user owns the cluster then.
AS=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$DIR"
  AS=(runuser -u postgres --)
fi
stop() {
  "${AS[@]}" "$PG_BIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap stop EXIT

"${AS[@]}" "$PG_BIN/initdb" -D "$DIR/data" -U jobmatch --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
"${AS[@]}" "$PG_BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
  -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null
"${AS[@]}" "$PG_BIN/createdb" -h 127.0.0.1 -p "$PORT" -U jobmatch jobmatch

export JOBMATCH_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$PORT/jobmatch?user=jobmatch"
echo "run-with-postgres: PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on port $PORT" >&2
"$@"
