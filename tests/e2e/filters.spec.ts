import { expect, test } from '@playwright/test';
import { busiestActor, eventMarks, loadDataset, markNames, titlesOf, open } from './helpers.ts';

test('choosing an actor reduces the timeline to exactly their events, in the URL and back again', async ({
	page,
	request,
	context
}) => {
	const dataset = await loadDataset(request);
	const { actor, events } = busiestActor(dataset);
	const expected = events.map((e) => e.title).sort();
	await open(page, '/');
	const marks = eventMarks(page);
	await expect(marks).toHaveCount(dataset.events.length);

	await page.getByRole('combobox', { name: 'Actors' }).fill(actor.name.split(' ').at(-1)!);
	await page.getByRole('option', { name: new RegExp(actor.name) }).click();

	await expect(page).toHaveURL(new RegExp(`[?&]actors=${actor.id}(&|$)`));
	await expect(marks).toHaveCount(events.length);
	expect(titlesOf(await markNames(marks), dataset.events)).toEqual(expected);
	await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(
		`Showing ${events.length} of ${dataset.total} events`
	);

	// The URL alone restores the view, in a fresh page.
	const shared = await context.newPage();
	await open(shared, page.url());
	await expect(eventMarks(shared)).toHaveCount(events.length);
	await expect(shared.getByRole('button', { name: `Remove ${actor.name}` })).toBeVisible();

	// Back and forward step through the views.
	await page.goBack();
	await expect(marks).toHaveCount(dataset.events.length);
	await page.goForward();
	await expect(marks).toHaveCount(events.length);
});

test('include members widens an actor to its members (a state to its officials)', async ({
	page,
	request
}) => {
	const dataset = await loadDataset(request);
	// The actor whose members add the most events of their own; one level of membership is enough
	// here, deeper chains are unit-tested.
	const widen = (id: string) => {
		const members = new Set([id, ...dataset.actors.filter((m) => m.memberOf.includes(id)).map((m) => m.id)]);
		return dataset.events.filter((e) => e.actors.some((a) => members.has(a))).length;
	};
	const direct = (id: string) => dataset.events.filter((e) => e.actors.includes(id)).length;
	const state = [...dataset.actors].sort(
		(a, b) => widen(b.id) - direct(b.id) - (widen(a.id) - direct(a.id))
	)[0]!;
	const [directCount, widened] = [direct(state.id), widen(state.id)];
	await open(page, `/?actors=${state.id}`);
	await expect(eventMarks(page)).toHaveCount(directCount);
	await page.getByRole('checkbox', { name: 'include members' }).check();
	await expect(page).toHaveURL(/members=1/);
	expect(widened).toBeGreaterThan(directCount);
	await expect(eventMarks(page)).toHaveCount(widened);
});

test('match=all keeps only events with every chosen actor', async ({ page, request }) => {
	const dataset = await loadDataset(request);
	const [a, b] = ['putin', 'erdogan'].map((id) => dataset.actors.find((x) => x.id === id));
	expect([a, b], 'putin and erdogan in the bundled data').not.toContain(undefined);
	const both = dataset.events.filter((e) => e.actors.includes(a!.id) && e.actors.includes(b!.id));
	const either = dataset.events.filter((e) => e.actors.includes(a!.id) || e.actors.includes(b!.id));
	await open(page, `/?actors=${a!.id},${b!.id}`);
	await expect(eventMarks(page)).toHaveCount(either.length);
	await page.getByRole('radio', { name: 'all' }).check();
	await expect(eventMarks(page)).toHaveCount(both.length);
	await expect(page).toHaveURL(/match=all/);
});

