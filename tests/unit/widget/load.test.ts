import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../../src/lib/widget/load';
import { fixture } from '../model/fixture';

const respond = (body: string, status = 200) => (async () => new Response(body, { status })) as typeof fetch;

describe('loadDataset', () => {
	test('returns a valid dataset', async () => {
		const dataset = fixture();
		const result = await loadDataset('/data.json', { fetcher: respond(JSON.stringify(dataset)) });
		expect(result.error).toBeUndefined();
		expect(result.dataset?.events).toHaveLength(dataset.events.length);
	});

	test.each([
		{
			name: 'a failed request',
			fetcher: (async () => Promise.reject(new TypeError('offline'))) as typeof fetch,
			error: /request failed \(offline\)/
		},
		{ name: 'an HTTP error', fetcher: respond('nope', 404), error: /answered 404/ },
		{ name: 'an answer that is not JSON', fetcher: respond('<html>'), error: /not JSON/ },
		{
			name: 'JSON that is not a dataset',
			fetcher: respond('{"events": 3}'),
			error: /not a Dateline dataset: .*version/
		}
	])('explains $name without throwing', async ({ fetcher, error }) => {
		const result = await loadDataset('/data.json', { fetcher });
		expect(result.dataset).toBeUndefined();
		expect(result.error).toMatch(error);
	});

	test('rejects when aborted, so a superseded load is not shown as an error', async () => {
		const controller = new AbortController();
		controller.abort();
		const fetcher = (async (_: unknown, init?: RequestInit) => {
			init?.signal?.throwIfAborted();
			return new Response('{}');
		}) as typeof fetch;
		await expect(loadDataset('/data.json', { fetcher, signal: controller.signal })).rejects.toThrow();
	});
});
