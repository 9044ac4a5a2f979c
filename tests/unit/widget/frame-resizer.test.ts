import { describe, expect, test } from 'vitest';
import { resizeFramesFrom, type ResizerHost } from '../../../src/lib/widget/frame-resizer';

const SITE = 'https://dateline.example';

function fakeHost() {
	const listeners: ((event: MessageEvent) => void)[] = [];
	const greeted: [unknown, string][] = [];
	const frames = [0, 1].map(() => ({
		contentWindow: { postMessage: (data: unknown, origin: string) => greeted.push([data, origin]) },
		style: { height: '150px' }
	}));
	const host = {
		addEventListener: (_: 'message', listener: (event: MessageEvent) => void) => listeners.push(listener),
		document: { querySelectorAll: () => frames }
	} as unknown as ResizerHost;
	const post = (data: unknown, { origin = SITE, source = frames[1]!.contentWindow as unknown } = {}) =>
		listeners.forEach((listener) => listener({ data, origin, source } as MessageEvent));
	return { host, frames, listeners, post, greeted };
}

describe('resizeFramesFrom', () => {
	test('sizes the frame that posted a height message from the site', () => {
		const { host, frames, post } = fakeHost();
		resizeFramesFrom(host, SITE);
		post({ type: 'dateline:height', height: 612 });
		expect(frames.map((f) => f.style.height)).toEqual(['150px', '612px']);
	});

	test.each([
		{
			name: 'another origin',
			data: { type: 'dateline:height', height: 612 },
			origin: 'https://evil.example'
		},
		{ name: 'another type', data: { type: 'resize', height: 612 } },
		{ name: 'a height that is a string', data: { type: 'dateline:height', height: '612' } },
		{ name: 'a negative height', data: { type: 'dateline:height', height: -5 } },
		{ name: 'a zero height', data: { type: 'dateline:height', height: 0 } },
		{ name: 'an absurd height', data: { type: 'dateline:height', height: 1e9 } },
		{ name: 'no data', data: null },
		{
			name: 'a window that is none of the frames',
			data: { type: 'dateline:height', height: 612 },
			source: {}
		}
	])('ignores a message from $name', ({ data, origin, source }) => {
		const { host, frames, post } = fakeHost();
		resizeFramesFrom(host, SITE);
		post(data, { origin, source });
		expect(frames.map((f) => f.style.height)).toEqual(['150px', '150px']);
	});

	test('installs once per origin, however often the script is included', () => {
		const { host, listeners } = fakeHost();
		resizeFramesFrom(host, SITE);
		resizeFramesFrom(host, SITE);
		expect(listeners).toHaveLength(1);
	});

	test('greets every frame on start, only at the site’s origin, so a frame that posted early posts again', () => {
		const { host, greeted } = fakeHost();
		resizeFramesFrom(host, SITE);
		expect(greeted).toEqual([
			[{ type: 'dateline:hello' }, SITE],
			[{ type: 'dateline:hello' }, SITE]
		]);
	});
});
