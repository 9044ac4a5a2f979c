/**
 * Above this many events the timeline is drawn in the browser only. Prerendered, 100,000 events
 * wrote 47 MB of HTML into `/` and `/embed` that every visit downloads before the script replaces it;
 * a status line in its place costs nothing and is replaced on hydration.
 */
export const SERVER_TIMELINE_LIMIT = 2000;

export function drawnOnServer(eventCount: number): boolean {
	return eventCount <= SERVER_TIMELINE_LIMIT;
}
