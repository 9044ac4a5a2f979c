/**
 * Merging: the same occurrence reported by several articles (or twice in one) becomes one event with
 * every source, and hand-written events take part. Pure and deterministic: the same reports and
 * curated events give the same events with the same ids, whatever order they arrive in.
 */
import { corroborated } from './confidence.ts';
import type { ActorId, Precision, Source, TimelineEvent } from '../../lib/model/types.ts';
import { dateParts, dayNumber, fromDayNumber, isIsoDate } from '../../lib/model/dates.ts';
import { compareEvents, compareText } from '../../lib/model/sort.ts';
import type { ExtractedEvent } from './types.ts';

/**
 * What the merge needs to know of an actor: its kind (people are the sharpest evidence of "the same
 * event") and what it belongs to (Erdogan's agreement and Turkey's are one when the dates agree).
 */
export type ActorKinds = ReadonlyMap<ActorId, { kind: string; memberOf?: readonly ActorId[] }>;

const PRECISION_RANK: Record<Precision, number> = { day: 0, month: 1, year: 2 };

interface Cluster {
	reports: ExtractedEvent[];
	/** The best report's range, in day numbers: what later reports must overlap. */
	from: number;
	to: number;
	actors: Map<ActorId, number>;
	curated?: TimelineEvent;
	id?: string;
}

/**
 * Merge extracted reports with each other and with curated events.
 *
 * Two reports are one event when they have the same type, their date ranges overlap, and they share an
 * actor — a person when both name people, since "Russia" alone is shared by half the corpus. The most
 * precise report (a day beats "in September 2018"; a stated date beats an inferred one) fixes the
 * event's date. Two statements in one article stay apart: a wire that quotes a minister twice reports
 * two statements.
 *
 * A curated event with the id of an extracted one replaces it; otherwise it absorbs the extracted event
 * that matches it by the rule above. Either way the curated fields win and the sources add up.
 */
export function mergeEvents(
	reports: readonly ExtractedEvent[],
	curated: readonly TimelineEvent[],
	kinds: ActorKinds,
	/** Told which merged event each curated one became, so problems can still point at its file and line. */
	onCurated?: (merged: TimelineEvent, curated: TimelineEvent) => void,
	/** Told which reports each merged event holds, so the merge can be scored against gold keys. */
	onReports?: (merged: TimelineEvent, reports: readonly ExtractedEvent[]) => void
): TimelineEvent[] {
	const clusters = clusterReports(reports, kinds);
	assignIds(clusters);

	const byId = new Map(clusters.map((c) => [c.id!, c]));
	const standalone: TimelineEvent[] = [];
	// Curated events that name an extracted id first, so the matching below cannot take their cluster.
	const ordered = [...curated].sort((a, b) => Number(!byId.has(a.id)) - Number(!byId.has(b.id)));
	for (const event of ordered) {
		const target = byId.get(event.id);
		const cluster =
			target && !target.curated ? target : target ? undefined : bestMatch(clusters, event, kinds);
		if (cluster) cluster.curated = event;
		else standalone.push(event);
	}

	const merged = clusters.map((c) => {
		const event = toEvent(c);
		if (c.curated) onCurated?.(event, c.curated);
		onReports?.(event, c.reports);
		return event;
	});
	for (const event of standalone) onCurated?.(event, event);
	return [...merged, ...standalone].sort(safeCompare);
}

