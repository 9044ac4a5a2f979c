/**
 * Scoring extraction against a hand-made gold set (`tests/fixtures/gold/`): a data folder whose
 * `gold.yaml` lists, per article, the events a careful reader finds, each pinned to its sentence by a
 * fragment of it (format: `/work/gold/GUIDE.md`). Reports are scored per article, before merging; the
 * merge is scored on its own against the gold `key`s (`merging.ts`).
 *
 * - a report matches a gold event when it comes from the same article and its sentence holds the
 *   gold fragment (several in one sentence pair up by type, then date);
 * - date: precision over all reports from gold articles, recall over gold events; a match counts when
 *   start, end and precision are all right;
 * - actors: recall of gold actors among the matched report's actors (an unmatched gold event misses
 *   all of its actors);
 * - actors: precision of the matched reports' actors against their gold events' actors;
 * - type: accuracy over matched pairs;
 * - kept: of the reports at or above the confidence threshold, the share that match a gold event (the
 *   share a reader would keep on a timeline).
 */
import type { Problem } from '../../lib/model/problems.ts';
import { CONFIDENCE_THRESHOLD, isConfident } from '../../lib/model/confidence.ts';
import { articleIdOf } from '../article.ts';
import { mergeEvents } from '../extract/merge.ts';
import { scoreMerging, type MergeScore } from './merging.ts';
import { figuresOf, TARGETS, type Figure } from './quality.ts';
import type { ActorId, EventType, IsoDate, Precision, TimelineEvent } from '../../lib/model/types.ts';
import { buildDataset, type DataFiles, type InputFile } from '../build.ts';
import { createExtractor } from '../extract/extractor.ts';
import type { ExtractedEvent } from '../extract/types.ts';
import { parseYaml } from '../yaml-source.ts';

export interface GoldEvent {
	article: string;
	sentence: string;
	type: EventType;
	start: IsoDate;
	end: IsoDate;
	precision: Precision;
	actors: ActorId[];
	/** The same real-world occurrence in several articles has the same key. */
	key?: string;
	/** What gave the date: `deictic-past`, `partial-month`, … */
	phrase?: string;
	part?: string;
	inferred?: boolean;
	/** Firmly scheduled, not yet happened when reported. */
	planned?: boolean;
}

export interface GoldReport {
	gold: number;
	reports: number;
	matched: number;
	date: { tp: number; precision: number; recall: number; f1: number };
	actors: { found: number; total: number; recall: number; right: number; given: number; precision: number };
	type: { right: number; accuracy: number };
	/** The merge's pairwise decisions against the gold keys; undefined when the gold set has none. */
	merge?: MergeScore;
	/** Reports at or above the confidence threshold, and how many of them match a gold event. */
	kept: { confident: number; matched: number; share: number };
	/** Gold events with no report of the right date, with what was found instead. */
	misses: { gold: GoldEvent; found?: ExtractedEvent; why: string }[];
	/** Reports that match no gold event. */
	extras: ExtractedEvent[];
	/** Per phrase kind: gold events, and how many got the right date. */
	phrases: Map<string, { total: number; right: number }>;
}

/** Read `gold.yaml`, checking each entry names an article and a fragment it contains. */
export function readGold(
	file: InputFile,
	bodies: ReadonlyMap<string, string>
): { gold: GoldEvent[]; problems: Problem[] } {
	const { source, problems } = parseYaml(new TextDecoder().decode(file.bytes), file.path);
	if (!source || !Array.isArray(source.value)) return { gold: [], problems };
	const gold: GoldEvent[] = [];
	source.value.forEach((raw, index) => {
		const written = raw as GoldEvent;
		// The file name as written, or its slug: `AP_20130322` is article `ap-20130322`.
		const article = bodies.has(written.article) ? written.article : articleIdOf(String(written.article));
		const event = { ...written, article };
		const body = bodies.get(event.article);
		const line = source.lineOf([index]);
		if (body === undefined) {
			problems.push({
				code: 'UNKNOWN_ARTICLE',
				file: file.path,
				line,
				message: `no article "${event.article}"`
			});
		} else if (!body.includes(event.sentence)) {
			problems.push({
				code: 'QUOTE_NOT_FOUND',
				file: file.path,
				line,
				message: `"${event.sentence}" is not in ${event.article}`
			});
		} else gold.push({ ...event, end: event.end ?? event.start });
	});
	return { gold, problems };
}

