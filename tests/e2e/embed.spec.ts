import { expect, test } from '@playwright/test';
import { HOST } from '../../playwright.config.ts';
import { busiestActor, eventMarks, loadDataset, markNames, titlesOf, open, hydrated } from './helpers.ts';

test('/embed?actors=… renders in an iframe on another origin and embed.js gives the frame its height', async ({
	page,
	request
}) => {
	const dataset = await loadDataset(request);
	const { actor, events } = busiestActor(dataset);
	await page.goto(`${HOST}/iframe.html?src=${encodeURIComponent(`/embed?actors=${actor.id}`)}`);
	const frame = page.frameLocator('iframe[title="Dateline timeline"]');
	await hydrated(frame);
	const marks = eventMarks(frame);
	await expect(marks).toHaveCount(events.length);
	expect(titlesOf(await markNames(marks), dataset.events)).toEqual(events.map((e) => e.title).sort());
	// No site chrome inside the frame.
	await expect(frame.getByRole('navigation')).toHaveCount(0);
	await expect(frame.getByRole('combobox', { name: 'Actors' })).toHaveCount(0);

	// embed.js on the host page sized the frame to the embed's content.
	const iframe = page.locator('iframe');
	const content = () =>
		frame.locator('.embed').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
	const frameHeight = () => iframe.evaluate((el) => el.clientHeight);
	const first = await content();
	expect(first).toBeGreaterThan(150);
	await expect.poll(frameHeight).toBe(first);

	// Opening an event inside the frame grows it, and the host follows.
	await marks.first().click();
	await expect(frame.getByRole('heading', { level: 3 }).first()).toBeVisible();
	await expect.poll(content).toBeGreaterThan(first);
	await expect.poll(async () => (await frameHeight()) === (await content())).toBe(true);
});

test('/embed follows theme=dark and theme=light', async ({ page }) => {
	await open(page, '/embed?theme=dark');
	await expect(eventMarks(page).first()).toBeVisible();
	const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	await open(page, '/embed?theme=light');
	await expect(eventMarks(page).first()).toBeVisible();
	const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(dark).toBe('rgb(20, 23, 28)');
	expect(light).toBe('rgb(255, 255, 255)');
});

test('/embed ignores a bad theme or height with a notice', async ({ page }) => {
	await open(page, '/embed?theme=purple&height=abc');
	await expect(page.getByRole('status').filter({ hasText: 'purple' })).toBeVisible();
	await expect(eventMarks(page).first()).toBeVisible();
});

test('/embed keeps its theme and height when a reader opens an event, and adds no history', async ({
	page
}) => {
	await open(page, '/embed?theme=dark&height=400');
	const length = await page.evaluate(() => history.length);
	await eventMarks(page).first().click();
	await expect(page).toHaveURL(/event=/);
	const params = new URL(page.url()).searchParams;
	expect([params.get('theme'), params.get('height')]).toEqual(['dark', '400']);
	expect(await page.evaluate(() => history.length)).toBe(length);
	// In the fixed-height box, the opened details are scrolled into view.
	await expect(page.getByRole('heading', { level: 3 }).first()).toBeInViewport();
});
