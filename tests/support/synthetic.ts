/**
 * Synthetic datasets for scale tests and the benchmark: any number of events, in the dataset shape
 * (they pass `validateDataset`), the same for the same seed on every machine.
 *
 * Shaped like wire copy about one conflict rather than like noise: events cluster in bursts around
 * a few dozen dates over 2011–2024, every type occurs, a share are multi-day ranges or known only to the
 * month or year, and 80 actors (states, their officials, organisations, groups) are drawn with a skew so
 * a few appear in most events — which is what makes actor filters and lane packing work hard.
 */

import { dayNumber, fromDayNumber, periodEnd, periodStart } from '../../src/lib/model/dates.ts';
import { compareEvents } from '../../src/lib/model/sort.ts';
import { sentence } from './sentences.ts';
import type {
	Actor,
	ActorKind,
	Article,
	Dataset,
	EventType,
	PeriodPart,
	Precision,
	TimelineEvent
} from '../../src/lib/model/types.ts';
import { EVENT_TYPES } from '../../src/lib/model/types.ts';

export interface SyntheticOptions {
	/** How many events. */
	events: number;
	/** Same seed, same dataset. */
	seed?: number;
}

export const SYNTHETIC_FIRST_DAY = '2011-01-01';
export const SYNTHETIC_LAST_DAY = '2024-12-31';
export const SYNTHETIC_ACTORS = 80;

/** mulberry32: tiny, fast and good enough for test data; Math.random cannot be seeded. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const STATES = [
	['russia', 'Russia'],
	['turkey', 'Turkey'],
	['iran', 'Iran'],
	['syria', 'Syria'],
	['united-states', 'United States'],
	['france', 'France'],
	['germany', 'Germany'],
	['united-kingdom', 'United Kingdom'],
	['israel', 'Israel'],
	['jordan', 'Jordan'],
	['saudi-arabia', 'Saudi Arabia'],
	['qatar', 'Qatar'],
	['egypt', 'Egypt'],
	['iraq', 'Iraq'],
	['lebanon', 'Lebanon'],
	['kazakhstan', 'Kazakhstan'],
	['china', 'China'],
	['uae', 'United Arab Emirates'],
	['italy', 'Italy'],
	['switzerland', 'Switzerland']
] as const;

const ORGANIZATIONS = [
	['un', 'United Nations'],
	['un-security-council', 'UN Security Council'],
	['opcw', 'OPCW'],
	['arab-league', 'Arab League'],
	['eu', 'European Union'],
	['nato', 'NATO'],
	['icrc', 'Red Cross'],
	['unhcr', 'UNHCR'],
	['wfp', 'World Food Programme'],
	['constitutional-committee', 'Constitutional Committee']
] as const;

const GROUPS = [
	['sdf', 'Syrian Democratic Forces'],
	['hts', 'Hayat Tahrir al-Sham'],
	['fsa', 'Free Syrian Army'],
	['snc', 'Syrian National Coalition'],
	['ypg', 'YPG'],
	['hezbollah', 'Hezbollah'],
	['white-helmets', 'White Helmets'],
	['hnc', 'High Negotiations Committee'],
	['isis', 'Islamic State'],
	['jaish-al-islam', 'Jaish al-Islam']
] as const;

const GIVEN = ['Anna', 'Omar', 'Lena', 'Karim', 'Sofia', 'Yusuf', 'Marta', 'Hassan', 'Elif', 'Pavel'];
const FAMILY = [
	'Petrov',
	'Aydin',
	'Rahimi',
	'Haddad',
	'Meyer',
	'Laurent',
	'Okafor',
	'Novak',
	'Saleh',
	'Berg'
];
const OFFICES = ['President', 'Foreign Minister', 'Defence Minister', 'Envoy'];

const PLACES = [
	'Astana',
	'Sochi',
	'Geneva',
	'Ankara',
	'Tehran',
	'Istanbul',
	'Moscow',
	'Idlib',
	'Vienna',
	'Amman'
];
const OUTLETS = ['Levant Wire', 'Caspian Herald', 'Bosphorus Daily', 'Geneva Ledger', 'Gulf Dispatch'];

const VERBS: Record<EventType, { verb: string; cameo: string }[]> = {
	meeting: [
		{ verb: 'meets', cameo: '040' },
		{ verb: 'hosts', cameo: '042' },
		{ verb: 'receives', cameo: '043' }
	],
	talks: [
		{ verb: 'hold talks with', cameo: '046' },
		{ verb: 'open a round with', cameo: '046' }
	],
	agreement: [
		{ verb: 'sign a memorandum with', cameo: '057' },
		{ verb: 'agree on a ceasefire with', cameo: '057' }
	],
	statement: [
		{ verb: 'warns', cameo: '130' },
		{ verb: 'calls on', cameo: '020' },
		{ verb: 'condemns', cameo: '122' }
	],
	military: [
		{ verb: 'launches strikes against', cameo: '190' },
		{ verb: 'withdraws troops from near', cameo: '192' }
	],
	other: [
		{ verb: 'sends aid with', cameo: '070' },
		{ verb: 'exchanges prisoners with', cameo: '080' }
	]
};

function makeActors(): Actor[] {
	const actors: Actor[] = [];
	const add = (id: string, name: string, kind: ActorKind, memberOf: string[] = [], aliases: string[] = []) =>
		actors.push({ id, name, kind, aliases, memberOf });
	for (const [id, name] of STATES) add(id, name, 'country');
	for (const [id, name] of ORGANIZATIONS) add(id, name, 'organization');
	for (const [id, name] of GROUPS) add(id, name, 'group');
	// 40 officials, two per state, so `memberOf` filters (a state with its officials) have work to do.
	for (let i = 0; actors.length < SYNTHETIC_ACTORS; i++) {
		const [stateId] = STATES[i % STATES.length]!;
		const name = `${GIVEN[i % GIVEN.length]} ${FAMILY[(i * 7 + Math.floor(i / 10)) % FAMILY.length]}`;
		const id = `${name.toLowerCase().replace(/ /g, '-')}-${i}`;
		add(id, name, 'person', [stateId], [`${OFFICES[i % OFFICES.length]} ${name.split(' ')[1]}`]);
	}
	return actors;
}

const PART_OF: PeriodPart[] = ['early', 'mid', 'late'];

/**
 * A deterministic dataset of `events` events over 2011–2024. Valid by construction; sorted by start,
 * then id, as the contract requires.
 */
