/**
 * Moves SvelteKit's `<link rel="modulepreload">` tags from the head to the end of the body.
 * In the head, the browser starts some thirty script downloads while it is still parsing the page,
 * and handling them delays the first paint of the prerendered figures and map: on the 2-core bench
 * machine, first paint went from about 280 ms to about 175 ms with the tags at the end (static
 * floor about 145 ms), while hydration came no later, because the modules are only run once the
 * document has been parsed anyway (#8, BENCHMARKS.md). `modulepreload` is allowed in the body.
 */
const PRELOAD = /[ \t]*<link href="[^"]*" rel="modulepreload">\n?/g;

export function preloadsAtEnd(html: string): string {
	const links = html.match(PRELOAD);
	if (!links) return html;
	const end = html.lastIndexOf('</body>');
	if (end < 0) return html;
	const body = html.slice(0, end).replace(PRELOAD, '');
	return `${body}${links.map((l) => l.trim()).join('')}\n\t${html.slice(end)}`;
}
