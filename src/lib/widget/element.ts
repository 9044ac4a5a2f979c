import { mount, unmount } from 'svelte';
import { parseEmbedParams } from '../filters/url.ts';
import { TimelineView } from '../filters/view.svelte.ts';
import themeCss from '../timeline/theme.css?inline';
import { attributesToParams, WIDGET_ATTRIBUTES } from './attributes.ts';
import { loadDataset } from './load.ts';
import { WidgetState } from './state.svelte.ts';
import Widget from './Widget.svelte';

// The page-level theme, scoped to the element: `:root` becomes `:host`, and the `theme` attribute
// picks the colour scheme. A host page's own `--dateline-*` values on the element still win.
const HOST_CSS = `${themeCss.replace(/:root/g, ':host')}
:host { display: block; }
:host([hidden]) { display: none; }
:host([theme='light']) { color-scheme: light; }
:host([theme='dark']) { color-scheme: dark; }`;

/** How notices name where an ignored value came from. */
const ORIGIN = 'in the attributes';

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
	#src: string | null = null;

	connectedCallback(): void {
		const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
		if (!this.#app) {
			const style = document.createElement('style');
			style.textContent = HOST_CSS;
			root.replaceChildren(style);
			this.#app = mount(Widget, {
				target: root,
				props: {
					state: this.#state,
					onselect: (event) =>
						this.dispatchEvent(
							new CustomEvent('dateline-select', { detail: event, bubbles: true, composed: true })
						)
				}
			});
		}
		this.#update();
	}

	disconnectedCallback(): void {
		this.#loading?.abort();
		this.#loading = undefined;
		this.#src = null;
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
		this.#state.notices = embed.notices;
		this.#state.view?.apply(params, ORIGIN);
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
			const view = new TimelineView(result.dataset);
			view.apply(attributesToParams(this), ORIGIN);
			state.view = view;
		} catch (error) {
			if (!loading.signal.aborted) state.error = `Could not show the timeline: ${(error as Error).message}`;
		}
	}
}
