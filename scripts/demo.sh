#!/usr/bin/env bash
# README's first command: install, build, load the demo dataset into the embedded SQLite database
# (data/himap.db) and serve the app. PORT overrides 3000.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-install.sh
npm run build
node bin/himap.js seed-demo
exec node bin/himap.js serve --port "${PORT:-3000}"
