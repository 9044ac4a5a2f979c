import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { en } from '../../../src/lib/i18n/messages/en';
import { MESSAGES } from '../../../src/lib/i18n/messages/index';

// `/widget.js` carries only `en.ts` inline (the site's own words stay out of it): whatever it shows
// must be worded there, or a widget would print a key.
const SRC = join(import.meta.dirname, '../../../src/lib');
const inWidget = [
	...readdirSync(join(SRC, 'timeline'))
		.filter((f) => f.endsWith('.svelte'))
		.map((f) => join('timeline', f)),
	...readdirSync(join(SRC, 'widget')).map((f) => join('widget', f)),
	'filters/Notices.svelte',
	'filters/UncertainToggle.svelte',
	'filters/view.svelte.ts',
	'i18n/cluster-name.ts'
];
const KEYS = new Set(Object.keys(MESSAGES.en));

describe('what the widget shows', () => {
	test.each(inWidget)('%s uses only the words en.ts carries', (file) => {
		const source = readFileSync(join(SRC, file), 'utf8');
		const used = [...source.matchAll(/['`]([a-zA-Z]+\.[a-zA-Z]+)['`]/g)]
			.map((m) => m[1]!)
			.filter((key) => KEYS.has(key));
		for (const key of used) expect(Object.keys(en), `${key} in ${file}`).toContain(key);
	});
});
