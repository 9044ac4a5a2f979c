// Teaches Svelte's templates the attributes of `<dateline-timeline>` (see element.ts).
import type { HTMLAttributes } from 'svelte/elements';

declare module 'svelte/elements' {
	export interface SvelteHTMLElements {
		'dateline-timeline': HTMLAttributes<HTMLElement> & {
			src?: string;
			actors?: string;
			match?: string;
			members?: string;
			types?: string;
			from?: string;
			to?: string;
			q?: string;
			theme?: string;
			height?: string;
		};
	}
}

export {};
