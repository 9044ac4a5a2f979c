import { isConfident } from '../../src/lib/model/confidence.ts';
import { expect, test, type Page } from '@playwright/test';
import { HOST, SITE } from '../../playwright.config.ts';
import type { Dataset, TimelineEvent } from '../../src/lib/model/types.ts';
import { busiestActor, eventMarks, loadDataset, open } from './helpers.ts';

/** Uncaught errors on the page; a failed request's own console line is the browser's, not ours. */
function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (m) => {
		if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
	});
	return errors;
}

const widgetPage = (src: string) => `${HOST}/widget.html?src=${encodeURIComponent(src)}`;

test('<dateline-timeline> renders a dataset from src on a foreign page, untouched by its CSS', async ({
	page
}) => {
	const errors = collectErrors(page);
	await page.goto(widgetPage('/fixture.json'));
	const fixture = await (await page.request.get(`${HOST}/fixture.json`)).json();
	const widget = page.locator('#widget');
	const marks = eventMarks(widget);
	await expect(marks).toHaveCount(fixture.events.filter(isConfident).length);

	// The host hides every svg and sets every element in 30px serif; inside the shadow root none of it applies.
	const svg = widget.getByRole('group', { name: /^Events:/ });
	await expect(svg).toBeVisible();
	const label = await marks
		.first()
		.locator('text')
		.evaluate((el) => {
			const style = getComputedStyle(el);
			return { size: style.fontSize, family: style.fontFamily, fill: style.fill };
		});
	expect(label.size).toBe('12px');
	expect(label.family).not.toMatch(/^serif$/);
	expect(label.fill).not.toBe('rgb(0, 255, 0)');
	await expect(widget.getByRole('button', { name: 'Zoom in' })).toBeVisible();

	// And the widget's CSS does not leak out: the host's own elements keep the host's styles.
	const host = await page.locator('#host-text').evaluate((el) => getComputedStyle(el).fontSize);
	expect(host).toBe('30px');
	await expect(page.locator('#host-button')).toBeHidden();
	expect(await page.locator('head style').count()).toBe(1);
	expect(errors).toEqual([]);
});

test('<dateline-timeline> follows attribute changes', async ({ page, request }) => {
	const fixture = (await (await request.get(`${HOST}/fixture.json`)).json()) as Dataset;
	const count = (keep: (e: TimelineEvent) => boolean) =>
		fixture.events.filter((e) => isConfident(e) && keep(e)).length;
	const has = (e: TimelineEvent, id: string) => e.actors.includes(id);
	await page.goto(widgetPage('/fixture.json'));
	const widget = page.locator('#widget');
	const marks = eventMarks(widget);
	await expect(marks).toHaveCount(fixture.events.filter(isConfident).length);

	const set = (attributes: Record<string, string | null>) =>
		widget.evaluate((el, attributes) => {
			for (const [name, value] of Object.entries(attributes)) {
				if (value === null) el.removeAttribute(name);
				else el.setAttribute(name, value);
			}
		}, attributes);
	await set({ actors: 'putin' });
	await expect(marks).toHaveCount(count((e) => has(e, 'putin')));
	await set({ actors: 'syria,turkey' });
	await expect(marks).toHaveCount(count((e) => has(e, 'syria') || has(e, 'turkey')));
	await set({ match: 'all' });
	await expect(marks).toHaveCount(count((e) => has(e, 'syria') && has(e, 'turkey')));
	const russia = new Set([
		'russia',
		...fixture.actors.filter((a) => a.memberOf.includes('russia')).map((a) => a.id)
	]);
	await set({ actors: 'russia', match: null, members: '1' });
	await expect(marks).toHaveCount(count((e) => e.actors.some((a) => russia.has(a))));
	await set({ actors: null, members: null, types: 'meeting' });
	await expect(marks).toHaveCount(count((e) => e.type === 'meeting'));

	const background = () => widget.locator('.root').evaluate((el) => getComputedStyle(el).backgroundColor);
	await widget.evaluate((el) => el.setAttribute('theme', 'dark'));
	await expect.poll(background).toBe('rgb(20, 23, 28)');
	await widget.evaluate((el) => el.setAttribute('theme', 'light'));
	await expect.poll(background).toBe('rgb(255, 255, 255)');

	// An unknown actor is ignored with a notice, as a link's would be.
	await widget.evaluate((el) => el.setAttribute('actors', 'nobody'));
	await expect(widget.getByRole('status').filter({ hasText: 'nobody' })).toContainText('in the attributes');
});

