#!/usr/bin/env bash
# Installs the npm dependencies when they are missing or older than package-lock.json, so the
# README's commands work from a fresh clone. better-sqlite3 compiles from source here (~1 min).
set -euo pipefail
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	echo "Installing dependencies (npm ci)…"
	npm ci --no-audit --no-fund
fi
