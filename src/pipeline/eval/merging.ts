/**
 * Scoring the merge against gold keys: gold events (in any articles) with the same `key` are one real
 * occurrence. Every pair of keyed gold events whose reports were both found is a decision the merge
 * made: joined or kept apart. Joined with the same key is right, apart with the same key is a missed
 * merge, joined with different keys is a wrong merge (two stories made one).
 */
import type { TimelineEvent } from '../../lib/model/types.ts';
import type { ExtractedEvent } from '../extract/types.ts';

/** A gold event with its key, and the report the scorer paired it with. */
export interface KeyedPair {
	key?: string;
	report?: ExtractedEvent;
}

export interface MergeScore {
	/** Pairs of found reports with the same key that the merge joined. */
	right: number;
	/** Pairs with the same key left apart. */
	missed: number;
	/** Pairs with different keys joined: different stories made one. */
	wrong: number;
	/** Same-key pairs the merge never saw, because a report of one of them was not found. */
	unreachable: number;
	/** right / (right + wrong); 1 when nothing was joined. */
	precision: number;
	/** right / (right + missed); undefined when no two found reports share a key. */
	recall?: number;
}

/** Score the merge over every pair of keyed gold events; undefined when the gold set has no keys. */
export function scoreMerging(
	pairs: readonly KeyedPair[],
	eventOf: ReadonlyMap<ExtractedEvent, TimelineEvent>
): MergeScore | undefined {
	const keyed = pairs.filter((p): p is KeyedPair & { key: string } => typeof p.key === 'string');
	if (keyed.length === 0) return undefined;
	let right = 0;
	let missed = 0;
	let wrong = 0;
	let unreachable = 0;
	for (let i = 0; i < keyed.length; i++) {
		for (let j = i + 1; j < keyed.length; j++) {
			const [a, b] = [keyed[i]!, keyed[j]!];
			const same = a.key === b.key;
			const eventA = a.report && eventOf.get(a.report);
			const eventB = b.report && eventOf.get(b.report);
			if (!eventA || !eventB) {
				if (same) unreachable++;
				continue;
			}
			const joined = eventA === eventB;
			if (same && joined) right++;
			else if (same) missed++;
			else if (joined) wrong++;
		}
	}
	return {
		right,
		missed,
		wrong,
		unreachable,
		precision: right + wrong ? right / (right + wrong) : 1,
		...(right + missed ? { recall: right / (right + missed) } : {})
	};
}
