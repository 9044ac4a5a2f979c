// Adds up the test runners' JSON reports and prints the closing line CI reads:
// `tests: N passed, M failed`. Steps named on the command line failed (types, lint, build…): each
// counts as one failure unless it is a runner whose report already counts its failed tests, so a
// red step can never hide behind green tests.
import { existsSync, readFileSync } from 'node:fs';

const failedSteps = process.argv.slice(2);
const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

const vitest = read('test-results/vitest.json');
const e2e = read('test-results/e2e.json');
const runners = {
	'unit, pipeline and component tests': vitest && {
		passed: vitest.numPassedTests,
		failed: vitest.numFailedTests,
		skipped: vitest.numPendingTests + vitest.numTodoTests
	},
	'browser tests': e2e && {
		passed: e2e.stats.expected + e2e.stats.flaky,
		failed: e2e.stats.unexpected,
		skipped: e2e.stats.skipped
	}
};

let passed = 0;
let failed = 0;
let skipped = 0;
for (const counts of Object.values(runners)) {
	if (!counts) continue;
	passed += counts.passed;
	failed += counts.failed;
	skipped += counts.skipped;
}
// A runner that failed without failing a test (it crashed, or found none) still counts once.
for (const step of failedSteps) if (!(runners[step]?.failed > 0)) failed += 1;

if (failedSteps.length > 0) console.log(`\nfailed steps: ${failedSteps.join(', ')}`);
console.log(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 ? 1 : 0;
