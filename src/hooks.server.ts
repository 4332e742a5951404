/**
 * Prerendered HTML carries the page's language and writing direction on <html>, so screen readers
 * and the Arabic right-to-left layout are right before any script runs; its module preloads come
 * after the content, so that the page paints before the scripts download (preload-order.ts).
 */
import type { Handle } from '@sveltejs/kit';
import { defaultLocale, isLocale, localeInfo } from '$lib/i18n/locales';
import { preloadsAtEnd } from '$lib/server/preload-order';
import { timeRequest } from '$lib/server/build-timing';

export const handle: Handle = ({ event, resolve }) => {
	const lang = event.params.lang && isLocale(event.params.lang) ? event.params.lang : defaultLocale;
	return timeRequest(event.route.id ?? 'not found', () =>
		resolve(event, {
			transformPageChunk: ({ html }) =>
				preloadsAtEnd(html.replace('%ccm.lang%', lang).replace('%ccm.dir%', localeInfo(lang).dir))
		})
	);
};
