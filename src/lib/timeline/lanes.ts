/** Greedy interval packing: the lane of each extent, so that no two in a lane overlap. */

/** A horizontal extent in pixels, the space a mark (and the label it reserves) takes in a lane. */
export interface Extent {
	x0: number;
	x1: number;
}

/**
 * Greedy interval packing: each extent, in the order given (sorted by `x0`), goes to the lowest lane
 * free at its `x0` with `gap` to spare. O(n log n) with two heaps: lanes in use by their end, and free
 * lanes by their index. Returns the lane of each extent and how many lanes were used.
 */
export function packLanes(extents: readonly Extent[], gap = 0): { lanes: Int32Array; count: number } {
	const lanes = new Int32Array(extents.length);
	const busy = new Heap<[end: number, lane: number]>((a, b) => a[0] - b[0] || a[1] - b[1]);
	const free = new Heap<number>((a, b) => a - b);
	let count = 0;
	for (let i = 0; i < extents.length; i++) {
		const { x0, x1 } = extents[i]!;
		while (busy.size > 0 && busy.peek()![0] + gap <= x0) free.push(busy.pop()![1]);
		const lane = free.size > 0 ? free.pop()! : count++;
		lanes[i] = lane;
		busy.push([Math.max(x1, x0), lane]);
	}
	return { lanes, count };
}

/** A minimal binary heap; d3-array has none and the packing must stay O(n log n). */
class Heap<T> {
	private items: T[] = [];
	constructor(private readonly before: (a: T, b: T) => number) {}
	get size(): number {
		return this.items.length;
	}
	peek(): T | undefined {
		return this.items[0];
	}
	push(item: T): void {
		const items = this.items;
		items.push(item);
		let i = items.length - 1;
		while (i > 0) {
			const parent = (i - 1) >> 1;
			if (this.before(items[i]!, items[parent]!) >= 0) break;
			[items[i], items[parent]] = [items[parent]!, items[i]!];
			i = parent;
		}
	}
	pop(): T | undefined {
		const items = this.items;
		const top = items[0];
		const last = items.pop();
		if (items.length > 0 && last !== undefined) {
			items[0] = last;
			let i = 0;
			for (;;) {
				const l = 2 * i + 1;
				const r = l + 1;
				let best = i;
				if (l < items.length && this.before(items[l]!, items[best]!) < 0) best = l;
				if (r < items.length && this.before(items[r]!, items[best]!) < 0) best = r;
				if (best === i) break;
				[items[i], items[best]] = [items[best]!, items[i]!];
				i = best;
			}
		}
		return top;
	}
}
