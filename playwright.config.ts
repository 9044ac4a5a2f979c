import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/tools/chromium.mjs';

export const SITE = 'http://127.0.0.1:4173';
export const HOST = 'http://127.0.0.1:4174';

export default defineConfig({
	testDir: 'tests/e2e',
	// Its own folder: Playwright empties it on start, and the unit tests' report sits beside it.
	outputDir: 'test-results/playwright',
	fullyParallel: true,
	workers: 2,
	forbidOnly: true,
	retries: 0,
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	use: {
		baseURL: SITE,
		// A zone far from UTC: dates must not move with the reader's clock.
		timezoneId: 'America/Anchorage',
		locale: 'en-GB',
		launchOptions: {
			executablePath: (findChromium() as string | undefined) ?? '/usr/bin/chromium',
			args: CHROMIUM_ARGS
		}
	},
	webServer: [
		{
			// The built site, as a static host serves it (`npm test` builds it first).
			command: 'node_modules/.bin/vite preview --host 127.0.0.1 --port 4173 --strictPort',
			url: SITE,
			reuseExistingServer: !process.env.CI,
			timeout: 60_000
		},
		{
			// Another origin, for embedding tests: a plain page that frames the site.
			command: 'node_modules/.bin/tsx tests/e2e/host-server.ts',
			url: `${HOST}/health`,
			reuseExistingServer: !process.env.CI,
			timeout: 30_000
		}
	]
});
