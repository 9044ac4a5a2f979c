import { expect, test, type Page } from '@playwright/test';
import {
	eventMarks,
	focusedName,
	loadDataset,
	markNames,
	tabToTimeline,
	titlesOf,
	open,
	hydrated
} from './helpers.ts';
import { fitExtent } from '../../src/lib/timeline/scales.ts';

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
	await hydrated(page);
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(event.title);
	await panel.getByRole('button', { name: 'Close details' }).click();
	await expect(panel.getByRole('heading', { level: 2 })).toHaveCount(0);
});

test('an event’s date is written at its precision', async ({ page, request }) => {
	const dataset = await loadDataset(request);
	const monthly = dataset.events.find((e) => e.precision === 'month');
	// The bundled data must keep at least one: this test pins how they are written.
	expect(monthly, 'a month-precision event in the bundled data').toBeDefined();
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
	// Near the top of the plot: with many lanes its middle can be below the window.
	await page.mouse.move(box.x + box.width / 2, box.y + 40);
	for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -400);
	await expect.poll(() => axis.allTextContents()).not.toEqual(before);
	await expect(range).not.toHaveText(rangeBefore!);
	// Zoomed in from years, the axis now names months or days (zoomed in all the way, to about a
	// day, the one tick in view also says its year).
	expect(
		(await axis.allTextContents()).some((label) => /^(\d{1,2} )?[A-Z][a-z]{2}( \d{4})?$/.test(label))
	).toBe(true);

	await page.getByRole('button', { name: 'Fit all' }).click();
	await expect(range).toHaveText(rangeBefore!);
});

/** The middle of the visible dates, in days, from the "Showing 3 May 2017 – 9 June 2019" line. */
async function visibleMiddle(page: Page): Promise<number> {
	const text = (await page.getByTestId('visible-range').textContent())!.replace('Showing ', '');
	const [a, b] = text.split(' – ').map((part) => Date.parse(`${part} UTC`) / 86_400_000);
	return (a! + b!) / 2;
}

