#!/usr/bin/env bash
# Finds a PostgreSQL server for the integration tests and prints its URL on standard output, for
# HIMAP_TEST_PG (scripts/test.sh passes it on; tests/helpers/databases.ts reads it).
#
# 1. The server at HIMAP_TEST_PG (default postgres://postgres@127.0.0.1:5432/postgres), if it
#    accepts the connection and may create databases: nothing is changed.
# 2. Otherwise a throwaway cluster of our own: initdb into HIMAP_TEST_PG_DIR (default
#    /tmp/himap-test-pg-<uid>-<port>) on 127.0.0.1:HIMAP_TEST_PG_PORT (default 55432), trust auth
#    in its own pg_hba.conf, started with pg_ctl; reused while it runs. As root it belongs to the
#    postgres OS user (initdb refuses root); as root on Debian without PostgreSQL's binaries, they
#    are installed first. `bash scripts/ensure-postgres.sh stop` stops and deletes it.
#
# It never edits, starts or stops a server it did not make: an existing server's authentication
# is its administrator's business. Messages go to standard error.
set -euo pipefail
cd "$(dirname "$0")/.."

url="${HIMAP_TEST_PG:-postgres://postgres@127.0.0.1:5432/postgres}"
port="${HIMAP_TEST_PG_PORT:-55432}"
dir="${HIMAP_TEST_PG_DIR:-/tmp/himap-test-pg-$(id -u)-$port}"
own_url="postgres://postgres@127.0.0.1:$port/postgres"

# Connects as the tests do (node-postgres, installed with the app) and checks they may create
# databases. Prints why not on failure.
usable() {
	node -e '
const pg = require("pg");
const client = new pg.Client({ connectionString: process.argv[1], connectionTimeoutMillis: 5000 });
client.connect()
	.then(() => client.query("select rolsuper or rolcreatedb as ok from pg_roles where rolname = current_user"))
	.then((r) => { if (!r.rows[0]?.ok) throw new Error("the user may not create databases"); })
	.then(() => client.end(), (e) => { client.end().catch(() => {}); throw e; })
	.then(() => process.exit(0), (e) => { console.log(e.message || e.code || String(e)); process.exit(1); });
' "$1" 2>&1
}

# The directory holding initdb and pg_ctl: on PATH, else Debian's newest version.
pg_bin() {
	local initdb
	if initdb="$(command -v initdb)"; then dirname "$(readlink -f "$initdb")"; return; fi
	{ ls -d /usr/lib/postgresql/*/bin 2>/dev/null || true; } | sort -V | tail -n 1
}

# Runs a PostgreSQL program as the cluster's owner: postgres when we are root.
as_owner() {
	if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ "${1:-}" = stop ]; then
	pgbin="$(pg_bin)"
	if [ -f "$dir/PG_VERSION" ] && [ -n "$pgbin" ]; then
		as_owner "$pgbin/pg_ctl" -D "$dir" -m fast stop >/dev/null 2>&1 || true
	fi
	rm -rf "$dir"
	echo "stopped and deleted the throwaway PostgreSQL cluster in $dir" >&2
	exit 0
fi

if why="$(usable "$url")"; then
	echo "$url"
	exit 0
fi
echo "PostgreSQL at $url cannot be used for the tests: $why." >&2
if [ "$url" != "$own_url" ] && [ -f "$dir/PG_VERSION" ] && usable "$own_url" >/dev/null; then
	echo "Using the throwaway cluster in $dir: $own_url" >&2
	echo "$own_url"
	exit 0
fi

pgbin="$(pg_bin)"
if [ -z "$pgbin" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
	echo "installing PostgreSQL's binaries (Debian package postgresql)…" >&2
	apt-get update -qq >&2
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
	pgbin="$(pg_bin)"
fi
if [ -z "$pgbin" ] || [ ! -x "$pgbin/initdb" ] || [ ! -x "$pgbin/pg_ctl" ]; then
	cat >&2 <<MSG
No PostgreSQL server for the tests: $url cannot be used ($why), and there is no initdb to make one
(looked on PATH and in /usr/lib/postgresql/*/bin). Either
  - install PostgreSQL's server binaries (Debian: sudo apt-get install postgresql) and run this
    script again: it starts a throwaway cluster of its own on port $port; or
  - set HIMAP_TEST_PG to a server where a user that may create databases connects without a
    password, e.g. HIMAP_TEST_PG=postgres://postgres@db.example:5432/postgres.
MSG
	exit 1
fi
if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
	echo "Running as root, and there is no postgres OS user to own the cluster (initdb refuses root): create one (useradd --system postgres) or run as another user." >&2
	exit 1
fi

echo "Starting a throwaway cluster for the tests in $dir on port $port…" >&2
if [ ! -f "$dir/PG_VERSION" ]; then
	rm -rf "$dir"
	if [ "$(id -u)" = 0 ]; then install -d -m 700 -o postgres -g postgres "$dir"; else install -d -m 700 "$dir"; fi
	as_owner "$pgbin/initdb" -D "$dir" -U postgres --auth=trust --encoding=UTF8 --no-locale >"$dir.initdb.log" 2>&1 || {
		echo "initdb failed (log: $dir.initdb.log):" >&2
		tail -n 20 "$dir.initdb.log" >&2
		exit 1
	}
	rm -f "$dir.initdb.log"
	# Loopback only, on its own port, with its socket in its own directory (the system's socket
	# directory may belong to another server, or not be writable by us).
	printf "\n# himap test cluster (scripts/ensure-postgres.sh)\nlisten_addresses = '127.0.0.1'\nport = %s\nunix_socket_directories = '%s'\n" \
		"$port" "$dir" | as_owner tee -a "$dir/postgresql.conf" >/dev/null
fi
if ! as_owner "$pgbin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
	as_owner "$pgbin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 start >/dev/null || {
		echo "the throwaway cluster in $dir did not start (is port $port taken? set HIMAP_TEST_PG_PORT); its log:" >&2
		tail -n 20 "$dir/server.log" >&2
		exit 1
	}
fi
if ! why_own="$(usable "$own_url")"; then
	echo "the throwaway cluster in $dir runs but $own_url fails: $why_own" >&2
	exit 1
fi
echo "PostgreSQL for the tests: $own_url (export HIMAP_TEST_PG=$own_url to run vitest by hand; \`bash scripts/ensure-postgres.sh stop\` removes it)" >&2
echo "$own_url"
