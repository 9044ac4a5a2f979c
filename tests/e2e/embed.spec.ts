import { expect, test } from '@playwright/test';
import { HOST } from '../../playwright.config.ts';
import { busiestActor, eventMarks, loadDataset, markNames, titlesOf, open } from './helpers.ts';

test('/embed?actors=… renders in an iframe on another origin and the host takes its height', async ({
	page,
	request
}) => {
	const dataset = await loadDataset(request);
	const { actor, events } = busiestActor(dataset);
	await page.goto(`${HOST}/iframe.html?src=${encodeURIComponent(`/embed?actors=${actor.id}`)}`);
	const frame = page.frameLocator('iframe[title="Dateline timeline"]');
	await frame.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const marks = eventMarks(frame);
	await expect(marks).toHaveCount(events.length);
	expect(titlesOf(await markNames(marks), dataset.events)).toEqual(events.map((e) => e.title).sort());
	// No site chrome inside the frame.
	await expect(frame.getByRole('navigation')).toHaveCount(0);
	await expect(frame.getByRole('combobox', { name: 'Actors' })).toHaveCount(0);

	// The host page resized its frame from the posted height.
	await expect(page.locator('body')).toHaveAttribute('data-received', /^\d+$/);
	const posted = Number(await page.locator('body').getAttribute('data-received'));
	expect(posted).toBeGreaterThan(150);
	const frameHeight = await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height);
	expect(Math.abs(frameHeight - posted)).toBeLessThanOrEqual(2);

	// Opening an event inside the frame grows it, and the host follows.
	await marks.first().click();
	await expect(frame.getByRole('heading', { level: 3 }).first()).toBeVisible();
	await expect
		.poll(async () => Number(await page.locator('body').getAttribute('data-received')))
		.toBeGreaterThan(posted);
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