function clusterReports(reports: readonly ExtractedEvent[], kinds: ActorKinds): Cluster[] {
	// Most trustworthy first: it founds the cluster and fixes the range later reports must overlap.
	const ordered = [...reports].sort(compareReports);
	const byType = new Map<string, Map<number, Cluster[]>>();
	const clusters: Cluster[] = [];
	for (const report of ordered) {
		const from = dayNumber(report.start);
		const to = dayNumber(report.end);
		const buckets = byType.get(report.type) ?? byType.set(report.type, new Map()).get(report.type)!;
		let best: Cluster | undefined;
		let bestScore = 0;
		for (const cluster of candidates(buckets, from, to)) {
			if (cluster.from > to || cluster.to < from) continue;
			if (report.type === 'statement' && cluster.reports.some((r) => r.article === report.article)) continue;
			const score = joinScore(report, cluster, kinds);
			// Ties go to the cluster met first: the input is sorted, so the choice is the same every time.
			if (score > bestScore) {
				best = cluster;
				bestScore = score;
			}
		}
		if (best) {
			best.reports.push(report);
			for (const actor of report.actors) best.actors.set(actor, (best.actors.get(actor) ?? 0) + 1);
			continue;
		}
		const cluster: Cluster = {
			reports: [report],
			from,
			to,
			actors: new Map(report.actors.map((a) => [a, 1]))
		};
		clusters.push(cluster);
		for (const month of monthsOf(from, to)) {
			const list = buckets.get(month) ?? buckets.set(month, []).get(month)!;
			list.push(cluster);
		}
	}
	return clusters;
}

/** Clusters registered in the months a range touches: ranges are short, so this is a handful. */
function* candidates(buckets: Map<number, Cluster[]>, from: number, to: number): Iterable<Cluster> {
	const seen = new Set<Cluster>();
	for (const month of monthsOf(from, to)) {
		for (const cluster of buckets.get(month) ?? []) {
			if (seen.has(cluster)) continue;
			seen.add(cluster);
			yield cluster;
		}
	}
}

/** Month keys (year × 12 + month) from day `from` to day `to`. */
function monthsOf(from: number, to: number): number[] {
	const key = (day: number) => {
		const { year, month } = dateParts(fromDayNumber(day));
		return year * 12 + month - 1;
	};
	const months: number[] = [];
	for (let m = key(from), last = key(to); m <= last; m++) months.push(m);
	return months;
}

/**
 * How strongly a report belongs to a cluster: 0 means not the same event. The cluster's lead is its
 * most precise report, so a report here is as precise or vaguer. Vague reports are often background
 * ("the process Moscow launched in 2017", "since 2015") and must bring more to join: a year needs a
 * shared person, a month vaguer than its cluster two shared actors, and so does a statement, which is
 * its speaker's. Joining too little costs a source; joining too much tells a reader two stories as one.
 */
function joinScore(report: ExtractedEvent, cluster: Cluster, kinds: ActorKinds): number {
	const { people, all, score } = overlap(report.actors, cluster.actors, kinds);
	const lead = cluster.reports[0]!;
	if (report.precision === 'year' && people === 0) return 0;
	if (report.type === 'statement' && people === 0 && all < 2) return 0;
	const vaguer = PRECISION_RANK[report.precision] > PRECISION_RANK[lead.precision];
	if (vaguer && people === 0 && all < 2) return 0;
	return score;
}

/**
 * What two actor lists share: people, and actors. A person also stands for the state or body they
 * belong to (a state does not stand for the UN it is a member of), but such a match counts only beside
 * another ("Putin and Erdogan agreed" and "Russia and Turkey agreed" are one deal; Erdogan's phone
 * call and NATO's meeting at Turkey's request are not). The score is 0
 * when not the same event: when both name people they must share one; shared people count double.
 */
function overlap(
	actors: readonly ActorId[],
	others: ReadonlyMap<ActorId, number>,
	kinds: ActorKinds
): { people: number; all: number; score: number } {
	const isPerson = (a: ActorId) => kinds.get(a)?.kind === 'person';
	const widen = (ids: Iterable<ActorId>) => {
		const out = new Set<ActorId>();
		for (const id of ids) {
			out.add(id);
			if (isPerson(id)) for (const parent of kinds.get(id)?.memberOf ?? []) out.add(parent);
		}
		return out;
	};
	let people = 0;
	let direct = 0;
	for (const actor of actors) {
		if (!others.has(actor)) continue;
		direct++;
		if (isPerson(actor)) people++;
	}
	const theirs = widen(others.keys());
	let widened = 0;
	for (const actor of widen(actors)) if (theirs.has(actor)) widened++;
	const all = widened >= 2 ? widened : direct;
	const bothPeople = actors.some(isPerson) && [...others.keys()].some(isPerson);
	return { people, all, score: bothPeople ? 2 * people : people + all };
}

