import { mount, unmount } from 'svelte';
import { parseEmbedParams } from '../filters/url.ts';
import { TimelineView } from '../filters/view.svelte.ts';
import { plainEvent } from '../model/event-columns.ts';
import controlsCss from '../timeline/controls.css?inline';
import themeCss from '../timeline/theme.css?inline';
import { attributesToParams, WIDGET_ATTRIBUTES } from './attributes.ts';
import { loadDataset } from './load.ts';
import { WidgetState } from './state.svelte.ts';
import Widget from './Widget.svelte';

// The page-level tokens and control styles, scoped to the element: `:root` becomes `:host`. A host page's own
// `--dateline-*` values on the element still win; the `theme` attribute sets the colour scheme
// inside the shadow root (Widget.svelte), where no host rule can override it.
const HOST_CSS = `${themeCss.replace(/:root/g, ':host')}
${controlsCss}
:host { display: block; }
:host([hidden]) { display: none; }`;

/** How notices name where an ignored value came from. */
const ORIGIN = 'in the attributes';

/** Apply the attributes to a view. A widget has no `event` attribute: the open event stays open. */
function apply(view: TimelineView, params: URLSearchParams): void {
	const selected = view.selected;
	view.apply(params, ORIGIN);
	view.selected = selected;
}

/**
 * `<dateline-timeline src="…/events.json" actors="putin" theme="dark">`: the site's timeline in a
 * shadow root, for any page and any dataset. Fires `dateline-select` (detail: the event) when a
 * reader opens an event.
 */
export class DatelineTimelineElement extends HTMLElement {
	static observedAttributes = [...WIDGET_ATTRIBUTES];

	#state = new WidgetState();
	#app: Record<string, unknown> | undefined;
	#loading: AbortController | undefined;
	// undefined until the first update, so that a missing src (null) is noticed and explained.
	#src: string | null | undefined = undefined;

	connectedCallback(): void {
		const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
		if (!this.#app) {
			const style = document.createElement('style');
			style.textContent = HOST_CSS;
			root.replaceChildren(style);
			this.#app = mount(Widget, {
				target: root,
				props: {
					widget: this.#state,
					onselect: (event) =>
						this.dispatchEvent(
							// A copy: a host that edits the detail must not edit what the widget shows.
							new CustomEvent('dateline-select', {
								detail: structuredClone(plainEvent(event)),
								bubbles: true,
								composed: true
							})
						)
				}
			});
		}
		this.#update();
	}

	disconnectedCallback(): void {
		this.#loading?.abort();
		this.#loading = undefined;
		this.#src = undefined;
		if (this.#app) unmount(this.#app);
		this.#app = undefined;
	}

	attributeChangedCallback(): void {
		if (this.#app) this.#update();
	}

	/** Load the data if `src` changed; apply the other attributes to the view either way. */
	#update(): void {
		const src = this.getAttribute('src');
		if (src !== this.#src) {
			this.#src = src;
			void this.#load(src);
		}
		const params = attributesToParams(this);
		const embed = parseEmbedParams(params, ORIGIN);
		this.#state.height = embed.options.height;
		this.#state.theme = embed.options.theme;
		this.#state.notices = embed.notices;
		const view = this.#state.view;
		if (view) apply(view, params);
	}

	async #load(src: string | null): Promise<void> {
		this.#loading?.abort();
		const state = this.#state;
		state.view = undefined;
		state.error = undefined;
		if (!src) {
			state.error = 'This timeline has no data: set its src attribute to the URL of a Dateline dataset.';
			return;
		}
		const loading = (this.#loading = new AbortController());
		try {
			const result = await loadDataset(src, { signal: loading.signal });
			if (loading.signal.aborted) return;
			if (result.error !== undefined) {
				state.error = result.error;
				return;
			}
			const view = new TimelineView(result.dataset, result.details);
			apply(view, attributesToParams(this));
			state.view = view;
		} catch (error) {
			if (!loading.signal.aborted) state.error = `Could not show the timeline: ${(error as Error).message}`;
		}
	}
}
