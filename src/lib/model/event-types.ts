/**
 * The registry of event types: every kind a timeline distinguishes, in legend order, with what readers
 * see of it. The legend, the filter bar, the marks, the details and the widget all read it; the schema
 * takes its picklist from it. A type added here needs its colour in `src/lib/timeline/theme.css` (light
 * and dark) and trigger words in the pipeline: tests/unit/model/event-types.test.ts checks both.
 */

export interface EventTypeInfo {
	/** What readers see: "Military", not the dataset's `military`. */
	label: string;
	/** The custom property (theme.css) that colours the type's marks, swatches and lanes. */
	color: `--dateline-type-${string}`;
}

// The entries' order is the legend's, the lanes' and the filter bar's.
const REGISTRY = {
	meeting: { label: 'Meeting', color: '--dateline-type-meeting' },
	talks: { label: 'Talks', color: '--dateline-type-talks' },
	agreement: { label: 'Agreement', color: '--dateline-type-agreement' },
	statement: { label: 'Statement', color: '--dateline-type-statement' },
	military: { label: 'Military', color: '--dateline-type-military' },
	other: { label: 'Other', color: '--dateline-type-other' }
} as const satisfies Record<string, EventTypeInfo>;

export type EventType = keyof typeof REGISTRY;

/** Every event type, in legend order. */
export const EVENT_TYPES = Object.keys(REGISTRY) as readonly EventType[] as readonly [
	EventType,
	...EventType[]
];

/** Each type's label and colour token. */
export const EVENT_TYPE_INFO: Readonly<Record<EventType, EventTypeInfo>> = REGISTRY;

/** Readers see "Military", not the dataset's `military`. */
export const TYPE_LABELS: Readonly<Record<EventType, string>> = Object.fromEntries(
	EVENT_TYPES.map((type) => [type, REGISTRY[type].label])
) as Record<EventType, string>;

/** The CSS colour of an event type: its custom property (see theme.css). */
export function typeColor(type: EventType): string {
	return `var(${REGISTRY[type].color})`;
}
