import { isCompactIndex } from '../model/compact-index.ts';
import { decodeIndex } from '../model/decode-index.ts';
import type { Dataset } from '../model/types.ts';
import { DetailSource } from '../loading/detail-source.ts';
import { describeProblem } from '../model/problems.ts';
import { firstProblem } from './quick-check.ts';
import { isTimelineJs, timelineJsDataset } from '../formats/timelinejs.ts';
import { fillIn } from '../i18n/messages.ts';
import { en } from '../i18n/messages/en.ts';

/** Why a dataset could not be shown, as data each language words (`error.*` in the message tables). */
export interface LoadProblem {
	key:
		'error.request' | 'error.status' | 'error.notJson' | 'error.index' | 'error.invalid' | 'error.timelinejs';
	vars: Record<string, string | number>;
}

function failed(key: LoadProblem['key'], vars: LoadProblem['vars']) {
	return { error: fillIn(en[key], vars), problem: { key, vars } };
}

/**
 * A dataset fetched for a widget, or a sentence saying why there is none. From a compact index, its
 * events wait for their details, which `details` fetches.
 */
export type LoadResult =
	| { dataset: Dataset; details?: DetailSource; error?: undefined; problem?: undefined }
	| { dataset?: undefined; details?: undefined; error: string; problem: LoadProblem };

/**
 * Fetch and validate a dataset, a compact index (its shards are found relative to `src`) or a
 * TimelineJS3 JSON timeline (its events alone), told apart by their shape, from any URL. Never throws
 * for bad input: a failed request, a non-JSON answer or a value that is not a Dateline dataset each
 * come back as an `error` a reader can act on.
 * An aborted request rejects, so a superseded load can be told apart from a failed one.
 */
export async function loadDataset(
	src: string,
	{ fetcher = fetch, signal }: { fetcher?: typeof fetch; signal?: AbortSignal } = {}
): Promise<LoadResult> {
	let response: Response;
	try {
		response = await fetcher(src, { signal, headers: { accept: 'application/json' } });
	} catch (error) {
		if (signal?.aborted) throw error;
		return failed('error.request', { src, message: (error as Error).message });
	}
	if (!response.ok) {
		return failed('error.status', { src, status: String(response.status) });
	}
	let value: unknown;
	try {
		value = await response.json();
	} catch {
		if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
		return failed('error.notJson', { src });
	}
	if (isCompactIndex(value)) {
		try {
			const dataset = decodeIndex(value);
			// The index's actors and articles pass the dataset's rules (lengths, ids, http(s) links);
			// its events were checked by the decoder as they were unpacked.
			const problem = firstProblem({ ...dataset, events: [] });
			if (problem) return failed('error.invalid', { src, problems: describeProblem(problem) });
			const url = new URL(response.url || src, globalThis.location?.href).href;
			return { dataset, details: new DetailSource(url, value, dataset.events, fetcher) };
		} catch (error) {
			return failed('error.index', { src, message: (error as Error).message });
		}
	}
	if (isTimelineJs(value)) {
		const timeline = timelineJsDataset(value);
		if (!timeline.dataset) {
			return failed('error.timelinejs', { src, problems: describeProblem(timeline.problems[0]!) });
		}
		value = timeline.dataset;
	}
	const problem = firstProblem(value);
	if (problem) {
		return failed('error.invalid', { src, problems: describeProblem(problem) });
	}
	return { dataset: value as Dataset };
}
