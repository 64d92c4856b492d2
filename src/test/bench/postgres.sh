#!/bin/sh
# A throw-away PostgreSQL for the benchmark harness (docs/performance.md#postgresql).
#   postgres.sh start DIR [durable|fast]   initdb into DIR, start on a free loopback port, print "READY <port>"
#   postgres.sh stop DIR                   stop it and delete DIR
# Exit 3 with a message when no PostgreSQL server binaries are installed. As root it runs the server as the
# distribution's "postgres" user (initdb refuses root).
set -eu
cmd=${1:?start|stop}
dir=${2:?data directory}
mode=${3:-fast}
bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "SKIP PostgreSQL server binaries not found (apt-get install postgresql, or set PG_BIN)"
    exit 3
fi
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$cmd" in
start)
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U bench --auth=trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    if [ "$mode" = durable ]; then
        sync_opts="-c fsync=on -c synchronous_commit=on"
    else
        # like the embedded memory backend: nothing waits for the disk
        sync_opts="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    fi
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o \
        "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c shared_buffers=256MB $sync_opts" \
        >/dev/null
    echo "READY $port"
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: postgres.sh start|stop DIR [durable|fast]" >&2
    exit 2
    ;;
esac