/**
 * The extracted event a curated one describes: one quoting the same sentence, whatever type or date the
 * extraction gave it (the person who wrote the curated event is correcting it); else the usual rule.
 */
function bestMatch(clusters: Cluster[], event: TimelineEvent, kinds: ActorKinds): Cluster | undefined {
	// A hand-written event with a broken date or actors is the validator's to report; it matches nothing.
	const valid =
		[event.start, event.end].every((d) => typeof d === 'string' && isIsoDate(d)) &&
		Array.isArray(event.actors);
	const sources = Array.isArray(event.sources) ? event.sources : [];
	const from = valid ? dayNumber(event.start) : NaN;
	const to = valid ? dayNumber(event.end) : NaN;
	let best: Cluster | undefined;
	let bestScore = 0;
	for (const cluster of clusters) {
		if (cluster.curated) continue;
		const type = cluster.reports[0]!.type === event.type;
		const sameSentence = cluster.reports.some((r) => sources.some((s) => quotes(s, r)));
		let score = 0;
		if (sameSentence)
			score = 1000 + (type ? 100 : 0) + (valid ? overlap(event.actors, cluster.actors, kinds).score : 0);
		else if (valid && type && cluster.from <= to && cluster.to >= from)
			score = overlap(event.actors, cluster.actors, kinds).score;
		if (score > bestScore) {
			best = cluster;
			bestScore = score;
		}
	}
	return best;
}

/** Whether a curated source and a report quote overlapping text of the same article. */
function quotes(source: Source, report: ExtractedEvent): boolean {
	return (
		source.article === report.article &&
		typeof source.start === 'number' &&
		typeof source.end === 'number' &&
		source.start < report.quote.end &&
		report.quote.start < source.end
	);
}

function compareReports(a: ExtractedEvent, b: ExtractedEvent): number {
	return (
		PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision] ||
		Number(Boolean(a.inferred)) - Number(Boolean(b.inferred)) ||
		compareText(a.start, b.start) ||
		compareText(a.end, b.end) ||
		compareText(a.article, b.article) ||
		a.quote.start - b.quote.start ||
		a.trigger.start - b.trigger.start
	);
}

/**
 * Ids from what the event is: `2018-09-17-agreement-russia-turkey`. Clusters that would share one are
 * numbered in a fixed order (`-2`, `-3`), so the same input always gives the same ids.
 */
function assignIds(clusters: Cluster[]): void {
	const base = clusters.map((c) => {
		const lead = c.reports[0]!;
		const actors = rankedActors(c).slice(0, 2);
		return [lead.start, lead.type, ...actors]
			.join('-')
			.replace(/[^a-z0-9-]+/g, '-')
			.replace(/-+/g, '-');
	});
	const order = clusters
		.map((_, i) => i)
		.sort(
			(i, j) =>
				compareText(base[i]!, base[j]!) || compareReports(clusters[i]!.reports[0]!, clusters[j]!.reports[0]!)
		);
	const used = new Map<string, number>();
	for (const i of order) {
		const n = (used.get(base[i]!) ?? 0) + 1;
		used.set(base[i]!, n);
		clusters[i]!.id = n === 1 ? base[i]! : `${base[i]}-${n}`;
	}
}

/** Actors by how many reports name them, then by first mention in the lead report, then id. */
function rankedActors(cluster: Cluster): ActorId[] {
	const first = new Map<ActorId, number>();
	cluster.reports.forEach((r, i) => r.actors.forEach((a, j) => first.has(a) || first.set(a, i * 1000 + j)));
	return [...cluster.actors.keys()].sort(
		(a, b) =>
			cluster.actors.get(b)! - cluster.actors.get(a)! || first.get(a)! - first.get(b)! || compareText(a, b)
	);
}