test('types, dates and text narrow the timeline', async ({ page, request }) => {
	const dataset = await loadDataset(request);
	await open(page, '/');
	await page.getByRole('checkbox', { name: 'Military' }).uncheck();
	const noMilitary = dataset.events.filter((e) => e.type !== 'military');
	await expect(eventMarks(page)).toHaveCount(noMilitary.length);
	await expect(page).toHaveURL(/types=meeting,talks,agreement,statement,other/);

	await page.getByLabel('From', { exact: true }).fill('2019-01-01');
	const from2019 = noMilitary.filter((e) => e.end >= '2019-01-01');
	await expect(eventMarks(page)).toHaveCount(from2019.length);

	await page.getByRole('searchbox').fill('Sochi');
	await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get('q'))).toBe('Sochi');
	const sochi = from2019.filter((e) =>
		[e.title, e.summary, e.place, ...e.sources.map((s) => s.quote)].some((t) => t?.includes('Sochi'))
	);
	// Text also matches actor names, so at least the events that say "Sochi" are kept.
	const names = await markNames(eventMarks(page));
	expect(names.length).toBeGreaterThanOrEqual(sochi.length);
	expect(names.length).toBeLessThan(from2019.length);
	expect(titlesOf(names, dataset.events)).toEqual(expect.arrayContaining(sochi.map((e) => e.title)));

	await page.getByRole('button', { name: 'Clear filters' }).click();
	await expect(eventMarks(page)).toHaveCount(dataset.events.length);
	await expect(page).toHaveURL(/\/$/);
});

test('unknown actor ids in a link are ignored with a visible notice', async ({ page, request }) => {
	const dataset = await loadDataset(request);
	const { actor, events } = busiestActor(dataset);
	await open(page, `/?actors=no-such-actor,${actor.id}&types=bogus&from=2019-02-30`);
	const notices = page.getByRole('status').filter({ hasText: 'no-such-actor' });
	await expect(notices).toBeVisible();
	await expect(notices).toContainText('bogus');
	await expect(notices).toContainText('2019-02-30');
	await expect(eventMarks(page)).toHaveCount(events.length);
	await page.getByRole('button', { name: 'Dismiss notices' }).click();
	await expect(notices).toHaveCount(0);
});

test('ten or more unknown values each get their notice, whose keys cannot collide', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	// "actors" + "x1" + "0" and "actors" + "x" + "10" were one key: the notices threw and showed nothing.
	const ids = ['x1', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'x'];
	await open(page, `/?actors=${ids.join(',')}`);
	const notices = page.getByRole('status').filter({ hasText: 'x1' }).locator('li');
	await expect(notices).toHaveCount(ids.length);
	expect(errors).toEqual([]);
});

test('on a narrow screen the filters fold behind a toggle that counts what is active', async ({
	page,
	request
}) => {
	const dataset = await loadDataset(request);
	const { actor, events } = busiestActor(dataset);
	await page.setViewportSize({ width: 390, height: 800 });
	await open(page, '/');
	const toggle = page.getByRole('button', { name: /^Filters/ });
	const actors = page.getByRole('combobox', { name: 'Actors' });
	await expect(actors).toBeHidden();
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	await actors.fill(actor.name);
	await page.getByRole('option', { name: new RegExp(actor.name) }).click();
	await expect(eventMarks(page)).toHaveCount(events.length);
	await toggle.click();
	await expect(actors).toBeHidden();
	await expect(toggle).toHaveText('Filters (1 active)');
});

test('Tab from the actor search moves on to the next control', async ({ page }) => {
	await open(page, '/');
	await page.getByRole('combobox', { name: 'Actors' }).focus();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('radio', { name: 'any' })).toBeFocused();
});

test('a search is one step in history: Back returns to the view before it', async ({ page }) => {
	await open(page, '/?types=talks');
	const search = page.getByRole('searchbox');
	await search.pressSequentially('Astana', { delay: 20 });
	await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get('q'))).toBe('Astana');
	await search.pressSequentially(' round', { delay: 20 });
	await expect
		.poll(() => page.evaluate(() => new URL(location.href).searchParams.get('q')))
		.toBe('Astana round');
	await page.goBack();
	await expect(page).toHaveURL(/\/\?types=talks$/);
	await expect(search).toHaveValue('');
});

test('include members and match=all can be cleared like any other filter', async ({ page, request }) => {
	const dataset = await loadDataset(request);
	await open(page, '/?members=1&match=all');
	await expect(page.getByRole('button', { name: 'Filters (2 active)', includeHidden: true })).toBeAttached();
	await page.getByRole('button', { name: 'Clear filters' }).click();
	await expect(page).toHaveURL(/\/$/);
	await expect(eventMarks(page)).toHaveCount(dataset.events.length);
});
