import { isConfident } from '../../src/lib/model/confidence.ts';
import { expect, test } from '@playwright/test';
import { HOST } from '../../playwright.config.ts';
import type { Dataset, TimelineEvent } from '../../src/lib/model/types.ts';
import { searchText } from '../../src/lib/model/filter.ts';
import { buildFolder } from '../../src/pipeline/folder.ts';
import { eventMarks, loadDataset, open } from './helpers.ts';
import { decodeIndex } from '../../src/lib/model/decode-index.ts';

// `/` and `/embed` draw from the compact index (/data/index.json) and fetch quotes in detail shards.

const words = (text: string) => searchText(text).match(/[\p{L}\p{N}]+/gu) ?? [];

/** A word of 6+ letters that some quote has and no title, actor name or alias contains. */
function quoteOnlyWord(dataset: Dataset): string {
	const indexed = searchText(
		[...dataset.events.map((e) => e.title), ...dataset.actors.flatMap((a) => [a.name, ...a.aliases])].join(
			'\n'
		)
	);
	for (const event of dataset.events)
		for (const source of event.sources)
			for (const word of words(source.quote))
				if (word.length >= 6 && /^[a-z]+$/.test(word) && !indexed.includes(word)) return word;
	throw new Error('no word appears only in quotes');
}

test('opening an event on / fetches its shard and shows its quotes, without /events.json', async ({
	page
}) => {
	const requested: string[] = [];
	page.on('request', (r) => requested.push(new URL(r.url()).pathname));
	const dataset = await loadDataset(page.request);
	const event = dataset.events.find((e) => e.sources.length > 0)!;
	await open(page, `/?event=${encodeURIComponent(event.id)}`);
	const details = page.getByRole('complementary', { name: 'Event details' });
	await expect(details.getByRole('heading', { name: event.title })).toBeVisible();
	await expect(details.getByText(event.sources[0]!.quote, { exact: true })).toBeVisible();
	expect(requested).toContain('/data/index.json');
	expect(requested.some((p) => /^\/data\/details\/\d+\.json$/.test(p))).toBe(true);
	expect(requested).not.toContain('/events.json');
});

test('text search finds a word that appears only in a quote', async ({ page }) => {
	const dataset = await loadDataset(page.request);
	const word = quoteOnlyWord(dataset);
	const expected = dataset.events.filter((e) =>
		[...e.sources.map((s) => s.quote), e.summary ?? '', e.place ?? ''].some((text) =>
			words(text).some((w) => w.startsWith(word))
		)
	);
	await open(page, '/');
	await page.getByRole('searchbox', { name: 'Text' }).fill(word);
	await expect(page.getByRole('status').filter({ hasText: /^Showing/ })).toHaveText(
		`Showing ${expected.length} of ${dataset.total} events`
	);
	const marks = eventMarks(page);
	await expect(marks.first()).toHaveAccessibleName(
		new RegExp(`^${expected[0]!.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, `)
	);
});

test('/events.json holds every field of every event the build computed', async ({ request }) => {
	const served = (await (await request.get('/events.json')).json()) as Dataset;
	const built = await buildFolder(process.env.DATELINE_DATA ?? 'data');
	expect(built.dataset).toBeDefined();
	expect(served).toEqual(JSON.parse(JSON.stringify(built.dataset)));
	// And the index and its shards together give back the same events, field for field.
	const index = await (await request.get('/data/index.json')).json();
	const shards = await Promise.all(
		Array.from({ length: index.details.shards }, async (_, k) =>
			(await request.get(`/data/details/${k}.json`)).json()
		)
	);
	const details = shards.flatMap((s) => s.details);
	const decoded = decodeIndex(index).events;
	expect(details).toHaveLength(served.events.length);
	served.events.forEach((event: TimelineEvent, i: number) => {
		expect({ ...event, ...details[i] }).toEqual(event);
		expect(decoded[i]!.id).toBe(event.id);
		expect(decoded[i]!.title).toBe(event.title);
	});
});

test('<dateline-timeline> given an index renders it and opens an event with its quotes', async ({ page }) => {
	const fixture = (await (await page.request.get(`${HOST}/fixture.json`)).json()) as Dataset;
	await page.goto(`${HOST}/widget.html?src=${encodeURIComponent('/fixture-index/index.json')}`);
	const widget = page.locator('#widget');
	await expect(eventMarks(widget)).toHaveCount(fixture.events.filter(isConfident).length);
	const event = fixture.events.filter(isConfident).at(-1)!;
	await widget
		.getByRole('button', { name: new RegExp(`^${event.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, `) })
		.click();
	await expect(widget.getByText(event.sources[0]!.quote, { exact: true })).toBeVisible();
});

test('<dateline-timeline> given a plain dataset still renders it', async ({ page }) => {
	const fixture = (await (await page.request.get(`${HOST}/fixture.json`)).json()) as Dataset;
	await page.goto(`${HOST}/widget.html?src=${encodeURIComponent('/fixture.json')}`);
	await expect(eventMarks(page.locator('#widget'))).toHaveCount(fixture.events.filter(isConfident).length);
});