/** Extract every article of the gold folder and score the reports against `gold.yaml`. */
export function scoreGold(
	files: DataFiles,
	goldFile: InputFile
): { report?: GoldReport; problems: Problem[] } {
	const built = buildDataset(files, { extract: false });
	if (built.problems.length > 0) return { problems: built.problems };
	const bodies = new Map(built.articles.map((a) => [a.article.id, a.body]));
	const { gold, problems } = readGold(goldFile, bodies);
	if (problems.length > 0) return { problems };
	const extract = createExtractor(built.gazetteer, built.places);
	const reports = built.articles.flatMap((article) => extract(article));
	const kinds = new Map(built.gazetteer.map((a) => [a.id, { kind: a.kind, memberOf: a.memberOf }]));
	const eventOf = new Map<ExtractedEvent, TimelineEvent>();
	mergeEvents(reports, [], kinds, undefined, (event, held) => held.forEach((r) => eventOf.set(r, event)));
	return { report: score(gold, reports, eventOf), problems: [] };
}

/** Score `reports` against `gold`; with `eventOf` (each report's merged event), the merge as well. */
export function score(
	gold: readonly GoldEvent[],
	reports: readonly ExtractedEvent[],
	eventOf?: ReadonlyMap<ExtractedEvent, TimelineEvent>
): GoldReport {
	const used = new Set<ExtractedEvent>();
	const pairs: { gold: GoldEvent; report?: ExtractedEvent }[] = [];
	// Exact pairs first (type and date right), so a sentence with two events pairs them correctly.
	const rank = (g: GoldEvent, r: ExtractedEvent) => (r.type === g.type ? 2 : 0) + (sameDate(g, r) ? 1 : 0);
	const candidates = gold.map((g) =>
		reports.filter((r) => r.article === g.article && r.quote.text.includes(g.sentence))
	);
	const order = gold.map((_, i) => i);
	const matched = new Map<number, ExtractedEvent>();
	for (const level of [3, 2, 1, 0]) {
		for (const i of order) {
			if (matched.has(i)) continue;
			const report = candidates[i]!.find((r) => !used.has(r) && rank(gold[i]!, r) === level);
			if (report) {
				used.add(report);
				matched.set(i, report);
			}
		}
	}
	gold.forEach((g, i) => pairs.push({ gold: g, report: matched.get(i) }));

	const goldArticles = new Set(gold.map((g) => g.article));
	const scored = reports.filter((r) => goldArticles.has(r.article));
	const tp = pairs.filter((p) => p.report && sameDate(p.gold, p.report)).length;
	const precision = scored.length ? tp / scored.length : 0;
	const recall = gold.length ? tp / gold.length : 0;
	let found = 0;
	let total = 0;
	let given = 0;
	let typeRight = 0;
	const phrases = new Map<string, { total: number; right: number }>();
	const misses: GoldReport['misses'] = [];
	for (const { gold: g, report: r } of pairs) {
		total += g.actors.length;
		if (r) found += g.actors.filter((a) => r.actors.includes(a)).length;
		if (r) given += r.actors.length;
		if (r && r.type === g.type) typeRight++;
		const kind = phrases.get(g.phrase ?? 'other') ?? { total: 0, right: 0 };
		kind.total++;
		if (r && sameDate(g, r)) kind.right++;
		phrases.set(g.phrase ?? 'other', kind);
		if (!r) misses.push({ gold: g, why: 'no event found in the sentence' });
		else if (!sameDate(g, r)) misses.push({ gold: g, found: r, why: 'wrong date' });
	}
	const matchedCount = pairs.filter((p) => p.report).length;
	// A reader sees merged events, with the confidence their reports earn together: judge by that.
	const confident = scored.filter((r) => isConfident(eventOf?.get(r) ?? (r as { confidence?: number })));
	const keptMatched = confident.filter((r) => used.has(r)).length;
	return {
		gold: gold.length,
		reports: scored.length,
		matched: matchedCount,
		date: {
			tp,
			precision,
			recall,
			f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0
		},
		actors: {
			found,
			total,
			recall: total ? found / total : 0,
			right: found,
			given,
			precision: given ? found / given : 0
		},
		type: { right: typeRight, accuracy: matchedCount ? typeRight / matchedCount : 0 },
		...(eventOf
			? {
					merge: scoreMerging(
						pairs.map((p) => ({ key: p.gold.key, report: p.report })),
						eventOf
					)
				}
			: {}),
		kept: {
			confident: confident.length,
			matched: keptMatched,
			share: confident.length ? keptMatched / confident.length : 0
		},
		misses,
		extras: scored.filter((r) => !used.has(r)),
		phrases
	};
}

