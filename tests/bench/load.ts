// Where a page's load goes, up to "ready": one page of the benchmark opened in a fresh browser with a
// CPU profile running from navigation, the functions with the most self time until ready, and the
// long tasks in order. What `scale.ts` reports as ready, taken apart.
//
//   tsx tests/bench/load.ts [--events 1000000] [--page widget|site] [--site dir] [--profile out.cpuprofile]
//
// It reads what `scale.ts` wrote for that size ($TMPDIR/dateline-bench/site-<events>, or index-<events>
// past the largest site), or --site. For readable names, use a widget.js built with
// DATELINE_UNMINIFIED=1 (see tests/bench/README.md).
import { chromium } from '@playwright/test';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, ensureChromium } from '../tools/chromium.mjs';
import { BENCH_DIR } from './datasets.ts';
import { sleep } from './gestures.ts';
import { INSTRUMENT, type PageProbe } from './probe.ts';
import { serveBench } from './server.ts';

function option(name: string): string | undefined {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 ? process.argv[i + 1] : undefined;
}

const EVENTS = Number(option('events') ?? 1_000_000);
const PAGE = option('page') ?? 'widget';
const SITE =
	option('site') ??
	[join(BENCH_DIR, `site-${EVENTS}`), join(BENCH_DIR, `index-${EVENTS}`)].find((d) => existsSync(d))!;
const PROFILE = option('profile');
/** As scale.ts: quiet this long after the last long task or DOM change. */
const QUIET_MS = 2000;

interface CpuProfile {
	nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
	startTime: number;
	samples: number[];
	timeDeltas: number[];
}

async function main() {
	if (!SITE) throw new Error(`nothing written for ${EVENTS} events: run scale.ts --sizes ${EVENTS} first`);
	const server = await serveBench(new Map([[EVENTS, { site: SITE, data: '' }]]));
	server.use(EVENTS);
	const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
	try {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		await page.addInitScript(INSTRUMENT);
		// The long tasks, and when the DOM (shadow roots included) last changed: work that ends after
		// the last change is work after the first paint.
		await page.addInitScript(() => {
			const tasks: [number, number][] = [];
			new PerformanceObserver((list) => {
				for (const e of list.getEntries()) tasks.push([e.startTime, e.duration]);
			}).observe({ type: 'longtask', buffered: true });
			const seen = { tasks, changed: 0 };
			const changes = new MutationObserver(() => (seen.changed = performance.now()));
			const options = { childList: true, subtree: true, attributes: true, characterData: true };
			changes.observe(document, options);
			const attach = Element.prototype.attachShadow;
			Element.prototype.attachShadow = function (init: ShadowRootInit) {
				const root = attach.call(this, init);
				changes.observe(root, options);
				return root;
			};
			(window as unknown as { __load: typeof seen }).__load = seen;
		});
		const cdp = await context.newCDPSession(page);
		await cdp.send('Profiler.enable');
		await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
		await cdp.send('Profiler.start');
		await page.goto(server.origin + (PAGE === 'site' ? '/' : '/widget.html'), { waitUntil: 'commit' });
		let ready = NaN;
		for (let waited = 0; waited < 300_000; waited += 200) {
			await sleep(200);
			const state = await page.evaluate(() =>
				(window as unknown as { __bench: PageProbe }).__bench.state(false)
			);
			if (state.drawn && state.now - state.lastActivity >= QUIET_MS) {
				ready = state.lastActivity;
				break;
			}
		}
		const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
		if (PROFILE) writeFileSync(PROFILE, JSON.stringify(profile));
		const { tasks, changed } = await page.evaluate(
			() => (window as unknown as { __load: { tasks: [number, number][]; changed: number } }).__load
		);
		const busy = Math.max(0, ...tasks.map(([s, d]) => s + d));
		console.log(
			`${EVENTS.toLocaleString('en')} events, ${PAGE}: ready at ${ready.toFixed(0)} ms; DOM last changed at ${changed.toFixed(0)} ms, the last long task ended at ${busy.toFixed(0)} ms`
		);
		console.log(
			`long tasks (start ms, duration ms): ${tasks.map(([s, d]) => `${s.toFixed(0)}+${d.toFixed(0)}`).join(', ')}`
		);
		const byId = new Map(profile.nodes.map((n) => [n.id, n]));
		const self = new Map<string, number>();
		for (let i = 0; i < profile.samples.length; i++) {
			const { functionName, url, lineNumber } = byId.get(profile.samples[i]!)!.callFrame;
			if (functionName === '(idle)' || functionName === '(program)') continue;
			const name = `${functionName || '(anonymous)'}${url ? ` ${url.split('/').pop()}:${lineNumber + 1}` : ''}`;
			self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
		}
		console.log('self time until ready:');
		for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
			console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${name}`);
		await context.close();
	} finally {
		await browser.close();
		server.close();
	}
}

await main();
