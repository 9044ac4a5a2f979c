import { expect, type APIRequestContext, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { isConfident } from '../../src/lib/model/confidence.ts';
import type { Dataset, TimelineEvent } from '../../src/lib/model/types.ts';

/** Wait until a page (or a framed page) of the site has hydrated: until then its controls do nothing. */
export async function hydrated(scope: Page | FrameLocator): Promise<void> {
	await scope.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/** Open a page of the site and wait until it has hydrated. */
export async function open(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await hydrated(page);
}

/**
 * The dataset the built site serves, as a reader first sees it: without the events below the
 * confidence threshold, which the views hide by default (`total` counts them all). Tests compute what
 * they expect from it, not from constants.
 */
export async function loadDataset(request: APIRequestContext): Promise<Dataset & { total: number }> {
	const response = await request.get('/events.json');
	expect(response.ok()).toBe(true);
	const dataset = (await response.json()) as Dataset;
	return { ...dataset, events: dataset.events.filter(isConfident), total: dataset.events.length };
}

/** The event controls drawn on the timeline. */
export function eventMarks(scope: Page | FrameLocator | Locator): Locator {
	return scope.getByRole('group', { name: /^Events: \d+ events?$/ }).getByRole('button');
}

/** Accessible names of the event controls in view. */
export async function markNames(marks: Locator): Promise<string[]> {
	return marks.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
}

/** The titles behind a list of accessible names (`Title, date, type`), matched against the dataset. */
export function titlesOf(names: string[], events: readonly TimelineEvent[]): string[] {
	return names
		.map((name) => events.find((e) => name.startsWith(`${e.title}, `))?.title ?? `?? ${name}`)
		.sort();
}

/** The actor with the most events of its own: a fair pick for filtering tests on any dataset. */
export function busiestActor(dataset: Dataset, kind = 'person') {
	const counts = new Map<string, number>();
	for (const e of dataset.events) for (const a of e.actors) counts.set(a, (counts.get(a) ?? 0) + 1);
	const actor = dataset.actors
		.filter((a) => a.kind === kind)
		.sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0))[0]!;
	return { actor, events: dataset.events.filter((e) => e.actors.includes(actor.id)) };
}

/** Press Tab until focus lands on an event control; fails after `limit` presses. */
export async function tabToTimeline(page: Page, limit = 40): Promise<void> {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		const onMark = await page.evaluate(
			() =>
				document.activeElement?.closest('[aria-roledescription="timeline"]') !== null &&
				document.activeElement?.getAttribute('role') === 'button'
		);
		if (onMark) return;
	}
	throw new Error(`no event control reached in ${limit} Tab presses`);
}

export const focusedName = (page: Page) =>
	page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
