/**
 * The gestures the benchmarks make on a timeline, the same in `scale.ts` (the table) and `frames.ts`
 * (where a zoom's frames go): where to point, and the 40-step wheel zoom. The page must carry the
 * probe (`probe.ts`). Callbacks sent to the page name `window.__bench` themselves: they run there.
 */
import type { Page } from '@playwright/test';
import type { PageProbe } from './probe.ts';

type Probed = { __bench: PageProbe };

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The middle of the largest drawing surface on the page (shadow roots included): where wheel and drag go. */
export async function surfaceCentre(page: Page, vis = false): Promise<{ x: number; y: number }> {
	const box = await page.evaluate((vis) => {
		const el = vis
			? document.querySelector('.vis-center')
			: (window as unknown as Probed).__bench.largestSurface();
		const r = el?.getBoundingClientRect();
		return r && { x: r.left + r.width / 2, y: r.top + Math.min(r.height / 2, 200) };
	}, vis);
	if (!box) throw new Error('no timeline surface found');
	return box;
}

/**
 * Zoom in over `at`: 40 wheel steps (deltaY −100), one every 16 ms, sent without waiting for the
 * page; returns the frame times (`requestAnimationFrame` deltas, ms) until 300 ms after the last.
 */
export async function wheelZoom(page: Page, at: { x: number; y: number }): Promise<number[]> {
	await page.mouse.move(at.x, at.y);
	await page.evaluate(() => (window as unknown as Probed).__bench.startFrames());
	const wheels: Promise<void>[] = [];
	for (let i = 0; i < 40; i++) {
		wheels.push(page.mouse.wheel(0, -100).catch(() => undefined));
		await sleep(16);
	}
	await Promise.all(wheels);
	await sleep(300);
	return page.evaluate(() => (window as unknown as Probed).__bench.frames());
}
