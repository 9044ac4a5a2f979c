/** A JavaScript file as a response, for the prerendered script routes. */
export function script(code: string): Response {
	return new Response(code, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
}