test('<dateline-timeline> fires dateline-select with the event a reader opens', async ({ page }) => {
	await page.goto(widgetPage('/fixture.json'));
	const widget = page.locator('#widget');
	const mark = eventMarks(widget).first();
	const id = await mark.getAttribute('data-id');
	await mark.click();
	await expect(page.locator('body')).toHaveAttribute('data-selected', id!);
	await expect(widget.getByRole('heading', { level: 3 }).first()).toBeVisible();

	// The keyboard opens events too.
	await eventMarks(widget).last().focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('body')).toHaveAttribute(
		'data-selected',
		(await eventMarks(widget).last().getAttribute('data-id'))!
	);
});

test('<dateline-timeline> draws events on the first and last days it supports, and zooms out to them', async ({
	page
}) => {
	const errors = collectErrors(page);
	await page.goto(widgetPage('/edges.json'));
	const widget = page.locator('#widget');
	await expect(eventMarks(widget)).toHaveCount(2);
	for (let i = 0; i < 4; i++) await widget.getByRole('button', { name: 'Zoom out' }).click();
	await widget.locator('svg[aria-roledescription="timeline"]').hover();
	for (let i = 0; i < 20; i++) await page.mouse.wheel(0, 400);
	await expect(eventMarks(widget)).toHaveCount(2);
	expect(errors).toEqual([]);
});

test.describe('<dateline-timeline> explains in place when it has no data', () => {
	for (const [name, src, message] of [
		['a missing file', '/missing.json', /answered 404/],
		['JSON that is not a dataset', '/not-a-dataset.json', /is not a Dateline dataset/],
		['an unreachable server', 'http://127.0.0.1:9/events.json', /request failed/]
	] as const) {
		test(name, async ({ page }) => {
			const errors = collectErrors(page);
			await page.goto(widgetPage(src));
			await expect(page.locator('#widget').getByRole('alert')).toHaveText(message);
			expect(errors).toEqual([]);
		});
	}
});

test('several widgets on one page, with different datasets, work independently', async ({
	page,
	request
}) => {
	const dataset = await loadDataset(request);
	const errors = collectErrors(page);
	await page.goto(`${HOST}/widgets.html`);
	const fixture = page.locator('#fixture');
	const site = page.locator('#site');
	await expect(eventMarks(fixture)).toHaveCount(1);
	await expect(eventMarks(site)).toHaveCount(dataset.events.filter((e) => e.type === 'agreement').length);
	await eventMarks(fixture).first().click();
	await expect(fixture.getByRole('heading', { level: 3 }).first()).toBeVisible();
	await expect(site.getByRole('heading', { level: 3 })).toHaveCount(0);
	expect(errors).toEqual([]);
});

