import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

// House style: one concept per file; a file whose description needs an "and" should be split.
const DIR = join(import.meta.dirname, '../../../src/lib/timeline');

/** The comment a file opens with: its description of itself. */
function description(source: string): string | undefined {
	const match = /^\s*(?:<!--([\s\S]*?)-->|\/\*([\s\S]*?)\*\/)/.exec(source);
	return match
		? (match[1] ?? match[2])!
				.replace(/^\s*\*+/gm, '')
				.replace(/\s+/g, ' ')
				.trim()
		: undefined;
}

describe('src/lib/timeline', () => {
	test.each(readdirSync(DIR).filter((file) => /\.(ts|svelte|css)$/.test(file)))(
		'%s describes itself in one concept, without an "and"',
		(file) => {
			const text = description(readFileSync(join(DIR, file), 'utf8'));
			expect(text, `${file} opens with no comment saying what it is`).toBeTruthy();
			expect(text).not.toMatch(/\band\b/i);
		}
	);
});
