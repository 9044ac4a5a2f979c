import type { Report, YamlPath } from './yaml-source.ts';

/**
 * The fields of a hand-written mapping that a reader knows, in `known` order. Every other key is
 * reported as FIELD_UNKNOWN at its line, with the nearest known key as a hint, and left out, so a
 * misspelt `sumary:` is neither lost in silence nor carried into the dataset.
 */
export function knownFields(
	raw: Record<string, unknown>,
	known: readonly string[],
	path: YamlPath,
	report: Report
): Record<string, unknown> {
	for (const key of Object.keys(raw)) {
		if (known.includes(key)) continue;
		const near = nearestKey(key, known);
		const hint = near ? `; did you mean \`${near}\`?` : ` (known: ${known.join(', ')})`;
		report([...path, key], 'FIELD_UNKNOWN', `unknown field \`${key}\`${hint}`, 'key');
	}
	return Object.fromEntries(known.filter((key) => Object.hasOwn(raw, key)).map((key) => [key, raw[key]]));
}

/** The known key within two edits of `key` (ignoring case), the closest first; none for keys too short to guess. */
export function nearestKey(key: string, known: readonly string[]): string | undefined {
	let best: { key: string; distance: number } | undefined;
	for (const candidate of known) {
		const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
		if (distance <= 2 && distance < key.length && (!best || distance < best.distance)) {
			best = { key: candidate, distance };
		}
	}
	return best?.key;
}

/** Levenshtein distance: insertions, deletions and substitutions. */
function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) {
			const substitute = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
			row.push(Math.min(substitute, previous[j]! + 1, row[j - 1]! + 1));
		}
		previous = row;
	}
	return previous[b.length]!;
}
