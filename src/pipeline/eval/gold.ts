/**
 * Scoring extraction against a hand-made gold set (`tests/fixtures/gold/`): a data folder whose
 * `gold.yaml` lists, per article, the events a careful reader finds, each pinned to its sentence by a
 * fragment of it. Scored per article, before merging: merging is tested on its own.
 *
 * - a report matches a gold event when it comes from the same article and its sentence holds the
 *   gold fragment (several in one sentence pair up by type, then date);
 * - date: precision over all reports from gold articles, recall over gold events; a match counts when
 *   start, end and precision are all right;
 * - actors: recall of gold actors among the matched report's actors (an unmatched gold event misses
 *   all of its actors);
 * - type: accuracy over matched pairs.
 */
import type { Problem } from '../../lib/model/problems.ts';
import type { ActorId, EventType, IsoDate, Precision } from '../../lib/model/types.ts';
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
	phrase?: string;
	part?: string;
	inferred?: boolean;
}

export interface GoldReport {
	gold: number;
	reports: number;
	matched: number;
	date: { tp: number; precision: number; recall: number; f1: number };
	actors: { found: number; total: number; recall: number };
	type: { right: number; accuracy: number };
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
		const event = raw as GoldEvent;
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
	return { report: score(gold, reports), problems: [] };
}

export function score(gold: readonly GoldEvent[], reports: readonly ExtractedEvent[]): GoldReport {
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
	let typeRight = 0;
	const phrases = new Map<string, { total: number; right: number }>();
	const misses: GoldReport['misses'] = [];
	for (const { gold: g, report: r } of pairs) {
		total += g.actors.length;
		if (r) found += g.actors.filter((a) => r.actors.includes(a)).length;
		if (r && r.type === g.type) typeRight++;
		const kind = phrases.get(g.phrase ?? 'other') ?? { total: 0, right: 0 };
		kind.total++;
		if (r && sameDate(g, r)) kind.right++;
		phrases.set(g.phrase ?? 'other', kind);
		if (!r) misses.push({ gold: g, why: 'no event found in the sentence' });
		else if (!sameDate(g, r)) misses.push({ gold: g, found: r, why: 'wrong date' });
	}
	const matchedCount = pairs.filter((p) => p.report).length;
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
		actors: { found, total, recall: total ? found / total : 0 },
		type: { right: typeRight, accuracy: matchedCount ? typeRight / matchedCount : 0 },
		misses,
		extras: scored.filter((r) => !used.has(r)),
		phrases
	};
}

function sameDate(g: GoldEvent, r: ExtractedEvent): boolean {
	return g.start === r.start && g.end === r.end && g.precision === r.precision;
}

/** The report as text: the three figures with their targets, per phrase kind, and with `verbose` every miss and extra. */
export function printGold(report: GoldReport, verbose = false): string {
	const pct = (x: number) => x.toFixed(3);
	const mark = (x: number, target: number) => (x >= target ? '✓' : '✗');
	const lines = [
		`Events on the gold set: ${report.gold} gold events, ${report.reports} extracted, ${report.matched} matched`,
		`  date F1        ${pct(report.date.f1)}  (P ${pct(report.date.precision)}, R ${pct(report.date.recall)})  target ≥ 0.90 ${mark(report.date.f1, 0.9)}`,
		`  actor recall   ${pct(report.actors.recall)}  (${report.actors.found}/${report.actors.total})  target ≥ 0.90 ${mark(report.actors.recall, 0.9)}`,
		`  type accuracy  ${pct(report.type.accuracy)}  (${report.type.right}/${report.matched})  target ≥ 0.85 ${mark(report.type.accuracy, 0.85)}`,
		'  dates right by phrase kind: ' +
			[...report.phrases]
				.sort(([a], [b]) => (a < b ? -1 : 1))
				.map(([kind, { total, right }]) => `${kind} ${right}/${total}`)
				.join(', ')
	];
	if (verbose) {
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