/** Agents (or recipients) any report gives, kept only where they are among the event's actors. */
function roles(cluster: Cluster, role: 'agents' | 'recipients'): Partial<TimelineEvent> {
	const ids: ActorId[] = [];
	for (const r of cluster.reports) for (const a of r[role] ?? []) if (!ids.includes(a)) ids.push(a);
	if (role === 'recipients') {
		const agents = new Set(cluster.reports.flatMap((r) => r.agents ?? []));
		return ids.some((a) => !agents.has(a)) ? { recipients: ids.filter((a) => !agents.has(a)) } : {};
	}
	return ids.length > 0 ? { agents: ids } : {};
}

/** The best report's confidence, raised by every further article that reports the event. */
function confidence(cluster: Cluster): Partial<TimelineEvent> {
	const scores = cluster.reports.flatMap((r) => (r.confidence === undefined ? [] : [r.confidence]));
	if (scores.length === 0) return {};
	return { confidence: corroborated(scores, new Set(cluster.reports.map((r) => r.article)).size) };
}

function toEvent(cluster: Cluster): TimelineEvent {
	const lead = cluster.reports[0]!;
	const sources = mergeSources(
		cluster.curated?.sources ?? [],
		cluster.reports.map((r) => ({
			article: r.article,
			quote: r.quote.text,
			start: r.quote.start,
			end: r.quote.end
		}))
	);
	const place = mostCommon(cluster.reports.map((r) => r.place));
	const extracted: TimelineEvent = {
		id: cluster.id!,
		title: lead.title,
		type: lead.type,
		start: lead.start,
		end: lead.end,
		precision: lead.precision,
		actors: rankedActors(cluster),
		...(place ? { place } : {}),
		sources,
		cameo: lead.cameo,
		...(cluster.reports.every((r) => r.inferred) ? { inferred: true } : {}),
		...(lead.part ? { part: lead.part } : {}),
		// Planned until a report says it happened: a preview and the account of the talks are one event.
		...(cluster.reports.every((r) => r.planned) ? { planned: true } : {}),
		...roles(cluster, 'agents'),
		...roles(cluster, 'recipients'),
		...confidence(cluster)
	};
	if (!cluster.curated) return extracted;
	// A person wrote the curated event: it stands as written (a field left out stays out, for the
	// validator to report). The extraction adds its sources, and a place or CAMEO code it lacks.
	const curated = cluster.curated;
	return {
		...curated,
		...(curated.place === undefined && extracted.place ? { place: extracted.place } : {}),
		...(curated.cameo === undefined && curated.type === lead.type ? { cameo: lead.cameo } : {}),
		sources
	};
}

/** Curated sources first, then extracted ones that quote somewhere else, each article in body order. */
function mergeSources(curated: readonly Source[], extracted: readonly Source[]): Source[] {
	const sources = [...curated];
	const sorted = [...extracted].sort((a, b) => compareText(a.article, b.article) || a.start - b.start);
	for (const source of sorted) {
		const overlaps = sources.some(
			(s) => s.article === source.article && s.start < source.end && source.start < s.end
		);
		if (!overlaps) sources.push(source);
	}
	return sources;
}

function mostCommon(values: readonly (string | undefined)[]): string | undefined {
	const counts = new Map<string, number>();
	for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
	let best: string | undefined;
	for (const [value, count] of counts) if (!best || count > counts.get(best)!) best = value;
	return best;
}

/** Curated events with broken fields still sort without throwing; the validator reports them. */
function safeCompare(a: TimelineEvent, b: TimelineEvent): number {
	return typeof a.start === 'string' &&
		typeof b.start === 'string' &&
		typeof a.id === 'string' &&
		typeof b.id === 'string'
		? compareEvents(a, b)
		: 0;
}
