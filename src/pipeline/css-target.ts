/**
 * The browsers whose CSS the site and the widget are written for: the first with native light-dark().
 * Older targets make Vite rewrite light-dark() into a polyfill that only switches theme on the element
 * declaring the colours, which breaks `theme=dark` on the widget's shadow host.
 */
export const CSS_TARGET = ['chrome123', 'edge123', 'firefox120', 'safari17.5'];
