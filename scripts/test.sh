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
mkdir -p test-results
# Lint, svelte-check and the build read the sources and none reads what another writes; each keeps
# mostly one core busy, so on a 2-core machine they finish sooner side by side than one after the
# other. Each one's output is kept and shown whole once all three are done, with its time.
# The pages and browser tests run the built app, as production does: built here unless build/ is
# current (scripts/app-build.ts), so vitest's own check then finds nothing to do.
steps=(lint check build)
declare -A step_cmd=([lint]='npm run lint' [check]='npm run check' [build]='node bin/run-ts.js scripts/ensure-build.ts')
declare -A step_pid
for step in "${steps[@]}"; do
	(
		start=$SECONDS
		rc=0
		${step_cmd[$step]} >"test-results/$step.log" 2>&1 || rc=$?
		echo "($step: exit $rc, $((SECONDS - start)) s)" >>"test-results/$step.log"
		exit "$rc"
	) &
	step_pid[$step]=$!
done
failed=0
for step in "${steps[@]}"; do
	wait "${step_pid[$step]}" || failed=1
	cat "test-results/$step.log"
done
[ "$failed" = 0 ] || exit 1
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json || status=$?
# One plain closing line, whatever reads the log: "tests: N passed, N failed, N skipped".
node -e '
const r = JSON.parse(require("fs").readFileSync("test-results/vitest.json", "utf8"));
console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
' || true
exit "$status"
