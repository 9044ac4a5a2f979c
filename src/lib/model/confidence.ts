import type { TimelineEvent } from './types.ts';

/**
 * The confidence at or above which the timeline, the embeds and the widget show an event by default.
 * The dataset keeps every event; a reader can show the rest. Events without a confidence (curated, or
 * from an older dataset) are always shown.
 */
export const CONFIDENCE_THRESHOLD = 0.5;

/** Whether an event is shown when events below the confidence threshold are hidden. */
export function isConfident(event: Pick<TimelineEvent, 'confidence'>): boolean {
	return event.confidence === undefined || event.confidence >= CONFIDENCE_THRESHOLD;
}
