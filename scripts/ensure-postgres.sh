#!/usr/bin/env bash
# Makes sure the PostgreSQL server the integration tests use is reachable (HIMAP_TEST_PG, default
# postgres://postgres@127.0.0.1:5432/postgres). As root on Debian it installs and starts one with
# trust auth for local connections; otherwise it says exactly what is missing and fails.
set -euo pipefail

url="${HIMAP_TEST_PG:-postgres://postgres@127.0.0.1:5432/postgres}"
hostport="${url#*://}"; hostport="${hostport#*@}"; hostport="${hostport%%/*}"
host="${hostport%%:*}"; port="${hostport##*:}"; [ "$port" = "$host" ] && port=5432

reachable() { (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; }

if reachable; then exit 0; fi
if [ -n "${HIMAP_TEST_PG:-}" ]; then
	echo "PostgreSQL is not reachable at $host:$port (HIMAP_TEST_PG=$HIMAP_TEST_PG)." >&2
	exit 1
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
	cat >&2 <<MSG
PostgreSQL is not reachable at $host:$port, and this script can only install it as root on Debian.
Install PostgreSQL (e.g. sudo apt-get install -y postgresql), allow the user postgres to connect
from 127.0.0.1 without a password (pg_hba.conf: host all all 127.0.0.1/32 trust), start it, and run
the tests again; or point HIMAP_TEST_PG at a server you have (postgres://user@host:port/postgres).
MSG
	exit 1
fi

echo "PostgreSQL not running: installing and starting it (Debian packages)…"
if ! command -v pg_ctlcluster >/dev/null || [ -z "$(ls /etc/postgresql 2>/dev/null)" ]; then
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /etc/postgresql | sort -V | tail -n 1)
hba="/etc/postgresql/$version/main/pg_hba.conf"
if ! grep -q '^host all all 127.0.0.1/32 trust' "$hba"; then
	# Test machines only: the tests connect as postgres over loopback without a password.
	sed -i '/^\s*\(local\|host\)/d' "$hba"
	printf 'local all all trust\nhost all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n' >>"$hba"
fi
pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || pg_ctlcluster --skip-systemctl-redirect "$version" main reload
for _ in $(seq 1 30); do reachable && exit 0; sleep 1; done
echo "PostgreSQL was installed but does not answer on $host:$port." >&2
exit 1
