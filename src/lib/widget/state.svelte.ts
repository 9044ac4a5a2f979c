import type { EmbedOptions, Notice } from '../filters/url.ts';
import type { TimelineView } from '../filters/view.svelte.ts';
import type { TextKey } from '../i18n/messages.ts';

/** Why a widget shows no timeline: a key of the message tables, with what fills it in. */
export interface WidgetError {
	key: TextKey;
	vars?: Record<string, string | number>;
}

/** What a `<dateline-timeline>` shows: its view once the data is in, or why there is none. */
export class WidgetState {
	view: TimelineView | undefined = $state.raw();
	error: WidgetError | undefined = $state.raw();
	height: number | undefined = $state();
	theme: EmbedOptions['theme'] = $state('auto');
	/** Notices about the widget's own attributes (theme, height); the view has the filter's. */
	notices: Notice[] = $state.raw([]);
}
