import type { EmbedOptions, Notice } from '../filters/url.ts';
import type { TimelineView } from '../filters/view.svelte.ts';

/** What a `<dateline-timeline>` shows: its view once the data is in, or why there is none. */
export class WidgetState {
	view: TimelineView | undefined = $state.raw();
	error: string | undefined = $state();
	height: number | undefined = $state();
	theme: EmbedOptions['theme'] = $state('auto');
	/** Notices about the widget's own attributes (theme, height); the view has the filter's. */
	notices: Notice[] = $state.raw([]);
}
