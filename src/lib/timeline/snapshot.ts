/**
 * A picture of the timeline as it is on screen, for a report or a slide: a standalone SVG whose
 * computed styles are inlined, framed by a title line, a legend, a credit; the PNG is drawn from it.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The properties that decide how SVG content looks; the rest of a computed style is noise. */
const STYLE_PROPS = [
	'display',
	'visibility',
	'opacity',
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-linecap',
	'paint-order',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'letter-spacing',
	'text-anchor',
	'dominant-baseline'
];

export interface PictureText {
	/** The title line: what the picture shows. */
	title: string;
	/** One entry per type shown: its name and its colour as CSS (a custom property is fine). */
	legend: { label: string; color: string }[];
	/** The credit line ("Source: …"). */
	credit: string;
}

export interface Picture {
	text: string;
	width: number;
	height: number;
}

const HEADER = 34;
const LEGEND = 24;
const FOOTER = 26;
const PAD = 12;

/** `css` as the browser resolves it inside `host`: a custom property or `light-dark()` becomes a colour. */
function resolvedColor(host: Element, css: string): string {
	const probe = document.createElement('span');
	probe.style.color = css;
	host.appendChild(probe);
	const color = getComputedStyle(probe).color;
	probe.remove();
	return color;
}

/** The first opaque background behind `element`, as the reader sees it (white if there is none). */
function backgroundOf(element: Element | null): string {
	for (let e = element; e; e = e.parentElement) {
		const color = getComputedStyle(e).backgroundColor;
		if (color && color !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(color)) return color;
	}
	return '#fff';
}

function svgElement<K extends keyof SVGElementTagNameMap>(
	name: K,
	attributes: Record<string, string | number>,
	text?: string
): SVGElementTagNameMap[K] {
	const element = document.createElementNS(SVG_NS, name);
	for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
	// Text from articles goes in as text: the serialiser escapes it, and it never becomes markup.
	if (text !== undefined) element.textContent = text;
	return element;
}

/** Copy each element's computed look into its clone's `style`, walking both trees in step. */
function inlineStyles(source: Element, copy: Element): void {
	const computed = getComputedStyle(source);
	const style = STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
	copy.setAttribute('style', style);
	copy.removeAttribute('class');
	for (let i = 0; i < source.children.length; i++) {
		const [s, c] = [source.children[i], copy.children[i]];
		if (s && c) inlineStyles(s, c);
	}
}

/** The timeline's SVG as a picture that stands alone, in the current theme. */
export function timelinePicture(svg: SVGSVGElement, { title, legend, credit }: PictureText): Picture {
	const box = svg.getBoundingClientRect();
	const width = Math.round(box.width);
	const chart = Math.round(box.height);
	const height = HEADER + LEGEND + chart + FOOTER;
	const ink = getComputedStyle(svg).color;
	const font = getComputedStyle(svg).fontFamily;

	const root = svgElement('svg', { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}` });
	root.setAttribute('style', `font-family:${font}`);
	root.append(
		svgElement('rect', { width, height, fill: backgroundOf(svg) }),
		svgElement('text', { x: PAD, y: 23, fill: ink, 'font-size': 16, 'font-weight': 600 }, title)
	);
	let x = PAD;
	for (const { label, color } of legend) {
		const swatch = svgElement('rect', { x, y: HEADER + 5, width: 12, height: 12, rx: 2 });
		swatch.setAttribute('fill', resolvedColor(svg, color));
		root.append(swatch, svgElement('text', { x: x + 17, y: HEADER + 15, fill: ink, 'font-size': 12 }, label));
		x += 17 + label.length * 7 + 16;
	}
	const copy = svg.cloneNode(true) as SVGSVGElement;
	inlineStyles(svg, copy);
	for (const [key, value] of Object.entries({ x: 0, y: HEADER + LEGEND, width, height: chart }))
		copy.setAttribute(key, String(value));
	root.append(
		copy,
		svgElement('text', { x: PAD, y: height - 9, fill: ink, 'font-size': 11, opacity: 0.75 }, credit)
	);
	return { text: new XMLSerializer().serializeToString(root), width, height };
}

/** The picture as a PNG at `scale` times its size (2 for slides and high-density screens). */
export async function pictureToPng({ text, width, height }: Picture, scale = 2): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('this browser cannot draw the picture');
		context.scale(scale, scale);
		context.drawImage(image, 0, 0, width, height);
		return await new Promise<Blob>((done, fail) =>
			canvas.toBlob(
				(blob) => (blob ? done(blob) : fail(new Error('the picture could not be encoded'))),
				'image/png'
			)
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}
