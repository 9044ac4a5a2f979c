import { HELLO, isHeightMessage } from '../timeline/height-message.ts';

/** The parts of a window the resizer uses; a test can hand in its own. */
export interface ResizerHost {
	addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
	document: Pick<Document, 'querySelectorAll'>;
}

const installed = new WeakMap<object, Set<string>>();

/**
 * Size every iframe of `host` that shows a page of `origin` from the height messages it posts.
 * Anything else is ignored: messages from other origins, of another shape, or from a window that is
 * not one of the page's iframes. Installing twice for one origin adds nothing. On start it greets
 * the page's frames, so one that posted before the script was listening posts again.
 */
export function resizeFramesFrom(host: ResizerHost, origin: string): void {
	const origins = installed.get(host) ?? new Set();
	if (origins.has(origin)) return;
	installed.set(host, origins.add(origin));
	// Frames that loaded before this script ran have posted their height already: ask again.
	// The target origin means only frames of the site receive it.
	for (const frame of host.document.querySelectorAll('iframe'))
		frame.contentWindow?.postMessage(HELLO, origin);
	host.addEventListener('message', (event) => {
		if (event.origin !== origin || !isHeightMessage(event.data)) return;
		for (const frame of host.document.querySelectorAll('iframe')) {
			if (frame.contentWindow === event.source) {
				frame.style.height = `${event.data.height}px`;
				return;
			}
		}
	});
}
