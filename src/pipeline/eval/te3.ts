/**
 * TempEval-3 scoring of the date tagger on DATE timexes (`../shared/benchmarks/te3-platinum/`, see its
 * README): strict = exact span, relaxed = any overlap, value accuracy = exact TIMEX3 value over the relaxed
 * matches, value F1 = value accuracy × relaxed F1.
 *
 * Only DATE timexes take part. A tagged DATE that overlaps a gold TIME, DURATION or SET is left out of the
 * count rather than charged as an extra: its extent is right and TE3 scores extents type-blind, so charging
 * it would measure the type attribute, which TE3 reports separately.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Timex } from '../extract/types.ts';
import { tagDates } from '../timex/tagger.ts';
import { parseTml, type GoldTimex } from '../timex/tml.ts';

/** Where the benchmark lives, relative to the project root (outside the project: it is not copied in). */
export const TE3_DIR = '../shared/benchmarks/te3-platinum';

/** Precision, recall and F1 of one matching rule. */
export interface Prf {
	precision: number;
	recall: number;
	f1: number;
}

/** One timex the report lists: where it is and what it says. */
export interface Te3Item {
	file: string;
	text: string;
	start: number;
	value: string;
	/** For wrong values: what the tagger said. */
	got?: string;
}

export interface Te3Report {
	files: number;
	gold: number;
	tagged: number;
	strict: Prf;
	relaxed: Prf;
	valueAccuracy: number;
	valueF1: number;
	misses: Te3Item[];
	extras: Te3Item[];
	wrongValues: Te3Item[];
	/** Tagging time per document, in milliseconds (mean). */
	msPerDocument: number;
}

export interface Te3Options {
	/** Replace the tagger (tests, comparisons). */
	tag?: (text: string, dct: string) => Timex[];
}

function prf(matchedTagged: number, tagged: number, matchedGold: number, gold: number): Prf {
	const precision = tagged ? matchedTagged / tagged : 0;
	const recall = gold ? matchedGold / gold : 0;
	const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
	return { precision, recall, f1 };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
	a.start < b.end && b.start < a.end;

/** Score the tagger on every `.tml` file of `dir`. Throws when the folder has none. */
export function scoreTe3(dir: string, opts: Te3Options = {}): Te3Report {
	const tag = opts.tag ?? tagDates;
	const files = readdirSync(dir)
		.filter((f) => f.endsWith('.tml'))
		.sort();
	if (files.length === 0) throw new Error(`no .tml files in ${dir}`);
	let gold = 0;
	let tagged = 0;
	let strictTagged = 0;
	let strictGold = 0;
	let relaxedTagged = 0;
	let relaxedGold = 0;
	let rightValues = 0;
	let ms = 0;
	const misses: Te3Item[] = [];
	const extras: Te3Item[] = [];
	const wrongValues: Te3Item[] = [];
	for (const file of files) {
		const doc = parseTml(readFileSync(join(dir, file), 'utf8'));
		const t0 = performance.now();
		const found = tag(doc.text, doc.dct);
		ms += performance.now() - t0;
		const goldDates = doc.timexes.filter((t) => t.type === 'DATE');
		const otherGold = doc.timexes.filter((t) => t.type !== 'DATE');
		const dates = found.filter(
			(t) =>
				t.type === 'DATE' &&
				!(otherGold.some((g) => overlaps(g, t)) && !goldDates.some((g) => overlaps(g, t)))
		);
		gold += goldDates.length;
		tagged += dates.length;
		for (const t of dates) {
			if (goldDates.some((g) => g.start === t.start && g.end === t.end)) strictTagged++;
			if (goldDates.some((g) => overlaps(g, t))) relaxedTagged++;
			else extras.push({ file, text: t.text, start: t.start, value: t.value });
		}
		for (const g of goldDates) {
			if (dates.some((t) => t.start === g.start && t.end === g.end)) strictGold++;
			const matches = dates.filter((t) => overlaps(g, t));
			if (matches.length === 0) {
				misses.push(item(file, g));
				continue;
			}
			relaxedGold++;
			if (matches.some((t) => t.value === g.value)) rightValues++;
			else wrongValues.push({ ...item(file, g), got: matches.map((t) => t.value).join(' ') });
		}
	}
	const relaxed = prf(relaxedTagged, tagged, relaxedGold, gold);
	const valueAccuracy = relaxedGold ? rightValues / relaxedGold : 0;
	return {
		files: files.length,
		gold,
		tagged,
		strict: prf(strictTagged, tagged, strictGold, gold),
		relaxed,
		valueAccuracy,
		valueF1: valueAccuracy * relaxed.f1,
		misses,
		extras,
		wrongValues,
		msPerDocument: ms / files.length
	};
}

function item(file: string, g: GoldTimex): Te3Item {
	return { file, text: g.text, start: g.start, value: g.value };
}

const pct = (x: number) => (100 * x).toFixed(1);

/** The report as text lines: the figures, and with `verbose` every miss, extra and wrong value. */
export function printTe3(report: Te3Report, verbose = false): string {
	const { strict, relaxed } = report;
	const lines = [
		`TE3 dates (DATE timexes, ${report.files} files, ${report.gold} gold, ${report.tagged} tagged)`,
		`  strict   P ${pct(strict.precision)}  R ${pct(strict.recall)}  F1 ${pct(strict.f1)}`,
		`  relaxed  P ${pct(relaxed.precision)}  R ${pct(relaxed.recall)}  F1 ${pct(relaxed.f1)}   (target ≥ 92)`,
		`  value accuracy ${pct(report.valueAccuracy)} (target ≥ 90)   value F1 ${pct(report.valueF1)}`,
		`  ${report.misses.length} misses, ${report.extras.length} extras, ${report.wrongValues.length} wrong values; ` +
			`${report.msPerDocument.toFixed(2)} ms per document`
	];
	if (verbose) {
		const show = (label: string, items: Te3Item[]) => {
			for (const i of items) {
				const got = i.got === undefined ? '' : ` got ${i.got}`;
				lines.push(`  ${label} ${i.file}@${i.start} "${i.text}" ${i.value}${got}`);
			}
		};
		show('miss ', report.misses);
		show('extra', report.extras);
		show('value', report.wrongValues);
	}
	return lines.join('\n');
}
