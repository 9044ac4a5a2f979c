// The entry of `/widget.js`: defines `<dateline-timeline>` once, however often the script is loaded.
import { DatelineTimelineElement } from './element.ts';

if (!customElements.get('dateline-timeline'))
	customElements.define('dateline-timeline', DatelineTimelineElement);
