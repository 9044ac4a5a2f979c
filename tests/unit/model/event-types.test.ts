import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPE_INFO, EVENT_TYPES, typeColor } from '../../../src/lib/model/event-types';
import { LEXICON } from '../../../src/pipeline/extract/triggers';

// The tokens the site and the widget draw with, read as the browser gets them.
const THEME = readFileSync(new URL('../../../src/lib/timeline/theme.css', import.meta.url), 'utf8');
const ROOT = THEME.match(/:root\s*\{([^}]*)\}/)?.[1] ?? '';

/** The declared value of a custom property in theme.css's :root, or undefined. */
function token(name: string): string | undefined {
	const escaped = name.replace(/[-]/g, '\\-');
	return ROOT.match(new RegExp(`${escaped}\\s*:\\s*([^;]+);`))?.[1]?.trim();
}

/** Every word form the pipeline reads as a trigger of each type (continuations included). */
function triggerTypes(): Set<string> {
	const types = new Set<string>();
	const stack = [...LEXICON.values()];
	for (let entry = stack.pop(); entry; entry = stack.pop()) {
		types.add(entry.type);
		stack.push(...(entry.next?.values() ?? []));
	}
	return types;
}

describe('the event type registry', () => {
	it('lists every type once, in legend order', () => {
		expect(new Set(EVENT_TYPES).size).toBe(EVENT_TYPES.length);
		expect(Object.keys(EVENT_TYPE_INFO)).toEqual([...EVENT_TYPES]);
	});

	describe.each(EVENT_TYPES)('%s', (type) => {
		const info = EVENT_TYPE_INFO[type];

		it('has a label readers see', () => {
			expect(info.label.trim()).not.toBe('');
			expect(info.label).not.toBe(type);
		});

		it('has a colour in theme.css for the light and the dark theme', () => {
			expect(typeColor(type)).toBe(`var(${info.color})`);
			const value = token(info.color);
			expect(value, `${info.color} in theme.css`).toBeDefined();
			const pair = value!.match(
				/^light-dark\(\s*([^,()]+|[a-z]+\([^)]*\))\s*,\s*([^,()]+|[a-z]+\([^)]*\))\s*\)$/
			);
			expect(pair, `${info.color}: light-dark(<light>, <dark>)`).not.toBeNull();
			expect(pair![1]).not.toBe(pair![2]);
		});

		it('colours its marks and clusters through its class in theme.css', () => {
			const rule = THEME.match(new RegExp(`\\.dateline-type-${type}\\s*\\{([^}]*)\\}`))?.[1] ?? '';
			expect(rule.replace(/\s+/g, '')).toBe(`--color:var(${info.color});`);
		});

		it('has trigger words in the pipeline', () => {
			expect(triggerTypes()).toContain(type);
		});
	});
});
