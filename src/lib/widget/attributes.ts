/** The attributes `<dateline-timeline>` reads; a change to any of them updates the view. */
export const WIDGET_ATTRIBUTES = [
	'src',
	'actors',
	'match',
	'members',
	'types',
	'from',
	'to',
	'q',
	'uncertain',
	'theme',
	'height',
	'lang'
] as const;

/**
 * A widget's attributes as URL parameters, so the widget reads its view exactly as `/` and `/embed`
 * read a link (same rules, same notices).
 */
export function attributesToParams(element: Pick<Element, 'getAttribute'>): URLSearchParams {
	const params = new URLSearchParams();
	for (const name of WIDGET_ATTRIBUTES) {
		const value = element.getAttribute(name);
		if (name !== 'src' && value !== null) params.set(name, value);
	}
	return params;
}
