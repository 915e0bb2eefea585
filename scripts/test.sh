#!/usr/bin/env bash
# The whole test suite: what `npm test` and CI run. Installs what it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-install.sh
# The PostgreSQL server the tests use: HIMAP_TEST_PG's if it answers, else a throwaway one.
HIMAP_TEST_PG="$(bash scripts/ensure-postgres.sh)"
export HIMAP_TEST_PG
bash scripts/ensure-browser.sh
bash scripts/ensure-readers.sh
npm run lint
npm run check
# The pages and browser tests run the built app, as production does: built here unless build/ is
# current (scripts/app-build.ts), so vitest's own check then finds nothing to do.
node bin/run-ts.js scripts/ensure-build.ts
mkdir -p test-results
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json || status=$?
# One plain closing line, whatever reads the log: "tests: N passed, N failed, N skipped".
node -e '
const r = JSON.parse(require("fs").readFileSync("test-results/vitest.json", "utf8"));
console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
' || true
exit "$status"
