/**
 * The MSP deck in Node (`npm run deck`, the tests): each chart component rendered to HTML with
 * svelte/server as the prerender does, the composed picture rasterized to a 1920 x 1080 PNG with
 * resvg, the map's geometry built as the build builds it. The page's language is set on
 * `$app/state`'s page, which outside a request is the caller's stand-in (the command's, a test's mock).
 */
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { page } from '$app/state';
import type { Connector } from '../../src/lib/db/connector';
import type { Locale } from '../../src/lib/i18n/locales';
import type { Manifest } from '../../src/lib/schema/manifest';
import {
	buildMspDeck,
	type MspDeck,
	type MspDeckOptions,
	type Rasterize,
	type Render
} from '../../src/lib/charts/msp-deck';
import { forResvg, RASTER_FONTS } from '../../src/lib/export/svg-compose';
import { buildMapGeometry } from '../../src/lib/server/geo';

export const renderServer: Render = (component, props) =>
	render(component as Component<Record<string, unknown>>, { props }).body;

// resvg ignores `direction`, misplaces a right-to-left `dy` and picks faces its own way: the picture
// is rewritten for it first (svg-compose.ts forResvg). The system's fonts are read (Debian:
// fonts-noto-core, fonts-noto-cjk and fonts-dejavu-extra, as .ci/run installs them).
export async function resvgOf(svg: string, width: number) {
	const { Resvg } = await import('@resvg/resvg-js');
	return new Resvg(forResvg(svg), {
		fitTo: { mode: 'width', value: width },
		background: '#ffffff',
		font: { loadSystemFonts: true, defaultFontFamily: RASTER_FONTS.latin, sansSerifFamily: RASTER_FONTS.latin }
	});
}

export const rasterizeServer: Rasterize = async (svg, width) => (await resvgOf(svg, width)).render().asPng();

export async function buildMspDeckServer(
	db: Connector,
	manifest: Pick<Manifest, 'data_as_of' | 'datasets'>,
	opts: {
		asOf: string;
		lang: Locale;
		origin?: string;
		onSlide?: MspDeckOptions['onSlide'];
		/** resvg unless given (a test checking words only passes a stand-in). */
		rasterize?: Rasterize;
	}
): Promise<MspDeck> {
	const params = page.params as Record<string, string | undefined>;
	const before = params.lang;
	params.lang = opts.lang === 'en' ? undefined : opts.lang;
	try {
		return await buildMspDeck(db, {
			...opts,
			dataAsOf: manifest.data_as_of,
			datasets: manifest.datasets ?? {},
			geometry: (statuses) => buildMapGeometry(statuses),
			render: renderServer,
			rasterize: opts.rasterize ?? rasterizeServer
		});
	} finally {
		params.lang = before;
	}
}
