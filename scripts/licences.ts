/**
 * npm run -s licences [-- --out FILE] [--no-audit]
 * The dependency review: every npm package whose code the browser receives (recorded by the build,
 * scripts/lib/client-packages.ts) with its version and licence, and the outcome of
 * `npm audit --omit=dev`, written to docs/DEPENDENCIES.md, with why each runtime dependency is
 * there (WHY below). Needs a build first (npm run build). When no advisory service answers (the
 * registry of these machines has none), stderr and the file say that nothing was checked.
 * Exit codes: 0 written, 1 no build record, a package without a licence or a dependency without a
 * reason, 2 usage error.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../src/lib/server/write-file-atomic';
import { CLIENT_PACKAGES_FILE } from './lib/client-packages';
import { main, parseFlags, say, UsageError, UserDataError } from './lib/cli';

const USAGE = 'npm run -s licences -- [--out FILE] [--no-audit]';

interface Pkg {
	name: string;
	version: string;
	license?: string | { type: string };
	licenses?: { type: string }[];
	dependencies?: Record<string, string>;
	devDependencies?: Record<string, string>;
}

/**
 * Why each package of `dependencies` is there: a dependency nobody can explain is one to remove.
 * A new dependency needs its line here, or the command refuses to write the review.
 */
const WHY: Record<string, string> = {
	'@duckdb/duckdb-wasm':
		'the query engine in the browser: every figure the pages compute (as-of dates, imports) is SQL over the Parquet data',
	'@duckdb/node-api':
		'the same engine at build time and in the commands (`ingest` writes Parquet with it, `metric` answers with the same SQL as the pages)',
	'apache-arrow': 'hands the decoded Parquet columns to DuckDB-wasm as Arrow tables (src/lib/db/arrow-text.ts)',
	d3: 'scales, shapes and axes of the charts (d3-array, d3-scale, d3-shape, d3-time-format ship); d3-geo draws the map at build time',
	hyparquet:
		'reads the Parquet files in the page (DuckDB-wasm has no offline Parquet reader), after their checksum is checked',
	'i18n-iso-countries':
		'common State names in French, Spanish, Arabic, Chinese and Russian, kept as search aliases (the names shown are the UN M49 names): generated into src/lib/i18n/state-aliases.ts by scripts/build-state-names.ts',
	'@resvg/resvg-js':
		"rasterizes the MSP deck's pictures (1920 x 1080 PNG) in Node for `npm run deck` (scripts/lib/msp-deck-node.ts), where no canvas exists; never shipped to browsers, which draw the same SVG on a canvas (png.ts); pinned exactly, its native binary comes in a platform package",
	jszip:
		"reopens the deck pptxgenjs wrote to make each line of a slide's notes its own paragraph (src/lib/export/pptx.ts), loaded with it only when a deck is asked for; the same version pptxgenjs pulls in, so nothing more ships",
	pptxgenjs:
		'the slide deck of the slide tray (src/lib/export/pptx.ts), loaded only when a deck is asked for; pinned exactly, as it pulls in jszip and an empty placeholder package `https`',
	'read-excel-file': 'reads the XLSX files users drop into the /transparency and /trust-fund imports',
	'topojson-client': 'turns the world-atlas borders into the map drawn at build time (src/lib/server/geo.ts)',
	'world-atlas': 'the borders of the map (Natural Earth, public domain), read at build time',
	zod: 'the schemas every source row, import and the manifest are checked against (src/lib/schema)'
};

const readPkg = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as Pkg;

function licenceOf(p: Pkg, dir: string): string | null {
	if (typeof p.license === 'string') return p.license;
	if (p.license?.type) return p.license.type;
	if (p.licenses?.length) return p.licenses.map((l) => l.type).join(' OR ');
	const file = fs.readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
	return file ? `see ${file}` : null;
}

/**
 * `npm audit --omit=dev`, summarised: `checked` only when an advisory service answered with a
 * report. The registry of these machines serves no advisories (405), or none is reachable at all;
 * that is said plainly, never as a clean audit.
 */
