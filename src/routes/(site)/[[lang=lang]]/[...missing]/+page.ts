import { error } from '@sveltejs/kit';
import { building } from '$app/environment';
import { defaultLocale, locales } from '$lib/i18n/locales';

/**
 * The page a host answers unknown addresses with (404.html, fr/404.html…), one per language: the
 * static server serves the one of the address's language prefix. A route that takes any path, so
 * that the page, served at /fr/what/ever, hydrates as itself in its language (SvelteKit reads the
 * route and the language from the address, not from the file).
 */
export const entries = () =>
	locales.map((l) => ({ lang: l.code === defaultLocale ? undefined : l.code, missing: '404' }));

export const load = ({ params }) => {
	// While prerendering, any other path reaching here is a broken link on the site: the build fails.
	if (building && params.missing !== '404') error(404, 'Not found');
};
