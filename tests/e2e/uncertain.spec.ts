import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { HOST } from '../../playwright.config.ts';
import { CONFIDENCE_THRESHOLD } from '../../src/lib/model/confidence.ts';
import type { CompactIndex } from '../../src/lib/model/compact-index.ts';
import { encodeIndex } from '../../src/lib/model/encode-index.ts';
import type { Dataset } from '../../src/lib/model/types.ts';
import { eventMarks, open } from './helpers.ts';

/**
 * The built site's dataset with one event below the confidence threshold, served to the page in place
 * of /events.json: the site's own data need carry no confidence for this to be tested.
 */
/** Every event the built site serves, the uncertain ones included. */
async function builtDataset(request: APIRequestContext): Promise<Dataset> {
	return (await (await request.get('/events.json')).json()) as Dataset;
}

async function withUncertainEvent(page: Page, dataset: Dataset) {
	const uncertain = dataset.events[Math.floor(dataset.events.length / 2)]!;
	const changed: Dataset = {
		...dataset,
		events: dataset.events.map((e) =>
			e === uncertain ? { ...e, confidence: CONFIDENCE_THRESHOLD / 2 } : { ...e, confidence: 1 }
		)
	};
	// `/` and `/embed` draw from the compact index: it gets the same change, the shards stay as built.
	const built = (await (await page.request.get('/data/index.json')).json()) as CompactIndex;
	const index = encodeIndex(changed, {
		shardSize: built.details.size,
		detailsPath: built.details.path,
		...(built.search ? { search: built.search } : {})
	});
	await page.route('**/events.json', (route) => route.fulfill({ json: changed }));
	await page.route('**/data/index.json', (route) => route.fulfill({ json: index }));
	return { uncertain, total: dataset.events.length };
}

test('/ hides an event below the confidence threshold, says so, and shows it on request', async ({
	page,
	request
}) => {
	const { uncertain, total } = await withUncertainEvent(page, await builtDataset(request));
	await open(page, '/');
	const status = page.getByRole('status').filter({ hasText: /^Showing/ });
	await expect(status).toHaveText(`Showing ${total - 1} of ${total} events`);
	await expect(page.getByText('1 uncertain event hidden')).toBeVisible();
	await expect(page.locator(`[data-id="${uncertain.id}"]`)).toHaveCount(0);

	// The control shows it, writes the choice into the URL, and the mark looks tentative.
	const toggle = page.getByRole('checkbox', { name: 'Show uncertain events' });
	await toggle.check();
	await expect(page).toHaveURL(/[?&]uncertain=1\b/);
	await expect(status).toHaveText(`Showing ${total} of ${total} events`);
	await expect(page.getByText('1 uncertain event shown')).toBeVisible();
	// The embed dialog's snippets carry the choice.
	await page.getByRole('button', { name: 'Embed…' }).click();
	await expect(page.getByRole('textbox', { name: 'Iframe code' })).toHaveValue(/uncertain=1/);
	await page.getByRole('tab', { name: 'Web component' }).click();
	await expect(page.getByRole('textbox', { name: 'Web component code' })).toHaveValue(/uncertain="1"/);
	await page.getByRole('button', { name: 'Close' }).click();
	await toggle.uncheck();
	await expect(page).not.toHaveURL(/uncertain=/);
	await expect(status).toHaveText(`Showing ${total - 1} of ${total} events`);
});

test('/?uncertain=1 shows the uncertain event, drawn as tentative, and its details say why', async ({
	page,
	request
}) => {
	const { uncertain, total } = await withUncertainEvent(page, await builtDataset(request));
	await open(page, `/?uncertain=1`);
	await expect(page.getByRole('status').filter({ hasText: /^Showing/ })).toHaveText(
		`Showing ${total} of ${total} events`
	);
	await expect(page.getByRole('checkbox', { name: 'Show uncertain events' })).toBeChecked();
	const mark = page.getByRole('button', { name: /, uncertain$/ });
	await expect(mark).toHaveCount(1);
	await mark.click();
	await expect(page.getByRole('complementary', { name: 'Event details' })).toContainText(
		`Uncertain: extracted with low confidence (${(CONFIDENCE_THRESHOLD / 2).toFixed(2)})`
	);
	await expect(page.getByRole('heading', { name: uncertain.title })).toBeVisible();
});

test('a link to an event below the threshold still shows it', async ({ page, request }) => {
	const { uncertain, total } = await withUncertainEvent(page, await builtDataset(request));
	await open(page, `/?event=${uncertain.id}`);
	await expect(page.getByRole('heading', { name: uncertain.title })).toBeVisible();
	await expect(page.getByRole('button', { name: /, uncertain$/ })).toHaveCount(1);
	await expect(page.getByRole('status').filter({ hasText: /^Showing/ })).toHaveText(
		`Showing ${total} of ${total} events`
	);
});

test('an unknown uncertain value is ignored with a notice', async ({ page, request }) => {
	const { total } = await withUncertainEvent(page, await builtDataset(request));
	await open(page, '/?uncertain=maybe');
	await expect(page.getByRole('status').filter({ hasText: 'maybe' })).toContainText('was ignored');
	await expect(page.getByText('1 uncertain event hidden')).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: /^Showing/ })).toHaveText(
		`Showing ${total - 1} of ${total} events`
	);
});

test('/embed hides the uncertain event beside the legend, and its control writes uncertain=1', async ({
	page,
	request
}) => {
	const { total } = await withUncertainEvent(page, await builtDataset(request));
	await open(page, '/embed?theme=dark');
	const credit = page.getByText(/ of \d+ events$/);
	await expect(credit).toContainText(`${total - 1} of ${total} events`);
	await expect(page.getByText('1 uncertain event hidden')).toBeVisible();
	await page.getByRole('checkbox', { name: 'Show uncertain events' }).check();
	await expect(page).toHaveURL(/[?&]uncertain=1\b/);
	await expect(page).toHaveURL(/[?&]theme=dark\b/);
	await expect(credit).toContainText(`${total} of ${total} events`);
});

test('<dateline-timeline> hides uncertain events until its uncertain attribute is set', async ({ page }) => {
	const dataset = (await (await page.request.get(`${HOST}/uncertain.json`)).json()) as Dataset;
	const confident = dataset.events.filter((e) => e.confidence! >= CONFIDENCE_THRESHOLD).length;
	const hidden = dataset.events.length - confident;
	expect(hidden).toBeGreaterThan(1);
	await page.goto(`${HOST}/widget.html?src=${encodeURIComponent('/uncertain.json')}`);
	const widget = page.locator('#widget');
	const marks = eventMarks(widget);
	await expect(marks).toHaveCount(confident);
	await expect(widget.getByText(`${hidden} uncertain events hidden`)).toBeVisible();

	await widget.evaluate((el) => el.setAttribute('uncertain', '1'));
	await expect(marks).toHaveCount(dataset.events.length);
	await expect(widget.getByRole('checkbox', { name: 'Show uncertain events' })).toBeChecked();
	await widget.evaluate((el) => el.setAttribute('uncertain', 'lots'));
	await expect(marks).toHaveCount(confident);
	await expect(widget.getByRole('status').filter({ hasText: 'lots' })).toContainText('in the attributes');

	// The reader's own control works inside the widget too.
	await widget.getByRole('checkbox', { name: 'Show uncertain events' }).check();
	await expect(marks).toHaveCount(dataset.events.length);
});
