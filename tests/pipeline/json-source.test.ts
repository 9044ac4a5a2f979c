import { describe, expect, it } from 'vitest';
import { parseJson } from '../../src/pipeline/json-source.ts';

describe('parseJson', () => {
	const text = '{\n  "events": [\n    { "start_date": { "year": 2019 } }\n  ]\n}\n';

	it('reads a file saved with a byte-order mark, lines unchanged', () => {
		const plain = parseJson(text, 'timelines/a.json');
		const marked = parseJson('\uFEFF' + text, 'timelines/a.json');
		expect(marked.problems).toEqual([]);
		expect(marked.source!.value).toEqual(plain.source!.value);
		expect(marked.source!.lineOf(['events', 0, 'start_date'])).toBe(3);
	});
});
