import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/tools/chromium.mjs';

// Ports can be moved so that two checkouts can run their browser tests at once.
const SITE_PORT = Number(process.env.DATELINE_SITE_PORT ?? 4173);
const HOST_PORT = Number(process.env.DATELINE_HOST_PORT ?? 4174);
export const SITE = `http://127.0.0.1:${SITE_PORT}`;
export const HOST = `http://127.0.0.1:${HOST_PORT}`;

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
			command: `node_modules/.bin/vite preview --host 127.0.0.1 --port ${SITE_PORT} --strictPort`,
			url: SITE,
			reuseExistingServer: !process.env.CI,
			timeout: 60_000
		},
		{
			// Another origin, for embedding tests: a plain page that frames the site.
			command: 'node_modules/.bin/tsx tests/e2e/host-server.ts',
			env: { DATELINE_SITE: SITE, DATELINE_HOST_PORT: String(HOST_PORT) },
			url: `${HOST}/health`,
			reuseExistingServer: !process.env.CI,
			timeout: 30_000
		}
	]
});