function sameDate(g: GoldEvent, r: ExtractedEvent): boolean {
	return g.start === r.start && g.end === r.end && g.precision === r.precision;
}

/** Held-out sets (a folder name with "heldout") are for measuring only: their misses are never shown. */
export function isHeldOut(folder: string): boolean {
	return /heldout/i.test(
		folder
			.replace(/[\\/]+$/, '')
			.split(/[\\/]/)
			.pop() ?? ''
	);
}

/**
 * The report as text: every figure beside its target, per phrase kind, and with `verbose` every miss
 * and extra, except for a held-out set, whose misses stay unseen so nobody tunes on them.
 */
export function printGold(
	report: GoldReport,
	options: { verbose?: boolean; heldOut?: boolean } = {}
): string {
	const figures = figuresOf(report);
	const pct = (x: number) => x.toFixed(3);
	const row = (label: string, figure: Figure, detail: string) => {
		const value = figures[figure];
		const target = TARGETS[figure];
		const goal =
			target === undefined
				? ''
				: figure === 'mergePrecision'
					? `target: no wrong merge ${value === undefined || value >= target ? '✓' : '✗'}`
					: `target ≥ ${target.toFixed(2)} ${value === undefined || value >= target ? '✓' : '✗'}`;
		const shown = value === undefined ? '  n/a' : pct(value);
		return `  ${label.padEnd(16)} ${shown}  ${detail.padEnd(34)} ${goal}`.trimEnd();
	};
	const { date, actors, type, merge, kept } = report;
	const lines = [
		`Events on the gold set: ${report.gold} gold events, ${report.reports} extracted, ${report.matched} matched`,
		row('date F1', 'dateF1', `(P ${pct(date.precision)}, R ${pct(date.recall)})`),
		row('actor recall', 'actorRecall', `(${actors.found}/${actors.total})`),
		row('actor precision', 'actorPrecision', `(${actors.right}/${actors.given})`),
		row('type accuracy', 'typeAccuracy', `(${type.right}/${report.matched})`),
		merge
			? row('merge precision', 'mergePrecision', `(${merge.right} pairs joined right, ${merge.wrong} wrong)`)
			: '  merge            not measured: no gold event has a key',
		...(merge
			? [
					row(
						'merge recall',
						'mergeRecall',
						merge.recall === undefined
							? `(no two found reports share a key; ${merge.unreachable} pairs not found)`
							: `(${merge.right}/${merge.right + merge.missed}; ${merge.unreachable} pairs not found)`
					)
				]
			: []),
		row(
			'kept',
			'kept',
			`(${kept.matched}/${kept.confident} at or above confidence ${CONFIDENCE_THRESHOLD} match gold)`
		),
		'  dates right by phrase kind: ' +
			[...report.phrases]
				.sort(([a], [b]) => (a < b ? -1 : 1))
				.map(([kind, { total, right }]) => `${kind} ${right}/${total}`)
				.join(', ')
	];
	if (options.verbose && options.heldOut) {
		lines.push(
			'  (held-out set: misses and extras are not listed, so that nobody tunes the extraction on it)'
		);
	} else if (options.verbose) {
		for (const miss of report.misses) {
			const got = miss.found ? ` — found ${miss.found.start}..${miss.found.end} ${miss.found.precision}` : '';
			lines.push(
				`  MISS ${miss.gold.article}: "${miss.gold.sentence}" ${miss.gold.start}..${miss.gold.end} ${miss.gold.precision} (${miss.why}${got})`
			);
		}
		for (const extra of report.extras) {
			lines.push(
				`  EXTRA ${extra.article}: ${extra.start} ${extra.type} "${extra.title}" ← "${extra.trigger.text}"`
			);
		}
	}
	return lines.join('\n');
}
