import { mount, unmount } from 'svelte';
import { parseEmbedParams, parseLangParam } from '../filters/url.ts';
import { fetchMessages } from '../i18n/fetch-messages.ts';
import { Locale } from '../i18n/locale.svelte.ts';
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
const ORIGIN = 'attributes';

/**
 * Where the message tables of languages other than English are: beside the script itself
 * (`…/widget.js` → `…/i18n/ar.json`), whatever page loads it. Read while the script runs, the only
 * time `document.currentScript` names it.
 */
const MESSAGES = new URL('i18n/', (document.currentScript as HTMLScriptElement | null)?.src || location.href);

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
	// One per element: two widgets on a page may speak two languages. Tables come over the network
	// once per page all the same (the browser's cache), English never.
	#locale = new Locale({ load: fetchMessages(MESSAGES) });
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
					locale: this.#locale,
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
		// Without `lang` a widget speaks English: the host page, not the reader's browser, chooses.
		void this.#locale.use(parseLangParam(params, ORIGIN).lang ?? 'en');
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
			state.error = { key: 'error.noSrc' };
			return;
		}
		const loading = (this.#loading = new AbortController());
		try {
			const result = await loadDataset(src, { signal: loading.signal });
			if (loading.signal.aborted) return;
			if (result.error !== undefined) {
				state.error = result.problem;
				return;
			}
			const view = new TimelineView(result.dataset, result.details);
			apply(view, attributesToParams(this));
			state.view = view;
		} catch (error) {
			if (!loading.signal.aborted)
				state.error = { key: 'error.show', vars: { message: (error as Error).message } };
		}
	}
}
