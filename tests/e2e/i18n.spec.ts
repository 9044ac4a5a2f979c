import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import { HOST } from '../../playwright.config.ts';
import type { TimelineEvent } from '../../src/lib/model/types.ts';
import { hydrated, loadDataset, open } from './helpers.ts';

// Dates in each language written out by hand here (not with the app's own formatter), as a reader
// of the language writes them: the months in the genitive after a day in Russian, in the nominative alone.
const RU_GENITIVE = 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря'.split(
	' '
);
const RU_NOMINATIVE = 'январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь'.split(
	' '
);
const FR_MONTHS =
	'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' ');

type Kind = 'a day' | 'a range of days' | 'a month' | 'a year';
const parts = (iso: string) => iso.split('-').map(Number) as [number, number, number];

const WRITTEN: Record<'ru' | 'fr', Record<Kind, (e: TimelineEvent) => string>> = {
	ru: {
		'a day': (e) => `${parts(e.start)[2]} ${RU_GENITIVE[parts(e.start)[1] - 1]} ${parts(e.start)[0]} г.`,
		'a range of days': (e) =>
			`${parts(e.start)[2]}–${parts(e.end)[2]} ${RU_GENITIVE[parts(e.end)[1] - 1]} ${parts(e.end)[0]} г.`,
		'a month': (e) => `${RU_NOMINATIVE[parts(e.start)[1] - 1]} ${parts(e.start)[0]} г.`,
		'a year': (e) => `${parts(e.start)[0]}`
	},
	fr: {
		'a day': (e) => `${parts(e.start)[2]} ${FR_MONTHS[parts(e.start)[1] - 1]} ${parts(e.start)[0]}`,
		'a range of days': (e) =>
			`${parts(e.start)[2]}–${parts(e.end)[2]} ${FR_MONTHS[parts(e.end)[1] - 1]} ${parts(e.end)[0]}`,
		'a month': (e) => `${FR_MONTHS[parts(e.start)[1] - 1]} ${parts(e.start)[0]}`,
		'a year': (e) => `${parts(e.start)[0]}`
	}
};

/** The first event of the dataset of each kind: one day, days within one month, one month, one year. */
function eventsOfEachKind(events: readonly TimelineEvent[]): [Kind, TimelineEvent][] {
	const find = (keep: (e: TimelineEvent) => boolean) => events.find(keep)!;
	return [
		['a day', find((e) => e.precision === 'day' && e.start === e.end)],
		[
			'a range of days',
			find((e) => e.precision === 'day' && e.start !== e.end && e.start.slice(0, 7) === e.end.slice(0, 7))
		],
		['a month', find((e) => e.precision === 'month' && e.start.slice(0, 7) === e.end.slice(0, 7))],
		['a year', find((e) => e.precision === 'year' && e.start.slice(0, 4) === e.end.slice(0, 4))]
	];
}

// CLDR writes some spaces as narrow no-break ones; a reader sees a space.
const spaced = (text: string | null) => (text ?? '').replace(/[\u202f\u00a0\u2009]/g, ' ').trim();

/** Open a page in a language and wait until its words have arrived (the `<html lang>` says so). */
async function openIn(page: Page, url: string, lang: string): Promise<void> {
	await open(page, url);
	await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

for (const lang of ['ru', 'fr'] as const) {
	test(`/?lang=${lang} writes a day, a range, a month and a year as ${lang === 'ru' ? 'Russian' : 'French'} does`, async ({
		page,
		request
	}) => {
		const dataset = await loadDataset(request);
		const all = (await (await request.get('/events.json')).json()).events as TimelineEvent[];
		expect(dataset.events.length).toBeGreaterThan(0);
		for (const [kind, event] of eventsOfEachKind(all)) {
			expect(event, `the demo data has ${kind}`).toBeDefined();
			await openIn(page, `/?lang=${lang}&event=${encodeURIComponent(event.id)}`, lang);
			const panel = page.locator('aside');
			await expect(panel.getByRole('heading', { level: 2 })).toHaveText(event.title);
			const date = spaced(await panel.locator('time').first().textContent());
			expect(date, `${kind}: ${event.start}..${event.end}`).toBe(WRITTEN[lang][kind](event));
		}
	});
}

test('/?lang=ar is laid out right to left, in Arabic words and digits', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await openIn(page, '/?lang=ar', 'ar');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('الخط الزمني');
	const timeline = page.getByRole('group', { name: /^الأحداث: / });
	await expect(timeline).toBeVisible();
	await expect(timeline).toHaveAttribute('aria-roledescription', 'خط زمني');
	await expect(page.getByRole('button', { name: 'تكبير', exact: true })).toBeVisible();
	// Dates and counts in Arabic-Indic digits, months by their Arabic names.
	await expect(page.getByTestId('visible-range')).toHaveText(/^المعروض: .*[٠-٩]{4}/);
	await expect(page.getByRole('status').filter({ hasText: /^المعروض [٠-٩]+ من/ })).toBeVisible();
	await expect(page.locator('[data-testid="axis"] text').first()).toHaveText(/[٠-٩]|[\u0600-\u06ff]/);

	// The layout mirrors: the details beside the chart stand on its left, the filter bar starts on the right.
	const chart = (await page.getByRole('region', { name: 'الخط الزمني' }).boundingBox())!;
	const panel = (await page.getByRole('complementary', { name: 'تفاصيل الحدث' }).boundingBox())!;
	expect(panel.x + panel.width).toBeLessThanOrEqual(chart.x + 1);
	const actors = (await page.getByRole('combobox', { name: 'الأطراف' }).boundingBox())!;
	const text = (await page.getByRole('searchbox', { name: 'النص' }).boundingBox())!;
	expect(actors.x).toBeGreaterThan(text.x);

	// An event's details: the date in Arabic, the article's words in their own direction.
	const mark = timeline.getByRole('button').first();
	await mark.click();
	const details = page.getByRole('complementary', { name: 'تفاصيل الحدث' });
	await expect(details.locator('time').first()).toHaveText(/[٠-٩]/);
	await expect(details.getByRole('heading', { level: 2 })).toHaveAttribute('dir', 'auto');
	await expect(details.getByRole('term').first()).toHaveText('التاريخ');
});

