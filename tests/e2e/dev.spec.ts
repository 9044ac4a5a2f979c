import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { eventMarks, open } from './helpers.ts';

// `vite dev` on a copy of the fixture data: editing data/ reloads the page, bad data shows the overlay.
const PORT = 5181;
let server: ChildProcess;
let data: string;
let events: string;
let original: string;

// Starting vite dev extracts the data (the NLP model included) before the first page: give it time.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

test.beforeAll(async () => {
	// A hook has the default 30 s, not the 90 s above: as long as the 60 s it waits for the server below.
	test.setTimeout(90_000);
	data = mkdtempSync(join(tmpdir(), 'dateline-dev-'));
	cpSync('tests/fixtures/data', data, { recursive: true });
	events = join(data, 'events', 'events.yaml');
	original = readFileSync(events, 'utf8');
	server = spawn(
		'node_modules/.bin/vite',
		['dev', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
		{
			env: { ...process.env, DATELINE_DATA: data },
			stdio: 'ignore'
		}
	);
	const deadline = Date.now() + 60_000;
	while (Date.now() < deadline) {
		const up = await fetch(`http://127.0.0.1:${PORT}/`).then(
			(r) => r.ok,
			() => false
		);
		if (up) return;
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error('vite dev did not start');
});

test.afterAll(() => {
	server?.kill();
	rmSync(data, { recursive: true, force: true });
});

test('under vite dev, editing data/ reloads the page and bad data shows the overlay with file:line', async ({
	page
}) => {
	test.setTimeout(90_000);
	await open(page, `http://127.0.0.1:${PORT}/`);
	const marks = eventMarks(page);
	// The fixture's curated events and what extraction finds in its articles.
	await expect(marks.first()).toBeVisible({ timeout: 20_000 });
	const count = await marks.count();

	writeFileSync(
		events,
		`${original}\n- id: added-in-dev\n  title: Added while the dev server runs\n  type: other\n  start: 2019-05-01\n`
	);
	await expect(marks).toHaveCount(count + 1, { timeout: 20_000 });
	await expect(
		page.getByRole('button', { name: /^Added while the dev server runs, 1 May 2019/ })
	).toBeVisible();

	const broken = original.replace(/start: 2019-10-30/, 'start: 2019-10-32');
	const line = broken.split('\n').findIndex((l) => l.includes('2019-10-32')) + 1;
	writeFileSync(events, broken);
	const overlay = page.locator('vite-error-overlay');
	await expect(overlay).toHaveCount(1, { timeout: 20_000 });
	const text = await overlay.evaluate((el) => el.shadowRoot?.textContent ?? '');
	expect(text).toContain(`${relative(process.cwd(), events)}:${line}:`);
	expect(text).toContain('[DATE_INVALID]');

	writeFileSync(events, original);
	await expect(overlay).toHaveCount(0, { timeout: 20_000 });
	await expect(marks).toHaveCount(count, { timeout: 20_000 });
});
