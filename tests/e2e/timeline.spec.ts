import { expect, test } from '@playwright/test';
import { eventMarks, focusedName, loadDataset, markNames, tabToTimeline, titlesOf, open } from './helpers.ts';

test('every event of the dataset is on / as a named control', async ({ page, request }) => {
	const dataset = await loadDataset(request);
	await open(page, '/');
	const marks = eventMarks(page);
	await expect(marks).toHaveCount(dataset.events.length);
	expect(titlesOf(await markNames(marks), dataset.events)).toEqual(dataset.events.map((e) => e.title).sort());
});

test('the arrow keys reach every event in date order', async ({ page, request }) => {
	const dataset = await loadDataset(request);
	await open(page, '/');
	await tabToTimeline(page);
	await page.keyboard.press('Home');
	const seen = [await focusedName(page)];
	for (let i = 1; i < dataset.events.length; i++) {
		await page.keyboard.press('ArrowRight');
		seen.push(await focusedName(page));
	}
	expect(seen.map((name, i) => name.startsWith(`${dataset.events[i]!.title}, `))).toEqual(
		dataset.events.map(() => true)
	);
});

test('keyboard alone reaches an event and opens its details with sources', async ({ page, request }) => {
	const dataset = await loadDataset(request);
	await open(page, '/');
	await tabToTimeline(page);
	await page.keyboard.press('ArrowRight');
	const name = await focusedName(page);
	const event = dataset.events.find((e) => name.startsWith(`${e.title}, `))!;
	await page.keyboard.press('Enter');

	const panel = page.getByRole('complementary', { name: 'Event details' });
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(event.title);
	await expect(panel.locator('blockquote').first()).toHaveText(event.sources[0]!.quote);
	await expect(page).toHaveURL(new RegExp(`[?&]event=${event.id}$`));
	// The selection is in the URL: a reload opens the same details.
	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(event.title);
	await panel.getByRole('button', { name: 'Close details' }).click();
	await expect(panel.getByRole('heading', { level: 2 })).toHaveCount(0);
});

test('an event’s date is written at its precision', async ({ page, request }) => {
	const dataset = await loadDataset(request);
	const monthly = dataset.events.find((e) => e.precision === 'month');
	test.skip(!monthly, 'the dataset has no month-precision event');
	await open(page, `/?event=${monthly!.id}`);
	const date = page.getByRole('complementary', { name: 'Event details' }).locator('time');
	await expect(date).toHaveText(/^[A-Z][a-z]+ \d{4}$/);
});

test('wheel zoom changes the axis ticks and the visible dates', async ({ page }) => {
	await open(page, '/');
	const axis = page.getByTestId('axis').locator('text');
	const range = page.getByTestId('visible-range');
	const before = await axis.allTextContents();
	const rangeBefore = await range.textContent();
	const box = (await page.getByRole('group', { name: /^Events:/ }).boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -400);
	await expect.poll(() => axis.allTextContents()).not.toEqual(before);
	await expect(range).not.toHaveText(rangeBefore!);
	// Zoomed in from years, the axis now names months or days.
	expect((await axis.allTextContents()).some((label) => /^(\d{1,2} )?[A-Z][a-z]{2}$/.test(label))).toBe(true);

	await page.getByRole('button', { name: 'Fit all' }).click();
	await expect(range).toHaveText(rangeBefore!);
});

test('the zoom buttons and keys zoom around the centre', async ({ page }) => {
	await open(page, '/');
	const range = page.getByTestId('visible-range');
	const full = await range.textContent();
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect(range).not.toHaveText(full!);
	await page.getByRole('button', { name: 'Zoom out' }).click();
	await expect(range).toHaveText(full!);
	await tabToTimeline(page);
	await page.keyboard.press('+');
	await expect(range).not.toHaveText(full!);
	await page.keyboard.press('0');
	await expect(range).toHaveText(full!);
});

test('/events/[id] and /actors/[id] are pages of their own', async ({ page, request }) => {
	const dataset = await loadDataset(request);
	const event = dataset.events[0]!;
	await open(page, `/events/${event.id}`);
	await expect(page.getByRole('heading', { level: 2 })).toHaveText(event.title);
	const actorId = event.actors[0]!;
	const actor = dataset.actors.find((a) => a.id === actorId)!;
	await page.getByRole('link', { name: actor.name, exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`/actors/${actor.id}$`));
	await expect(page.getByRole('heading', { level: 2 })).toHaveText(actor.name);
	await expect(page.getByRole('link', { name: event.title })).toBeVisible();
});

test('the page has no console errors', async ({ page }) => {
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	await open(page, '/');
	await expect(eventMarks(page).first()).toBeVisible();
	await eventMarks(page).first().click();
	expect(errors).toEqual([]);
});
