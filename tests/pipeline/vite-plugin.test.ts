import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { buildWithPlugin } from '../support/vite-build.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = join(ROOT, 'tests/fixtures/data');

const temp = mkdtempSync(join(tmpdir(), 'dateline-plugin-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const saved = process.env.DATELINE_DATA;
afterEach(() => {
	if (saved === undefined) delete process.env.DATELINE_DATA;
	else process.env.DATELINE_DATA = saved;
});

async function buildStart(dataDir: string): Promise<void> {
	process.env.DATELINE_DATA = dataDir;
	await buildWithPlugin();
}

describe('the dataset plugin under vite build', () => {
	it('builds the data folder named by DATELINE_DATA', async () => {
		await expect(buildStart(FIXTURE)).resolves.toBeUndefined();
	});

	it('fails with READ_FAILED for a DATELINE_DATA folder with neither articles/ nor .md files', async () => {
		const dir = join(temp, 'data');
		cpSync(join(FIXTURE, 'actors.yaml'), join(dir, 'actors.yaml'));
		cpSync(join(FIXTURE, 'events'), join(dir, 'events'), { recursive: true });
		await expect(buildStart(dir)).rejects.toThrow(
			/no articles\/ folder and no \.md, \.txt or \.html files in .*\[READ_FAILED\]/
		);
	});
});
