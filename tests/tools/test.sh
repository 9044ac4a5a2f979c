#!/usr/bin/env bash
# `npm test`: everything CI runs, in order — types, lint, unit/pipeline/component tests, the site
# build, browser tests against the built site — then one summary line: `tests: N passed, M failed`.
set -uo pipefail
cd "$(dirname "$0")/../.."

# Dates in tests are fixed and the zone pinned far from UTC, so a time-zone slip shows up as a failure.
export TZ=Pacific/Kiritimati
rm -rf test-results && mkdir -p test-results
failed_steps=()

step() {
	local name=$1
	shift
	printf '\n── %s\n' "$name"
	if ! "$@"; then
		failed_steps+=("$name")
		return 1
	fi
}

step types npm run -s check
step lint npx eslint .
step format npx prettier --check . --log-level warn
step "unit, pipeline and component tests" npx vitest run --reporter=default --reporter=json --outputFile=test-results/vitest.json
if step chromium node tests/tools/chromium.mjs && step build npx vite build --logLevel warn; then
	step "browser tests" npx playwright test
fi

node tests/tools/summary.mjs "${failed_steps[@]}"
