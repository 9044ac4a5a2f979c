import { expect, test, type Page } from '@playwright/test';
import { syntheticDataset } from '../support/synthetic.ts';
import { HOST, SITE } from '../../playwright.config.ts';

const DATASET = JSON.stringify(syntheticDataset({ events: 100_000, seed: 1 }));
// An event's name is "title, date, type"; a cluster's starts with its count.
const EVENT_NAME = /^(?!\d+ events?, ).+, .+, (meeting|talks|agreement|statement|military|other)$/;
const CLUSTER_NAME = /^\d+ events?, .+, (meeting|talks|agreement|statement|military|other)$/;

/** A blank page on another origin with the web component reading the 100,000 events. */
async function openWidget(page: Page) {
	await page.route(`${HOST}/scale-100000.json`, (route) =>
		route.fulfill({
			body: DATASET,
			contentType: 'application/json',
			headers: { 'access-control-allow-origin': '*' }
		})
	);
	const html = `<script src="${SITE}/widget.js"></script><dateline-timeline src="${HOST}/scale-100000.json"></dateline-timeline>`;
	await page.goto(`${HOST}/pasted.html?code=${Buffer.from(html).toString('base64url')}`);
	const timeline = page.locator('dateline-timeline').getByRole('group', { name: 'Events: 100000 events' });
	await expect(timeline.getByRole('button').first()).toBeVisible({ timeout: 30_000 });
	return timeline;
}

const focusedName = (page: Page) =>
	page.evaluate(() => {
		let active = document.activeElement;
		while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
		return active?.getAttribute('aria-label') ?? '';
	});

test('100,000 events render as named clusters, in a few thousand DOM nodes at most', async ({ page }) => {
	test.setTimeout(90_000);
	const timeline = await openWidget(page);
	const names = await timeline
		.getByRole('button')
		.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label')));
	expect(names.length).toBeGreaterThan(6);
	expect(names.every((name) => CLUSTER_NAME.test(name ?? ''))).toBe(true);
	// Every event is counted once, in the cluster of its type and the bin where it begins.
	const total = names.reduce((sum, name) => sum + Number(name!.split(' ')[0]), 0);
	expect(total).toBe(100_000);
	const nodes = await page.evaluate(() => {
		let count = 0;
		const walk = (root: Document | ShadowRoot) => {
			for (const element of root.querySelectorAll('*')) {
				count++;
				if (element.shadowRoot) walk(element.shadowRoot);
			}
		};
		walk(document);
		return count;
	});
	expect(nodes).toBeLessThanOrEqual(3000);
});

test('an aggregate opens with the keyboard, down to single events', async ({ page }) => {
	test.setTimeout(90_000);
	const timeline = await openWidget(page);
	await timeline.getByRole('button').first().focus();
	expect(await focusedName(page)).toMatch(CLUSTER_NAME);
	// Enter zooms into the cluster's span and focuses what is there: a finer cluster, then an event.
	let name = await focusedName(page);
	for (let i = 0; i < 8 && CLUSTER_NAME.test(name); i++) {
		await page.keyboard.press('Enter');
		await expect.poll(() => focusedName(page)).not.toBe(name);
		name = await focusedName(page);
	}
	expect(name).toMatch(EVENT_NAME);
	// At that zoom the events are marks of their own, each a named control.
	const marks = await timeline
		.getByRole('button')
		.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label')));
	expect(marks.filter((m) => EVENT_NAME.test(m ?? '')).length).toBeGreaterThan(5);
	// And the arrow keys walk on through the events in date order.
	await page.keyboard.press('ArrowRight');
	expect(await focusedName(page)).toMatch(EVENT_NAME);
	expect(await focusedName(page)).not.toBe(name);
});

