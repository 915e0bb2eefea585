#!/usr/bin/env bash
# Makes sure the download test (tests/integration/csv-readers.test.ts) has the readers whose
# recipe docs/data-downloads.md gives: Debian's pandas (/usr/bin/python3) and R (/usr/bin/Rscript).
# As root on Debian it installs what is missing; otherwise it says exactly what to install and
# fails. Debian's python3 is used on purpose: a python3 earlier on PATH (pyenv) may have no pandas.
set -euo pipefail

has_pandas() { [ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import pandas' >/dev/null 2>&1; }
has_r() { [ -x /usr/bin/Rscript ]; }

missing=()
has_pandas || missing+=(python3-pandas)
has_r || missing+=(r-base-core)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
	cat >&2 <<MSG
The CSV download test needs ${missing[*]}, and this script can only install packages as root on
Debian. Install them (Debian/Ubuntu: sudo apt-get install -y --no-install-recommends ${missing[*]})
and run the tests again.
MSG
	exit 1
fi

echo "Installing ${missing[*]} for the CSV download test (Debian packages)…"
export DEBIAN_FRONTEND=noninteractive
# The package lists may be missing or stale on a fresh machine: refresh them only if needed.
if ! apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; then
	apt-get update -qq
	apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if ! has_pandas || ! has_r; then
	echo "Installed ${missing[*]}, but pandas (/usr/bin/python3) or /usr/bin/Rscript is still missing." >&2
	exit 1
fi
