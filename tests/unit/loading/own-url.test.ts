import { describe, expect, it } from 'vitest';
import { ownUrl } from '../../../src/lib/loading/own-url';

describe('ownUrl', () => {
	it('resolves a relative path against the page, on its origin', () => {
		expect(ownUrl('../data/index.json', 'https://site.example/dateline/embed').href).toBe(
			'https://site.example/data/index.json'
		);
		expect(ownUrl('./data/index.json', 'https://site.example/dateline/').href).toBe(
			'https://site.example/dateline/data/index.json'
		);
	});

	it('never leaves the page’s origin, whatever the path says', () => {
		expect(ownUrl('//evil.example/data/index.json', 'https://site.example/embed').href).toBe(
			'https://site.example/data/index.json'
		);
		expect(ownUrl('https://evil.example/events.json?x=1', 'https://site.example/').href).toBe(
			'https://site.example/events.json?x=1'
		);
	});
});