test('the zoom buttons and keys zoom around the centre', async ({ page }) => {
	await open(page, '/');
	const range = page.getByTestId('visible-range');
	const full = await range.textContent();
	const middle = await visibleMiddle(page);
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect(range).not.toHaveText(full!);
	expect(Math.abs((await visibleMiddle(page)) - middle)).toBeLessThanOrEqual(2);
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
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
	const actorId = event.actors[0]!;
	const actor = dataset.actors.find((a) => a.id === actorId)!;
	await page.getByRole('link', { name: actor.name, exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`/actors/${actor.id}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(actor.name);
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

test('the tooltip of a hovered or focused event sits beside it, not over it', async ({ page }) => {
	await open(page, '/');
	const marks = eventMarks(page);
	for (const index of [0, 10, 40]) {
		const mark = marks.nth(index).locator('.shape');
		await mark.hover();
		const tooltip = page.locator('.tooltip');
		await expect(tooltip).toBeVisible();
		const [a, b] = [(await mark.boundingBox())!, (await tooltip.boundingBox())!];
		const overlap =
			a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
		expect(overlap).toBe(false);
	}
});

test('the timeline keeps a tab stop when the selected event is filtered out', async ({ page, request }) => {
	const dataset = await loadDataset(request);
	const hidden = dataset.events.find((e) => e.type !== 'military')!;
	await open(page, `/?types=military&event=${hidden.id}`);
	await tabToTimeline(page);
	expect(await focusedName(page)).toMatch(/, military$/);
});

test('ArrowDown and ArrowUp move between lanes', async ({ page }) => {
	await open(page, '/');
	await tabToTimeline(page);
	const start = await focusedName(page);
	await page.keyboard.press('ArrowDown');
	const below = await focusedName(page);
	expect(below).not.toBe(start);
	await page.keyboard.press('ArrowUp');
	expect(await focusedName(page)).not.toBe(below);
});

test('the site follows a dark colour scheme', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await open(page, '/');
	expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 23, 28)');
});

test('on a narrow screen, opening an event brings its details into view', async ({ page, request }) => {
	const dataset = await loadDataset(request);
	await page.setViewportSize({ width: 360, height: 740 });
	await open(page, '/');
	await eventMarks(page).first().click();
	const panel = page.getByRole('complementary', { name: 'Event details' });
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
		dataset.events.find((e) => e.id === new URL(page.url()).searchParams.get('event'))!.title
	);
	await expect(panel.getByRole('heading', { level: 2 })).toBeInViewport();
});

test('a label stays in view while its dot has just left the view on the left', async ({ page }) => {
	await open(page, '/');
	const timeline = page.getByRole('group', { name: /^Events: \d+ events?$/ });
	const plot = (await timeline.boundingBox())!;
	// Zoomed in, so that a drag can move the view further than half its width.
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await page.getByRole('button', { name: 'Zoom in' }).click();
	// A dot with a long label, inside the view.
	const found = await timeline.evaluate((svg) => {
		const left = svg.getBoundingClientRect().left;
		for (const mark of svg.querySelectorAll('[data-id].point')) {
			const label = mark.querySelector('text')?.textContent ?? '';
			const dot = mark.querySelector('.shape')!.getBoundingClientRect();
			if (label.length >= 22 && dot.left - left > 150 && dot.left - left < 500)
				return { id: mark.getAttribute('data-id')!, label, x: dot.left + dot.width / 2 };
		}
		return undefined;
	});
	expect(found).toBeDefined();
	const { id, label, x } = found!;
	// Drag the view left until the dot is 100 px past the left edge (beyond the margin drawn around
	// the view): its label still runs into view.
	// Along the axis, where no mark is under the pointer.
	const y = plot.y + 15;
	const from = plot.x + plot.width - 10;
	await page.mouse.move(from, y);
	await page.mouse.down();
	await page.mouse.move(from - (x - plot.x + 100), y, { steps: 8 });
	await page.mouse.up();
	const text = timeline.locator(`[data-id="${id}"] text`);
	await expect(text).toHaveText(label);
	const box = (await text.boundingBox())!;
	expect(box.x).toBeLessThan(plot.x);
	expect(box.x + box.width).toBeGreaterThan(plot.x);
});

test('the label of a range wide enough to hold it sits on top of its bar, not across it', async ({
	page
}) => {
	await open(page, '/');
	const range = page.locator('[data-id].range').first();
	await range.focus();
	// Zoomed in around it until its label runs along the bar.
	for (let i = 0; i < 12; i++) await page.keyboard.press('+');
	const text = range.locator('text');
	await expect(text).not.toHaveText('');
	const [label, bar] = [(await text.boundingBox())!, (await range.locator('.shape').boundingBox())!];
	expect(label.x).toBeLessThan(bar.x + bar.width);
	// Its line stands above the bar (the box of the text reaches down to the font's descent).
	expect(label.y + label.height / 2).toBeLessThan(bar.y);
});

/** The first and last day the timeline shows, in ms (UTC midnights), from its "Showing …" line. */
async function shownDays(page: Page): Promise<[number, number]> {
	const text = (await page.getByTestId('visible-range').textContent())!.replace('Showing ', '');
	// "17 October 2018", "16–17 October 2018", "3 May – 9 June 2019", "3 May 2017 – 9 June 2019"
	const [a, b = a] = text.split(/\s*–\s*/) as [string, string?];
	const start = /^\d+$/.test(a)
		? `${a} ${b.replace(/^\d+ /, '')}`
		: /\d{4}$/.test(a)
			? a
			: `${a} ${b.slice(-4)}`;
	return [Date.parse(`${start} UTC`), Date.parse(`${b} UTC`)];
}

test('panning and zooming stop at the data’s extent, by pointer, wheel, keys and minimap', async ({
	page,
	request
}) => {
	// Many gestures, each waited for: more than the default 30 s on a busy machine.
	test.setTimeout(90_000);
	const DAY = 86_400_000;
	const dataset = await loadDataset(request);
	const first = Math.min(...dataset.events.map((e) => Date.parse(`${e.start}T00:00:00Z`)));
	const last = Math.max(...dataset.events.map((e) => Date.parse(`${e.end}T00:00:00Z`)));
	// The timeline's own fit: the events' extent with its margin.
	const [lo, hi] = fitExtent(first, last + DAY).map((d) => Math.floor(+d / DAY) * DAY) as [number, number];
	const expectWithin = async () => {
		const [a, b] = await shownDays(page);
		expect(a).toBeGreaterThanOrEqual(lo);
		expect(b).toBeLessThanOrEqual(hi);
	};
	await open(page, '/');
	const range = page.getByTestId('visible-range');
	const whole = await range.textContent();
	const plot = (await page.getByRole('group', { name: /^Events:/ }).boundingBox())!;

	// Zoomed in, then dragged far past the last event, again and again (along the axis, off the marks).
	for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
	const y = plot.y + 15;
	for (let i = 0; i < 5; i++) {
		await page.mouse.move(plot.x + plot.width - 10, y);
		await page.mouse.down();
		await page.mouse.move(plot.x + 10, y, { steps: 6 });
		await page.mouse.up();
	}
	// The view got to the last event, and stopped there.
	await expect.poll(async () => (await shownDays(page))[1]).toBeGreaterThanOrEqual(last);
	await expectWithin();

	// Shift+← far past the first event.
	await tabToTimeline(page);
	for (let i = 0; i < 40; i++) await page.keyboard.press('Shift+ArrowLeft');
	expect((await shownDays(page))[0]).toBeLessThanOrEqual(first);
	await expectWithin();

	// The wheel zooms out no further than everything.
	await page.mouse.move(plot.x + plot.width / 2, y);
	for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 400);
	await expect(range).toHaveText(whole!);

	// The minimap's brush, zoomed in and sent past the end.
	await page.getByRole('slider', { name: 'Visible period' }).focus();
	for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
	for (let i = 0; i < 4; i++) await page.keyboard.press('PageDown');
	expect((await shownDays(page))[1]).toBeGreaterThanOrEqual(last);
	await expectWithin();
});
