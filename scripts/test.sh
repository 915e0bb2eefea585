#!/usr/bin/env bash
# The whole test suite: what `npm test` and CI run. Installs what it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-install.sh
bash scripts/ensure-postgres.sh
npm run lint
npm run check
npx vitest run
