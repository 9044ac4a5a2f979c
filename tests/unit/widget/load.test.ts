import { describe, expect, test } from 'vitest';
import { encodeIndex } from '../../../src/lib/model/encode-index';
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

	test('reads a compact index, and refuses one whose article links are not http(s)', async () => {
		const dataset = fixture();
		const good = await loadDataset('https://example.org/index.json', {
			fetcher: respond(JSON.stringify(encodeIndex(dataset, { shardSize: 4 })))
		});
		expect(good.error).toBeUndefined();
		expect(good.dataset?.events).toHaveLength(dataset.events.length);

		dataset.articles[0]!.url = 'javascript:alert(1)';
		const bad = await loadDataset('https://example.org/index.json', {
			fetcher: respond(JSON.stringify(encodeIndex(dataset, { shardSize: 4 })))
		});
		expect(bad.dataset).toBeUndefined();
		expect(bad.error).toMatch(/not a Dateline dataset: articles\[0\]\.url/);
	});

	test('reads a TimelineJS3 timeline as its events, the title slide left out', async () => {
		const timeline = {
			title: { text: { headline: 'A title slide' } },
			events: [
				{ start_date: { year: '2019', month: '4' }, text: { headline: 'Later' }, group: 'Talks' },
				{ start_date: { year: 2018 }, text: { headline: '<b>Earlier</b>' }, unique_id: 'earlier' }
			]
		};
		const result = await loadDataset('/timeline.json', { fetcher: respond(JSON.stringify(timeline)) });
		expect(result.error).toBeUndefined();
		expect(result.dataset?.events.map((e) => [e.id, e.title, e.precision, e.type])).toEqual([
			['earlier', 'Earlier', 'year', 'other'],
			['2019-04-01-later', 'Later', 'month', 'talks']
		]);
	});

	test('explains a TimelineJS timeline it cannot read', async () => {
		const timeline = { events: [{ start_date: { year: 2019, month: 14 }, text: { headline: 'H' } }] };
		const result = await loadDataset('/timeline.json', { fetcher: respond(JSON.stringify(timeline)) });
		expect(result.error).toMatch(
			/TimelineJS data at \/timeline.json cannot be read: .*month "?14"? is not a month/
		);
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
