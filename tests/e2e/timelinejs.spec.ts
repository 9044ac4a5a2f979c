import { expect, test } from '@playwright/test';
import { HOST, SITE } from '../../playwright.config.ts';
import type { Dataset } from '../../src/lib/model/types.ts';
import { eventMarks, markNames } from './helpers.ts';

test('TimelineJS3 shows the headlines of every event from /timelinejs.json', async ({ page, request }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	const timeline = await (await request.get(`${SITE}/timelinejs.json`)).json();
	const dataset = (await (await request.get(`${SITE}/events.json`)).json()) as Dataset;

	await page.goto(`${HOST}/timelinejs.html`);
	await page.evaluate((data) => (window as unknown as { show(d: unknown): void }).show(data), timeline);
	await expect(page.locator('body[data-loaded="yes"]')).toBeAttached({ timeout: 30_000 });

	// Every slide TimelineJS drew, the title slide first: its headline is the text, not markup.
	const slides = page.locator('.tl-storyslider .tl-slide');
	await expect(slides).toHaveCount(dataset.events.length + 1);
	const headlines = await slides.locator('.tl-headline').allTextContents();
	expect(headlines[0]).toBe('Dateline');
	expect(headlines.slice(1).sort()).toEqual(dataset.events.map((e) => e.title).sort());
	expect(errors).toEqual([]);
});

test('<dateline-timeline> draws a TimelineJS3 file given as src', async ({ page, request }) => {
	const timeline = (await (await request.get(`${HOST}/timelinejs.json`)).json()) as {
		events: { text: { headline: string } }[];
	};
	await page.goto(`${HOST}/widget.html?src=${encodeURIComponent('/timelinejs.json')}`);
	const marks = eventMarks(page.locator('#widget'));
	await expect(marks).toHaveCount(timeline.events.length);
	const names = await markNames(marks);
	for (const { text } of timeline.events)
		expect(names.some((name) => name.startsWith(`${text.headline}, `))).toBe(true);
});
