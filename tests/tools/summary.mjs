// Adds up the test runners' JSON reports and prints the closing line CI reads:
// `tests: N passed, M failed`. Steps named on the command line failed outright (types, lint, build…):
// each counts as one failure, so a red step can never hide behind green tests.
import { existsSync, readFileSync } from 'node:fs';

const failedSteps = process.argv.slice(2);
const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

let passed = 0;
let failed = 0;
let skipped = 0;

const vitest = read('test-results/vitest.json');
if (vitest) {
	passed += vitest.numPassedTests;
	failed += vitest.numFailedTests;
	skipped += vitest.numPendingTests + vitest.numTodoTests;
}
const e2e = read('test-results/e2e.json');
if (e2e) {
	passed += e2e.stats.expected + e2e.stats.flaky;
	failed += e2e.stats.unexpected;
	skipped += e2e.stats.skipped;
}
// A failed runner step already counted its tests; other failed steps count once each.
const counted = new Set([vitest && 'unit, pipeline and component tests', e2e && 'browser tests']);
const stepFailures = failedSteps.filter((s) => !counted.has(s) || failed === 0);
failed += stepFailures.length;

if (failedSteps.length > 0) console.log(`\nfailed steps: ${failedSteps.join(', ')}`);
console.log(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 || failedSteps.length > 0 ? 1 : 0;