test('the embed dialog’s two snippets, pasted into a blank page, reproduce the view', async ({
	page,
	request,
	context
}) => {
	const dataset = await loadDataset(request);
	const { actor, events } = busiestActor(dataset);
	const expected = events.filter((e) => e.type !== 'military').length;
	await open(page, `/?actors=${actor.id}&types=meeting,talks,agreement,statement,other`);
	await expect(eventMarks(page)).toHaveCount(expected);

	await page.getByRole('button', { name: 'Embed…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
	await dialog.getByRole('radio', { name: 'dark' }).check();
	const iframeCode = await dialog.getByRole('textbox', { name: 'Iframe code' }).inputValue();
	// The live preview shows the same view.
	await expect(eventMarks(dialog.frameLocator('iframe'))).toHaveCount(expected);
	await dialog.getByRole('tab', { name: 'Web component' }).click();
	const widgetCode = await dialog.getByRole('textbox', { name: 'Web component code' }).inputValue();
	await expect(eventMarks(dialog.locator('dateline-timeline'))).toHaveCount(expected);
	await dialog.getByRole('button', { name: 'Copy code' }).click();
	await expect(dialog.getByRole('status')).toHaveText(/Copied|select the code/);
	expect(iframeCode).toContain(`${SITE}/embed?`);
	expect(widgetCode).toContain(`${SITE}/widget.js`);

	// Each snippet, as the only content of a page on another origin.
	for (const [name, code] of [
		['iframe', iframeCode],
		['widget', widgetCode]
	]) {
		const pasted = await context.newPage();
		await pasted.goto(`${HOST}/pasted.html?code=${Buffer.from(code!).toString('base64url')}`);
		const scope = name === 'iframe' ? pasted.frameLocator('iframe') : pasted.locator('dateline-timeline');
		await expect(eventMarks(scope)).toHaveCount(expected);
		const dark = await (name === 'iframe'
			? scope.locator('body').evaluate((el) => getComputedStyle(el).backgroundColor)
			: scope.locator('.root').evaluate((el) => getComputedStyle(el).backgroundColor));
		expect(dark).toBe('rgb(20, 23, 28)');
	}
});

test.describe('<dateline-timeline> details', () => {
	test('a widget with no src says so instead of loading forever', async ({ page }) => {
		await page.goto(widgetPage('/fixture.json'));
		await page.evaluate(() => document.body.append(document.createElement('dateline-timeline')));
		await expect(page.locator('dateline-timeline').last().getByRole('alert')).toHaveText(
			/no data: set its src/
		);
	});

	test('an open event stays open when another attribute changes', async ({ page }) => {
		await page.goto(widgetPage('/fixture.json'));
		const widget = page.locator('#widget');
		await eventMarks(widget).first().click();
		const heading = widget.getByRole('heading', { level: 3 }).first();
		await expect(heading).toBeVisible();
		await widget.evaluate((el) => el.setAttribute('theme', 'dark'));
		await expect(heading).toBeVisible();
	});

	test('Escape closes the open event', async ({ page }) => {
		await page.goto(widgetPage('/fixture.json'));
		const widget = page.locator('#widget');
		await eventMarks(widget).first().click();
		await expect(widget.getByRole('heading', { level: 3 })).not.toHaveCount(0);
		await page.keyboard.press('Escape');
		await expect(widget.getByRole('heading', { level: 3 })).toHaveCount(0);
	});

	test('a listener that edits the dateline-select detail does not edit the widget', async ({ page }) => {
		await page.goto(widgetPage('/fixture.json'));
		await page.evaluate(() =>
			document.addEventListener(
				'dateline-select',
				(event) => ((event as CustomEvent).detail.title = 'Hacked')
			)
		);
		const widget = page.locator('#widget');
		const mark = eventMarks(widget).first();
		const title = (await mark.getAttribute('aria-label'))!.split(', ')[0]!;
		await mark.click();
		await expect(widget.getByRole('heading', { level: 3 }).first()).toHaveText(title);
	});

	test('zoom keys keep the focused event in view inside the shadow root', async ({ page }) => {
		await page.goto(widgetPage('/fixture.json'));
		const widget = page.locator('#widget');
		await eventMarks(widget).last().focus();
		for (let i = 0; i < 4; i++) await page.keyboard.press('+');
		const focused = widget.locator('[data-id]:focus .shape');
		const [mark, plot] = [
			(await focused.boundingBox())!,
			(await widget.getByRole('group', { name: /^Events:/ }).boundingBox())!
		];
		expect(mark.x).toBeGreaterThanOrEqual(plot.x);
		expect(mark.x + mark.width).toBeLessThanOrEqual(plot.x + plot.width);
	});

	test('in a box of fixed height, an opened event is scrolled into the box', async ({ page }) => {
		await page.goto(widgetPage('/fixture.json'));
		const widget = page.locator('#widget');
		await widget.evaluate((el) => el.setAttribute('height', '200'));
		await eventMarks(widget).first().click();
		await expect.poll(() => widget.locator('.root').evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
	});

	test('a dataset without events says so', async ({ page }) => {
		await page.goto(widgetPage('/empty.json'));
		await expect(page.locator('#widget').getByText('This timeline has no events yet.')).toBeVisible();
	});
});

test('an iframe sizes itself even when embed.js arrives after the frame posted its height', async ({
	page
}) => {
	await page.goto(`${HOST}/late-iframe.html?src=${encodeURIComponent('/embed?types=agreement')}`);
	const frame = page.frameLocator('iframe');
	await expect(eventMarks(frame).first()).toBeVisible();
	const content = await frame
		.locator('.embed')
		.evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
	await expect
		.poll(() => page.locator('iframe').evaluate((el) => el.clientHeight), { timeout: 10_000 })
		.toBe(content);
});

test('the embed dialog’s tabs follow the arrow keys, and focus with them', async ({ page }) => {
	await open(page, '/');
	await page.getByRole('button', { name: 'Embed…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
	await dialog.getByRole('tab', { name: 'Iframe' }).focus();
	await page.keyboard.press('ArrowRight');
	await expect(dialog.getByRole('tab', { name: 'Web component' })).toBeFocused();
	await expect(dialog.getByRole('tab', { name: 'Web component' })).toHaveAttribute('aria-selected', 'true');
	await page.keyboard.press('Home');
	await expect(dialog.getByRole('tab', { name: 'Iframe' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
});
