import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { printTe3, scoreTe3 } from '../../../src/pipeline/eval/te3.ts';
import type { Timex } from '../../../src/pipeline/extract/types.ts';
import { parseTml } from '../../../src/pipeline/timex/tml.ts';

// A made-up TimeML document in the TE3 layout.
const TML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>test</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2019-04-18" functionInDocument="CREATION_TIME">April 18, 2019</TIMEX3></DCT>
<TEXT>
Envoys <EVENT eid="e1" class="OCCURRENCE">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2019-04-15">Monday</TIMEX3> in Astana &amp; Sochi.
They talked for <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3> and will meet in <TIMEX3 tid="t3" type="DATE" value="2019-05">May</TIMEX3>.
The war began in <TIMEX3 tid="t4" type="DATE" value="2011">early 2011</TIMEX3>.
</TEXT>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t1"/>
</TimeML>
`;

const temp = mkdtempSync(join(tmpdir(), 'dateline-te3-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('parseTml', () => {
	it('reads the plain text, the DCT and gold timexes with offsets into the text', () => {
		const doc = parseTml(TML);
		expect(doc.dct).toBe('2019-04-18');
		expect(doc.text).toContain('Envoys met Monday in Astana & Sochi.');
		expect(doc.timexes.map((t) => [t.type, t.value, t.text])).toEqual([
			['DATE', '2019-04-15', 'Monday'],
			['DURATION', 'P2D', 'two days'],
			['DATE', '2019-05', 'May'],
			['DATE', '2011', 'early 2011']
		]);
		for (const t of doc.timexes) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
	});

	it('says what is missing from a file that is not TimeML', () => {
		expect(() => parseTml('<TimeML><TEXT>x</TEXT></TimeML>')).toThrow(/DCT/);
	});
});

describe('scoreTe3', () => {
	const dir = join(temp, 'te3');
	mkdirSync(dir);
	writeFileSync(join(dir, 'doc.tml'), TML);
	const at = (text: string, phrase: string) => text.indexOf(phrase);

	it('scores strict, relaxed and value matches of DATE timexes only', () => {
		const tag = (text: string): Timex[] => [
			{
				text: 'Monday',
				start: at(text, 'Monday'),
				end: at(text, 'Monday') + 6,
				type: 'DATE',
				value: '2019-04-15'
			},
			// Overlaps the gold DURATION: its type is wrong, its extent right; neither match nor extra.
			{
				text: 'two days',
				start: at(text, 'two days'),
				end: at(text, 'two days') + 8,
				type: 'DATE',
				value: 'P2D'
			},
			{ text: 'May', start: at(text, 'May'), end: at(text, 'May') + 3, type: 'DATE', value: '2018-05' },
			{ text: '2011', start: at(text, '2011'), end: at(text, '2011') + 4, type: 'DATE', value: '2011' },
			{ text: 'Astana', start: at(text, 'Astana'), end: at(text, 'Astana') + 6, type: 'DATE', value: 'XXXX' }
		];
		const report = scoreTe3(dir, { tag });
		expect(report.gold).toBe(3);
		expect(report.tagged).toBe(4);
		expect(report.strict).toMatchObject({ precision: 2 / 4, recall: 2 / 3 });
		expect(report.relaxed).toMatchObject({ precision: 3 / 4, recall: 1 });
		expect(report.valueAccuracy).toBeCloseTo(2 / 3);
		expect(report.valueF1).toBeCloseTo((2 / 3) * report.relaxed.f1);
		expect(report.extras.map((e) => e.text)).toEqual(['Astana']);
		expect(report.wrongValues).toMatchObject([{ text: 'May', value: '2019-05', got: '2018-05' }]);
		expect(report.misses).toEqual([]);
		const printed = printTe3(report, true);
		expect(printed).toMatch(/relaxed +P 75\.0 +R 100\.0/);
		expect(printed).toContain('extra doc.tml');
	});

	it('scores the real tagger on the document', () => {
		const report = scoreTe3(dir);
		expect(report.relaxed.recall).toBe(1);
		expect(report.valueAccuracy).toBe(1);
	});

	it('refuses a folder without .tml files', () => {
		const empty = join(temp, 'empty');
		mkdirSync(empty);
		expect(() => scoreTe3(empty)).toThrow(/no \.tml files/);
	});
});
