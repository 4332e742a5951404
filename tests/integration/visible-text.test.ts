/**
 * Words a reader sees: every prerendered page in every language, scanned for raw message keys,
 * snake_case identifiers and repository paths in its visible text (tests/integration/visible-text.ts
 * says what counts as visible). It reads build/, which npm test builds before the tests run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv';
import { en } from '../../src/lib/i18n/messages';
import { ROOT } from './cli';
import { allowedSnakeCase, findProblems, visibleText, type Finding } from './visible-text';

const BUILD = path.join(ROOT, 'build');
const hasBuild = fs.existsSync(path.join(BUILD, 'index.html'));
if (!hasBuild)
	console.log('skipping the scan of visible text: build/ is missing (npm test builds it; or run `npm run build`)');

const keys = new Set(Object.keys(en));

function htmlFiles(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const p = path.join(dir, e.name);
		if (e.isDirectory()) return e.name === '_app' || e.name === 'data' ? [] : htmlFiles(p);
		return e.name.endsWith('.html') ? [p] : [];
	});
}

describe('the scanner', () => {
	const fixture =
		'<html><head><title>fixture-page</title><script>const raw_key = "site.title";</script><style>.a_b{}</style></head>' +
		'<body><!--[--><a href="/data/sources/x.csv" class="snake_case" title="Tooltip site.title">A link</a>' +
		'<p>initial_reporting_rate_pct &amp; data/sources/comparison/published_reporting_figures.csv</p>' +
		'<p>clusterconvention.org, e.g. report_type, 2.5 per cent, see https://example.invalid/x_y/c.csv</p>' +
		'<svg><text aria-label="static/data">x</text><title>2011: On time6 of 50</title></svg><p>2022: Yes (provisional)</p></body></html>';
	it('keeps text and visible attributes, drops scripts, styles, comments and other attributes', () => {
		const text = visibleText(fixture);
		expect(text).toContain('Tooltip site.title');
		expect(text).toContain('initial_reporting_rate_pct & data/sources');
		expect(text).not.toMatch(/raw_key|a_b|snake_case|x\.csv|\[/);
	});
	it('finds a key, a snake_case identifier and paths, and nothing else', () => {
		expect(findProblems(visibleText(fixture), keys, allowedSnakeCase('transparency.html'))).toEqual([
			{ kind: 'message key', text: 'site.title' },
			{ kind: 'snake_case identifier', text: 'initial_reporting_rate_pct' },
			{ kind: 'repository path', text: 'data/sources/comparison/published_reporting_figures.csv' },
			{ kind: 'repository path', text: 'static/data' },
			{ kind: 'words run together', text: 'time6' }
		]);
	});
	it('allows the columns an import form asks for on that page only, and a paragraph code in any script', () => {
		const text = 'Annual report for 2020: 30 April 2021 (date_received)\n对序言部分第14段（PP14）的单独表决 PP14';
		expect(findProblems(text, keys, allowedSnakeCase('fr/trust-fund.html'))).toEqual([]);
		expect(findProblems(text, keys, allowedSnakeCase('states/che.html'))).toEqual([
			{ kind: 'snake_case identifier', text: 'date_received' }
		]);
		expect(allowedSnakeCase('transparency.html').has('covering_year')).toBe(true);
	});
});

describe.skipIf(!hasBuild)('every prerendered page', () => {
	it('shows readers no message key, snake_case identifier, repository path or words run together', () => {
		const files = htmlFiles(BUILD);
		expect(files.length).toBeGreaterThan(100);
		// Each offending word once, with the number of pages and a few of them, so the failure reads as a to-do list.
		const seen = new Map<string, { finding: Finding; pages: string[] }>();
		for (const file of files) {
			const page = path.relative(BUILD, file);
			for (const finding of findProblems(visibleText(fs.readFileSync(file, 'utf8')), keys, allowedSnakeCase(page))) {
				const id = `${finding.kind}: ${finding.text}`;
				const entry = seen.get(id) ?? { finding, pages: [] };
				if (!entry.pages.includes(page)) entry.pages.push(page);
				seen.set(id, entry);
			}
		}
		const report = [...seen].map(
			([id, { pages }]) =>
				`${id} (${pages.length} pages: ${pages.slice(0, 3).join(', ')}${pages.length > 3 ? ', …' : ''})`
		);
		expect(report).toEqual([]);
	});

	it('name every published figure and convention in words, and quote without editorial notes', () => {
		const figures = parseCsv(
			fs.readFileSync(path.join(ROOT, 'data/sources/comparison/published_reporting_figures.csv'), 'utf8')
		);
		const col = (name: string) => figures.records.map((r) => r.cells[figures.header.indexOf(name)]!);
		// The ids with their underscores turned into spaces, as the table once showed them.
		const rawMetrics = [...new Set(col('metric'))].map((m) => m.replaceAll('_', ' '));
		const notes = col('quote').flatMap((q) => [...q.matchAll(/\[[^\]]{20,}\]/g)].map((m) => m[0]));
		expect(notes.length).toBeGreaterThan(0);
		const pages = htmlFiles(BUILD).filter((f) => /(^|\/)(transparency|compare)\.html$/.test(f));
		expect(pages).toHaveLength(12);
		const bad: string[] = [];
		for (const file of pages) {
			const html = fs.readFileSync(file, 'utf8');
			const text = visibleText(html);
			const page = path.relative(BUILD, file);
			for (const m of rawMetrics) if (text.split('\n').includes(m)) bad.push(`${page}: figure "${m}"`);
			for (const n of notes) if (text.includes(n)) bad.push(`${page}: note ${n}`);
			for (const m of html.matchAll(/<td>(CCM|MBT|ATT|BWC)<\/td>/g)) bad.push(`${page}: convention "${m[1]}"`);
		}
		expect([...new Set(bad)]).toEqual([]);
	});

	it('word Article 7 record lines and their date kinds in the page’s language, not as the file’s values', () => {
		const bad: string[] = [];
		for (const file of htmlFiles(BUILD).filter((f) => /(^|\/)(states\/[a-z]{3}|transparency)\.html$/.test(f))) {
			const html = fs.readFileSync(file, 'utf8');
			const page = path.relative(BUILD, file);
			// The file's report_type and date_kind values as they once showed: "initial: 2013-06-30 (received)",
			// and a source link reading "received".
			const records = /data-testid="records">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
			for (const li of visibleText(records).split('\n'))
				if (/^(initial|annual)\b|\((received|published|unknown)\)/.test(li)) bad.push(`${page}: ${li}`);
			for (const m of html.matchAll(/>(?:<!---->)?(received|published|unknown)(?:<!---->)?<\/a>/g))
				bad.push(`${page}: link "${m[1]}"`);
		}
		expect([...new Set(bad)].slice(0, 10)).toEqual([]);
	});
});