export function syntheticDataset({ events: count, seed = 1 }: SyntheticOptions): Dataset {
	const rand = random(seed);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
	const first = dayNumber(SYNTHETIC_FIRST_DAY);
	const last = dayNumber(SYNTHETIC_LAST_DAY);
	const span = last - first;

	const actors = makeActors();
	// Zipf-like weights: the first few actors (Russia, Turkey, Iran…) appear in most events.
	const cumulative: number[] = [];
	let total = 0;
	for (let i = 0; i < actors.length; i++) cumulative.push((total += 1 / (i + 1)));
	const pickActor = (): string => {
		const r = rand() * total;
		let lo = 0;
		let hi = cumulative.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (cumulative[mid]! < r) lo = mid + 1;
			else hi = mid;
		}
		return actors[lo]!.id;
	};

	// Bursts: 30 dates where about half of all events crowd within a few weeks, like a summit's coverage.
	const bursts = Array.from({ length: 30 }, () => ({
		centre: first + Math.floor(rand() * span),
		width: 3 + Math.floor(rand() * 25)
	}));

	const articleCount = Math.max(5, Math.ceil(count / 40));
	const articles: Article[] = Array.from({ length: articleCount }, (_, i) => ({
		id: `synthetic-${String(i + 1).padStart(6, '0')}`,
		title: `Synthetic report ${i + 1}`,
		published: fromDayNumber(first + Math.floor((i / articleCount) * span)),
		source: OUTLETS[i % OUTLETS.length]!,
		url: `https://example.org/synthetic/${i + 1}`
	}));

	const width = String(count).length;
	const events: TimelineEvent[] = [];
	for (let i = 0; i < count; i++) {
		let day: number;
		if (rand() < 0.5) {
			const burst = pick(bursts);
			// Sum of three uniforms: a cheap bell shape around the burst's centre.
			const offset = ((rand() + rand() + rand() - 1.5) / 1.5) * burst.width;
			day = Math.min(last, Math.max(first, Math.round(burst.centre + offset)));
		} else {
			day = first + Math.floor(rand() * (span + 1));
		}
		// The first six cycle through the types so even a tiny dataset has every one.
		const type = i < EVENT_TYPES.length ? EVENT_TYPES[i]! : pick(EVENT_TYPES);
		let start = fromDayNumber(day);
		let end = start;
		let precision: Precision = 'day';
		let part: PeriodPart | undefined;
		const shape = rand();
		if (shape < 0.06) {
			precision = 'month';
			start = periodStart(start, 'month');
			end = periodEnd(start, 'month');
			if (rand() < 0.3) part = pick(PART_OF);
		} else if (shape < 0.075) {
			precision = 'year';
			start = periodStart(start, 'year');
			end = periodEnd(start, 'year');
		} else if (shape < 0.17) {
			end = fromDayNumber(Math.min(last, day + 1 + Math.floor(rand() * 20)));
		}

		const actorIds: string[] = [];
		const wanted = 1 + Math.floor(rand() * 3);
		while (actorIds.length < wanted) {
			const id = pickActor();
			if (!actorIds.includes(id)) actorIds.push(id);
		}
		const names = actorIds.map((id) => actors.find((a) => a.id === id)!.name);
		const { verb, cameo } = pick(VERBS[type]);
		const place = rand() < 0.6 ? pick(PLACES) : undefined;
		const object = names.length > 1 ? names.slice(1).join(' and ') : (place ?? 'the press');
		const title = `${names[0]} ${verb} ${object}${place && names.length > 1 ? ` in ${place}` : ''}`;
		const article = articles[Math.min(articleCount - 1, Math.floor(((day - first) / span) * articleCount))]!;
		// One or two reports, each quoting its own sentence of 8–22 words (about 580 bytes an event in all).
		const sources = Array.from({ length: rand() < 0.3 ? 1 : 2 }, (_, k) => {
			const quote = sentence(names[k % names.length]!, rand);
			const offset = Math.floor(rand() * 4000);
			const from = k === 0 ? article : pick(articles);
			return { article: from.id, quote, start: offset, end: offset + quote.length };
		});

		const event: TimelineEvent = {
			id: `syn-${String(i + 1).padStart(width, '0')}`,
			title,
			type,
			start,
			end,
			precision,
			actors: actorIds,
			sources,
			cameo
		};
		if (rand() < 0.6) event.summary = sentence(names[0]!, rand);
		if (place) event.place = place;
		if (part) event.part = part;
		if (precision === 'day' && rand() < 0.1) event.inferred = true;
		events.push(event);
	}
	events.sort(compareEvents);
	return { version: 1, actors, events, articles };
}