test('the minimap brush pans and zooms the view, by pointer and by keyboard', async ({ page }) => {
	test.setTimeout(90_000);
	await openWidget(page);
	const widget = page.locator('dateline-timeline');
	const range = widget.getByTestId('visible-range');
	const full = await range.textContent();
	const brush = widget.getByRole('slider', { name: 'Visible period' });
	await brush.focus();
	await page.keyboard.press('ArrowUp');
	await expect(range).not.toHaveText(full!);
	const zoomed = await range.textContent();
	await page.keyboard.press('ArrowRight');
	await expect(range).not.toHaveText(zoomed!);
	// Dragging the brush to the left shows earlier dates.
	const panned = await range.textContent();
	const box = (await brush.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2 - 80, box.y + box.height / 2, { steps: 5 });
	await page.mouse.up();
	await expect(range).not.toHaveText(panned!);
	const year = (text: string | null) => Number(/(\d{4})/.exec(text ?? '')![1]);
	expect(year(await range.textContent())).toBeLessThanOrEqual(year(panned));
});

/** Whether the focused control (inside the widget's shadow root) is within the visible plot. */
const focusedInView = (page: Page) =>
	page.evaluate(() => {
		let active = document.activeElement;
		while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
		const svg = active?.closest('svg');
		if (!active || !svg) return false;
		const [a, s] = [active.getBoundingClientRect(), svg.getBoundingClientRect()];
		return a.right > s.left && a.left < s.right;
	});

test('End on a cluster brings the lane’s last cluster into view rather than focusing it off-screen', async ({
	page
}) => {
	test.setTimeout(90_000);
	const timeline = await openWidget(page);
	await timeline.getByRole('button').first().focus();
	// Zoomed in, the clusters of a lane run on past the right edge of the view.
	for (let i = 0; i < 3; i++) await page.keyboard.press('+');
	await expect.poll(() => focusedName(page)).toMatch(CLUSTER_NAME);
	const range = page.locator('dateline-timeline').getByTestId('visible-range');
	const before = await range.textContent();
	await page.keyboard.press('End');
	await expect.poll(() => focusedInView(page)).toBe(true);
	expect(await focusedName(page)).toMatch(CLUSTER_NAME);
	await expect(range).not.toHaveText(before!);
});

test('a hovered cluster shows its count and its bin beside it, and leaving it hides them', async ({
	page
}) => {
	test.setTimeout(90_000);
	const timeline = await openWidget(page);
	const cluster = timeline.getByRole('button', { name: CLUSTER_NAME }).nth(3);
	const [count, bin] = (await cluster.getAttribute('aria-label'))!.split(', ');
	await cluster.hover();
	const tooltip = page.locator('dateline-timeline .tooltip');
	await expect(tooltip).toBeVisible();
	await expect(tooltip).toContainText(count!);
	await expect(tooltip).toContainText(bin!);
	await page.mouse.move(2, 2);
	await expect(tooltip).toBeHidden();
});

test('zoom keys pressed right after a turn of the wheel keep focus in the timeline', async ({ page }) => {
	test.setTimeout(90_000);
	const timeline = await openWidget(page);
	await timeline.getByRole('button').first().focus();
	// Zoomed in to quarters, so that zooming back out turns every cluster into a yearly one.
	for (let i = 0; i < 2; i++) await page.keyboard.press('+');
	await expect.poll(() => focusedName(page)).toMatch(/^\d+ events?, \w+ – \w+ \d{4}, /);
	// A quarter that starts no year: its cluster is gone when years are shown.
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => focusedName(page)).toMatch(/^\d+ events?, April – June \d{4}, /);
	const box = (await timeline.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	// d3-zoom counts the next 150 ms as the same wheel gesture: the keys must still apply at once,
	// so that the focus moves on to a cluster of the new view rather than drop to the page.
	await page.mouse.wheel(0, -1);
	for (let i = 0; i < 4; i++) await page.keyboard.press('-');
	await expect.poll(() => focusedName(page)).toMatch(CLUSTER_NAME);
});
