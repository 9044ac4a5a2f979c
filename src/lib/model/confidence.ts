import type { TimelineEvent } from './types.ts';

/**
 * The confidence at or above which the timeline, the embeds and the widget show an event by default.
 * The dataset keeps every event; a reader can show the rest. Events without a confidence (curated, or
 * from an older dataset) are always shown.
 */
export const CONFIDENCE_THRESHOLD = 0.5;

/** Whether a confidence is at or above the threshold; none (undefined, or NaN in a packed column) is. */
export function isConfidentValue(confidence: number | undefined): boolean {
	return confidence === undefined || Number.isNaN(confidence) || confidence >= CONFIDENCE_THRESHOLD;
}

/** Whether an event is shown when events below the confidence threshold are hidden. */
export function isConfident(event: Pick<TimelineEvent, 'confidence'>): boolean {
	return isConfidentValue(event.confidence);
}
