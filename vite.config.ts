import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { datelineBundles } from './src/pipeline/bundle-plugin.ts';
import { datelineDataset } from './src/pipeline/vite-plugin.ts';
import { CSS_TARGET } from './src/pipeline/css-target.ts';

export default defineConfig({
	plugins: [datelineDataset(), datelineBundles(), sveltekit()],
	build: { cssTarget: CSS_TARGET },
	server: { host: '127.0.0.1' },
	preview: { host: '127.0.0.1', port: 4173, strictPort: true },
	test: {
		include: ['tests/{unit,pipeline,component}/**/*.test.ts'],
		environment: 'node',
		// Dates in tests are fixed and the zone pinned: nothing may depend on where the tests run.
		env: { TZ: 'Pacific/Kiritimati' },
		// The CLI tests start a process that loads the NLP model: seconds, not the default's margin.
		testTimeout: 30_000
	}
});
