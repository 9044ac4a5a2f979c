import type { EventType } from './types.ts';

/** The custom property that colours each event type (see theme.css). */
export function typeColor(type: EventType): string {
	return `var(--dateline-type-${type})`;
}

/** Readers see "Military", not the dataset's `military`. */
export const TYPE_LABELS: Record<EventType, string> = {
	meeting: 'Meeting',
	talks: 'Talks',
	agreement: 'Agreement',
	statement: 'Statement',
	military: 'Military',
	other: 'Other'
};