test('keyboard navigation works in Arabic: time runs left to right, so → is later and ← earlier', async ({
	page
}) => {
	await openIn(page, '/?lang=ar', 'ar');
	const marks = page.getByRole('group', { name: /^الأحداث: / }).getByRole('button');
	await expect(marks.first()).toBeVisible();
	await marks.first().focus();
	const at = () => page.evaluate(() => document.activeElement!.getBoundingClientRect().x);
	const name = () => page.evaluate(() => document.activeElement!.getAttribute('aria-label'));
	const first = { x: await at(), name: await name() };
	await page.keyboard.press('ArrowRight');
	await expect.poll(name).not.toBe(first.name);
	expect(await at()).toBeGreaterThanOrEqual(first.x);
	await page.keyboard.press('ArrowLeft');
	await expect.poll(name).toBe(first.name);
	// Enter opens the event, in Arabic.
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'إغلاق التفاصيل' })).toBeVisible();
});

test('an unknown lang falls back to English with a notice', async ({ page }) => {
	await open(page, '/?lang=xx');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline');
	const notice = page.getByRole('status').filter({ hasText: '"xx"' });
	await expect(notice).toContainText('Unknown language "xx" in the link was ignored; showing English.');
});

test('the language picker writes lang= into the link, and back returns to the language before', async ({
	page
}) => {
	await open(page, '/?lang=en');
	await page.getByRole('combobox', { name: 'Language' }).selectOption('tr');
	await expect(page).toHaveURL(/[?&]lang=tr\b/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zaman çizelgesi');
	await page.goBack();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('/embed?lang=ru speaks Russian and keeps lang in its link to the site', async ({ page }) => {
	await openIn(page, '/embed?lang=ru', 'ru');
	await expect(page.getByRole('button', { name: 'Приблизить', exact: true })).toBeVisible();
	await expect(page.getByRole('link', { name: /Открыть в Dateline/ })).toHaveAttribute('href', /lang=ru/);
});

test("the Embed dialog's snippets keep the language", async ({ page }) => {
	await openIn(page, '/?lang=fr', 'fr');
	await page.getByRole('button', { name: 'Intégrer…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Intégrer cette chronologie' });
	const iframeCode = await dialog.getByRole('textbox', { name: 'Code de l’iframe' }).inputValue();
	expect(iframeCode).toMatch(/\/embed\?[^"]*lang=fr/);
	expect(iframeCode).toContain('title="Chronologie Dateline"');
	await expect(dialog.frameLocator('iframe').locator('html')).toHaveAttribute('lang', 'fr');
	await dialog.getByRole('tab', { name: 'Composant web' }).click();
	const widgetCode = await dialog.getByRole('textbox', { name: 'Code du composant web' }).inputValue();
	expect(widgetCode).toMatch(/\n {2}lang="fr"/);
	// The preview fetches the widget, the index and the French table one after the other: give it time.
	await expect(
		dialog.locator('dateline-timeline').getByRole('button', { name: 'Zoomer', exact: true })
	).toBeVisible({ timeout: 15_000 });
});

test('lang on <dateline-timeline> changes its language live', async ({ page }) => {
	await page.goto(`${HOST}/widget.html?src=${encodeURIComponent('/fixture.json')}`);
	const widget = page.locator('#widget');
	await expect(widget.getByRole('button', { name: 'Zoom in' })).toBeVisible();
	await widget.evaluate((el) => el.setAttribute('lang', 'fr'));
	await expect(widget.getByRole('button', { name: 'Zoomer', exact: true })).toBeVisible();
	await expect(widget.getByRole('group', { name: /^Événements : / })).toBeVisible();
	await widget.evaluate((el) => el.setAttribute('lang', 'ar'));
	await expect(widget.getByRole('button', { name: 'تكبير', exact: true })).toBeVisible();
	await expect(widget.locator('.root')).toHaveAttribute('dir', 'rtl');
	// Without the attribute it speaks English again; an unknown one is ignored with a notice.
	await widget.evaluate((el) => el.removeAttribute('lang'));
	await expect(widget.getByRole('button', { name: 'Zoom in' })).toBeVisible();
	await expect(widget.locator('.root')).toHaveAttribute('dir', 'ltr');
	await widget.evaluate((el) => el.setAttribute('lang', 'klingon'));
	await expect(widget.getByRole('status').filter({ hasText: 'klingon' })).toContainText('in the attributes');
});

// axe-core injected as a plain script (not @axe-core/playwright): Dateline's pages in two directions.
const require = createRequire(import.meta.url);
// A devDependency: a checkout without it fails here, never skips the audit in silence.
const axePath = require.resolve('axe-core/axe.min.js');

for (const lang of ['ar', 'en']) {
	test(`axe finds no violations on /?lang=${lang}`, async ({ page }) => {
		await openIn(page, `/?lang=${lang}`, lang);
		await hydrated(page);
		await expect(page.getByRole('group', { name: /: / }).getByRole('button').first()).toBeVisible();
		await page.addScriptTag({ path: axePath });
		const violations = await page.evaluate(async () => {
			const axe = (
				window as unknown as {
					axe: {
						run: (c: Document) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
					};
				}
			).axe;
			const result = await axe.run(document);
			return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
		});
		expect(violations).toEqual([]);
	});
}
