/**
 * npm run -s deck -- --as-of D --lang L --out FILE [--data DIR] [--origin URL] [--json]
 *
 * The MSP deck (issue 25) without a browser: the same slides, titles and notes as the browser's
 * "Download the MSP deck" (src/lib/export/msp-deck.ts), the charts rendered with svelte/server and
 * rasterized with resvg. The chart components are Svelte files, so they are loaded through Vite's
 * SSR loader, with `$app/state` and `$app/paths` standing in for a request's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { UserConfig } from 'vite';
import { main, parseFlags, printJson, UsageError, UserDataError } from './lib/cli';
import { isIsoDate } from '../src/lib/domain/dates';
import { CCM } from '../src/lib/domain/treaties';
import { isLocale, locales } from '../src/lib/i18n/locales';
import { readManifest } from '../src/lib/server/read-manifest';
import { writeFileAtomic } from '../src/lib/server/write-file-atomic';

const USAGE =
	'npm run -s deck -- --out FILE [--as-of YYYY-MM-DD] [--lang en|fr|es|ar|zh|ru] [--data DIR] [--origin URL] [--json]';
const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));

await main(async () => {
	const { values } = parseFlags(
		process.argv.slice(2),
		{
			'as-of': { type: 'string' },
			lang: { type: 'string', default: 'en' },
			out: { type: 'string' },
			data: { type: 'string', default: 'static/data' },
			origin: { type: 'string' },
			json: { type: 'boolean', default: false }
		},
		USAGE
	);
	const lang = values.lang!;
	if (!isLocale(lang))
		throw new UsageError(
			`unknown language ${JSON.stringify(lang)}: use one of ${locales.map((l) => l.code).join(', ')}`
		);
	if (!values.out) throw new UsageError(`--out FILE is required\nusage: ${USAGE}`);
	const asOfFlag = values['as-of'];
	if (asOfFlag !== undefined && !isIsoDate(asOfFlag))
		throw new UsageError(`--as-of must be a date written YYYY-MM-DD, not ${JSON.stringify(asOfFlag)}`);
	if (asOfFlag !== undefined && asOfFlag < CCM.openedForSignature)
		throw new UsageError(
			`--as-of ${asOfFlag} is before the Convention opened for signature (${CCM.openedForSignature})`
		);
	const out = path.resolve(values.out);
	if (!fs.existsSync(path.dirname(out)) || !fs.statSync(path.dirname(out)).isDirectory())
		throw new UsageError(`cannot write ${values.out}: its folder ${path.dirname(out)} does not exist`);
	try {
		fs.accessSync(path.dirname(out), fs.constants.W_OK);
	} catch {
		throw new UsageError(`cannot write ${values.out}: its folder is not writable`);
	}
	const dataDir = path.resolve(values.data!);
	const manifest = readManifest(dataDir, (f) => new UserDataError(`${f} is missing: run \`npm run ingest\` first`));
	const asOf = asOfFlag ?? manifest.data_as_of;

	const { createServer } = await import('vite');
	const { svelte } = await import('@sveltejs/vite-plugin-svelte');
	const vite = await createServer({
		configFile: false,
		root,
		logLevel: 'error',
		appType: 'custom',
		server: { middlewareMode: true, hmr: false, ws: false },
		optimizeDeps: { noDiscovery: true, include: [] },
		// tsconfig.json extends .svelte-kit/tsconfig.json, which exists only once `svelte-kit sync` (or a
		// build) has run: a fresh checkout's `npm run deck` failed on it. Type stripping needs none of it.
		oxc: { tsconfig: false } as UserConfig['oxc'],
		plugins: [svelte({ compilerOptions: { runes: true } })],
		resolve: {
			alias: {
				$lib: path.join(root, 'src/lib'),
				'$app/state': path.join(root, 'scripts/lib/deck-app-state.ts'),
				'$app/paths': path.join(root, 'scripts/lib/deck-app-paths.ts')
			}
		},
		ssr: { external: ['@duckdb/node-api', '@resvg/resvg-js'] }
	});
	try {
		const { NodeConnector } = (await vite.ssrLoadModule(
			'/src/lib/server/node-connector.ts'
		)) as typeof import('../src/lib/server/node-connector');
		const { buildMspDeckServer } = (await vite.ssrLoadModule(
			'/scripts/lib/msp-deck-node.ts'
		)) as typeof import('./lib/msp-deck-node');
		const db = await NodeConnector.open(dataDir);
		try {
			const deck = await buildMspDeckServer(db, manifest, { asOf, lang, origin: values.origin });
			writeFileAtomic(out, deck.bytes);
			const slides = deck.slides.map(({ title, notes }) => ({ title, notes }));
			if (values.json) printJson({ out: values.out, as_of: asOf, lang, slides });
			else {
				process.stdout.write(`${values.out}: title slide and ${slides.length} slides, as of ${asOf}, ${lang}\n`);
				for (const s of slides) process.stdout.write(`  ${s.title}\n`);
			}
		} finally {
			db.close();
		}
	} finally {
		await vite.close();
	}
});
