import { expect, test, type Page } from '@playwright/test';
import { csvParse } from 'd3-dsv';
import ICAL from 'ical.js';
import { readFile } from 'node:fs/promises';
import { validateDataset } from '../../src/lib/model/validate.ts';
import type { Dataset } from '../../src/lib/model/types.ts';
import { eventMarks, loadDataset, open } from './helpers.ts';

/** Download `format` from the menu on `/` and return the file's bytes. */
async function download(page: Page, format: RegExp): Promise<Buffer> {
	await page.getByText('Download…').click();
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: format }).click()
	]);
	return readFile((await file.path())!);
}

test.describe('downloads of a filtered view', () => {
	test('CSV, iCalendar and JSON hold exactly the events shown, and parse back', async ({ page, request }) => {
		const dataset = await loadDataset(request);
		const shown = dataset.events.filter((e) => e.type === 'agreement');
		expect(shown.length).toBeGreaterThan(1);
		await open(page, '/?types=agreement');
		await expect(eventMarks(page)).toHaveCount(shown.length);

		const rows = csvParse((await download(page, /^CSV/)).toString('utf8'));
		expect(rows.map((r) => r.id)).toEqual(shown.map((e) => e.id));
		expect(rows.every((r) => r.type === 'Agreement')).toBe(true);
		// The quotes come from the detail shards, which the index leaves out.
		expect(rows[0]!.quote).toBe(shown[0]!.sources[0]!.quote);

		const calendar = new ICAL.Component(ICAL.parse((await download(page, /^iCalendar/)).toString('utf8')));
		const entries = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
		expect(entries).toHaveLength(shown.length);
		for (const [i, event] of shown.entries()) {
			expect(entries[i]!.summary).toBe(event.title);
			expect(entries[i]!.startDate.toString()).toBe(event.start);
			expect(entries[i]!.startDate.isDate).toBe(true);
		}

		const timeline = JSON.parse((await download(page, /^TimelineJS/)).toString('utf8')) as {
			events: { unique_id: string; text: { headline: string } }[];
		};
		expect(timeline.events.map((slide) => slide.unique_id)).toEqual(shown.map((e) => e.id));

		const json = JSON.parse((await download(page, /^JSON a Dateline/)).toString('utf8')) as Dataset;
		expect(validateDataset(json)).toEqual([]);
		expect(json.events).toEqual(shown);
	});

	test('the PNG is an image of the timeline at twice its size, and the SVG stands alone', async ({
		page
	}) => {
		await open(page, '/?types=agreement,meeting');
		const box = (await page.locator('svg[aria-roledescription="timeline"]').boundingBox())!;

		const svg = (await download(page, /^SVG/)).toString('utf8');
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
		expect(svg).not.toMatch(/<script|class="/);
		expect(svg).toContain('Source: Dateline');
		const width = Number(/width="(\d+)"/.exec(svg)![1]);
		const height = Number(/height="(\d+)"/.exec(svg)![1]);
		expect(width).toBe(Math.round(box.width));
		expect(height).toBeGreaterThan(box.height);

		const png = await download(page, /^PNG/);
		expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
		// IHDR: width and height, big-endian, at bytes 16 and 20.
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([width * 2, height * 2]);
		// It opens as an image, in the browser too.
		const opened = await page.evaluate(async (base64) => {
			const image = new Image();
			image.src = `data:image/png;base64,${base64}`;
			await image.decode();
			return [image.naturalWidth, image.naturalHeight];
		}, png.toString('base64'));
		expect(opened).toEqual([width * 2, height * 2]);
	});
});

test('printing gives the filtered events in order with their sources, and no controls', async ({
	page,
	request
}) => {
	const dataset = await loadDataset(request);
	const shown = dataset.events.filter((e) => e.type === 'agreement');
	await page.addInitScript(() => {
		window.print = () => void ((window as unknown as { printed: boolean }).printed = true);
	});
	await open(page, '/?types=agreement');
	await expect(page.locator('.print-list')).toHaveCount(0);
	await page.getByText('Download…').click();
	await page.getByRole('button', { name: /^Print/ }).click();
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { printed?: boolean }).printed))
		.toBe(true);

	await expect(page.getByRole('group', { name: /Types/ })).toBeVisible();
	// Made to print, not kept on screen: until then it is not in the page at all.
	await expect(page.locator('.print-list')).toHaveCount(1);
	await expect(page.locator('.print-list')).toBeHidden();
	await page.emulateMedia({ media: 'print' });
	const items = page.locator('.print-list li');
	await expect(items).toHaveCount(shown.length);
	await expect(items.first()).toContainText(shown[0]!.title);
	await expect(items.first()).toContainText(shown[0]!.sources[0]!.quote);
	await expect(page.getByRole('group', { name: /Types/ })).toBeHidden();
	await expect(page.locator('svg[aria-roledescription="timeline"]')).toBeHidden();
	await expect(page.getByText('Download…')).toBeHidden();
});

test('printing from the browser’s own menu lists the events shown too', async ({ page, request }) => {
	const dataset = await loadDataset(request);
	const shown = dataset.events.filter((e) => e.type === 'meeting');
	await open(page, '/?types=meeting');
	await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.print-list li')).toHaveCount(shown.length);
	await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
	await expect(page.locator('.print-list')).toHaveCount(0);
});

test('the whole dataset is at /events.csv and /events.ics', async ({ request }) => {
	const dataset = await loadDataset(request);
	const csv = await request.get('/events.csv');
	expect(csv.headers()['content-type']).toMatch(/text\/csv/);
	expect(csvParse(await csv.text())).toHaveLength(dataset.total);
	const ics = new ICAL.Component(ICAL.parse(await (await request.get('/events.ics')).text()));
	expect(ics.getAllSubcomponents('vevent')).toHaveLength(dataset.total);
});
