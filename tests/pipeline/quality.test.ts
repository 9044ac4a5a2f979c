// The quality ratchet: every gold set is scored and no figure may fall below the one recorded in
// tests/fixtures/quality.json. After an improvement, raise the record with `npm run eval -- --record`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/model/problems.ts';
import { dropsBelow, figuresOf, type QualityRecord } from '../../src/pipeline/eval/quality.ts';
import { GOLD_SETS, QUALITY_FILE, scoreGoldFolder } from '../../src/pipeline/eval/sets.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const record = (JSON.parse(readFileSync(`${ROOT}/${QUALITY_FILE}`, 'utf8')) as { sets: QualityRecord }).sets;

describe('extraction quality on every gold set', () => {
	for (const set of GOLD_SETS) {
		const scored = scoreGoldFolder(`${ROOT}/${set}`, ROOT);
		it(`${set} does not fall below its recorded figures`, () => {
			// Every default set has its gold: one without it would hold nothing, silently.
			expect(scored.status, `${set} has no gold.yaml`).not.toBe('no-gold');
			if (scored.status === 'no-gold') return;
			if (scored.status === 'failed') throw new Error(scored.problems.map(formatProblem).join('\n'));
			const recorded = record[set];
			expect(recorded, `no figures recorded for ${set}: run npm run eval -- --record`).toBeDefined();
			const drops = dropsBelow(figuresOf(scored.report), recorded!).map(
				([figure, now, floor]) => `${figure} ${now ?? 'not measured'} < ${floor}`
			);
			expect(drops).toEqual([]);
		});
	}
});
