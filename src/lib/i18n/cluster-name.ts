/**
 * A cluster's accessible name in a language: "37 events, March 2019, talks", "37 событий, март 2019 г., переговоры".
 */
import { fromUtcDate } from '../model/dates.ts';
import type { BinUnit, Cluster } from '../timeline/clusters.ts';
import type { Translator } from './translator.ts';

const PRECISION = {
	day: 'day',
	week: 'day',
	month: 'month',
	quarter: 'month',
	year: 'year',
	years: 'year'
} as const;

/** A calendar bin `[start, end)` (UTC ms) in words at its unit's precision: "week of 4 March 2019", "2010–2014". */
export function binPeriod(start: number, end: number, unit: BinUnit, tr: Translator): string {
	const first = fromUtcDate(new Date(start));
	if (unit === 'week') return tr.t('timeline.week', { date: tr.date(first) });
	const last = unit === 'day' ? first : fromUtcDate(new Date(end - 1));
	return tr.eventDate({ start: first, end: last, precision: PRECISION[unit] });
}

const names = new WeakMap<Translator, Map<string, string>>();

/** The name, made once per bin, count and language: the same clusters come back frame after frame. */
export function clusterName(
	cluster: Pick<Cluster, 'key' | 'count' | 'start' | 'end' | 'unit' | 'type'>,
	tr: Translator
): string {
	let made = names.get(tr);
	if (!made) names.set(tr, (made = new Map()));
	const id = `${cluster.key}:${cluster.end}:${cluster.count}`;
	let name = made.get(id);
	if (name === undefined) {
		name = tr.t('timeline.cluster', {
			count: tr.n('count.events', cluster.count),
			period: binPeriod(cluster.start, cluster.end, cluster.unit, tr),
			type: tr.t(`type.${cluster.type}`).toLocaleLowerCase(tr.lang)
		});
		// Zooming makes new bins without end: keep the memory of the last few thousand only.
		if (made.size > 5000) made.clear();
		made.set(id, name);
	}
	return name;
}