function audit(): { checked: boolean; line: string } {
	const r = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
	let report: { metadata?: { vulnerabilities?: Record<string, number> }; message?: string; error?: unknown };
	try {
		report = JSON.parse(r.stdout);
	} catch {
		const why = r.error ? r.error.message : `exit ${r.status}: ${(r.stderr || '').trim().split('\n')[0]}`;
		return {
			checked: false,
			line: `NOT CHECKED: \`npm audit --omit=dev\` gave no report (${why}); no advisory was checked.`
		};
	}
	const v = report.metadata?.vulnerabilities;
	if (v)
		return {
			checked: true,
			line: `\`npm audit --omit=dev\`: ${v.total ?? 0} known vulnerabilities (critical ${v.critical ?? 0}, high ${v.high ?? 0}, moderate ${v.moderate ?? 0}, low ${v.low ?? 0}, info ${v.info ?? 0}).`
		};
	return {
		checked: false,
		line: `NOT CHECKED: \`npm audit --omit=dev\` could not reach an advisory service (the registry answered "${report.message ?? 'no data'}"), so no advisory was checked; run it where the registry serves advisories.`
	};
}

await main(async () => {
	const { values, positionals } = parseFlags(
		process.argv.slice(2),
		{ out: { type: 'string', default: 'docs/DEPENDENCIES.md' }, 'no-audit': { type: 'boolean' } },
		USAGE
	);
	if (positionals.length) throw new UsageError(`unexpected argument ${positionals[0]}\nusage: ${USAGE}`);
	if (!fs.existsSync(CLIENT_PACKAGES_FILE))
		throw new UserDataError(`${CLIENT_PACKAGES_FILE} is missing: run \`npm run build\` first (the build records it)`);
	const shipped: string[] = JSON.parse(fs.readFileSync(CLIENT_PACKAGES_FILE, 'utf8')).packages;
	const root = readPkg('.');
	const rows = shipped.map((name) => {
		const dir = path.join('node_modules', name);
		const p = readPkg(dir);
		const via = Object.keys({ ...root.dependencies, ...root.devDependencies }).filter(
			(d) => fs.existsSync(path.join('node_modules', d)) && readPkg(path.join('node_modules', d)).dependencies?.[name]
		);
		const declared = root.dependencies?.[name]
			? 'dependency'
			: root.devDependencies?.[name]
				? 'devDependency (its runtime ships)'
				: `transitive${via.length ? ` (via ${via.join(', ')})` : ''}`;
		return { name, version: p.version, licence: licenceOf(p, dir), declared };
	});
	const unlicensed = rows.filter((r) => !r.licence);
	if (unlicensed.length)
		throw new UserDataError(`no licence found for ${unlicensed.map((r) => r.name).join(', ')}: review before shipping`);
	const unexplained = Object.keys(root.dependencies ?? {}).filter((d) => !WHY[d]);
	if (unexplained.length)
		throw new UserDataError(
			`no reason recorded for the dependencies ${unexplained.join(', ')}: add a line to WHY in scripts/licences.ts (or remove them)`
		);
	const audited = values['no-audit']
		? { checked: false, line: 'NOT CHECKED: `npm audit --omit=dev` was not run (--no-audit).' }
		: audit();
	const serverOnly = Object.keys(root.dependencies ?? {}).filter((d) => !shipped.includes(d));
	const md = [
		'# Dependencies shipped to the browser',
		'',
		'Generated by `npm run -s licences` from the packages the production build put into the code',
		'browsers receive (the client bundle and its workers, recorded by `scripts/lib/client-packages.ts`).',
		'Do not edit by hand: rebuild, then run the command again.',
		'',
		'| package | version | licence | declared as |',
		'| --- | --- | --- | --- |',
		...rows.map((r) => `| ${r.name} | ${r.version} | ${r.licence} | ${r.declared} |`),
		'',
		`Dependencies in package.json that never reach the browser: ${serverOnly.join(', ') || 'none'}.`,
		'',
		'## Why each runtime dependency is there',
		'',
		'Every entry of `dependencies` in package.json, each pinned to one version (package-lock.json holds',
		'the rest of the tree).',
		'',
		'| dependency | version | why |',
		'| --- | --- | --- |',
		...Object.entries(root.dependencies ?? {}).map(([d, v]) => `| \`${d}\` | ${v} | ${WHY[d]} |`),
		'',
		'## Known advisories',
		'',
		audited.line,
		'',
		'`--omit=dev` leaves out devDependencies, but the runtimes of svelte and @sveltejs/kit ship (listed above):',
		'review their advisories too when the registry serves them (`npm audit`).',
		''
	].join('\n');
	writeFileAtomic(values.out!, md);
	if (!audited.checked) say(`licences: ${audited.line}`);
	say(`licences: ${rows.length} shipped packages -> ${values.out}`);
});
