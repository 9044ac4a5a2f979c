import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { buildWithPlugin } from '../support/vite-build.ts';
import { syntheticDataset } from '../support/synthetic.ts';

const temp = mkdtempSync(join(tmpdir(), 'dateline-dataset-file-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const saved = process.env.DATELINE_DATASET;
afterEach(() => {
	if (saved === undefined) delete process.env.DATELINE_DATASET;
	else process.env.DATELINE_DATASET = saved;
});

function file(name: string, content: string): string {
	const path = join(temp, name);
	writeFileSync(path, content);
	return path;
}

function build(datasetFile: string): Promise<string> {
	process.env.DATELINE_DATASET = datasetFile;
	return buildWithPlugin({ dataDir: 'no-such-folder' });
}

describe('DATELINE_DATASET: a site over a prebuilt dataset', () => {
	it('serves the file instead of building the data folder', async () => {
		const dataset = syntheticDataset({ events: 50 });
		const source = await build(file('ok.json', JSON.stringify(dataset)));
		const literal = source.slice('export default JSON.parse('.length, -2);
		expect(JSON.parse(JSON.parse(literal))).toEqual(dataset);
	});

	it('fails with READ_FAILED naming a file that is not there', async () => {
		await expect(build(join(temp, 'missing.json'))).rejects.toThrow(
			/missing\.json: cannot read the dataset.*\[READ_FAILED\]/
		);
	});

	it('fails with READ_FAILED for a file that is not JSON', async () => {
		await expect(build(file('bad.json', '{ not json'))).rejects.toThrow(
			/bad\.json: the dataset is not JSON.*\[READ_FAILED\]/
		);
	});

	it('fails with every validation problem, naming the file', async () => {
		const dataset = syntheticDataset({ events: 20 });
		dataset.events[3]!.actors.push('nobody');
		// A day-precision event: ending before it starts is then its only problem.
		const late = dataset.events.findIndex((e, i) => i > 3 && e.precision === 'day');
		dataset.events[late]!.end = '2000-01-01';
		const thrown = await build(file('invalid.json', JSON.stringify(dataset))).then(
			() => undefined,
			(error: Error) => error.message
		);
		expect(thrown).toMatch(/2 problems/);
		expect(thrown).toMatch(
			/invalid\.json: events\[3\]\.actors\[\d+\]: no actor has the id "nobody" \[UNKNOWN_ACTOR\]/
		);
		expect(thrown).toMatch(new RegExp(`invalid\\.json: events\\[${late}\\]\\.end: .*\\[DATE_ORDER\\]`));
	});
});
