// The labels of the domain's values (src/lib/i18n/labels.ts) in every language, and the place of
// i18n among the layers: it reads the domain and itself, so every other layer may use it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIONS, STATUSES } from '../../src/lib/domain/accession';
import { NATIONAL_STATUSES, OBLIGATION_STATUSES } from '../../src/lib/domain/implementation';
import { LINK_PROBLEM_CODES } from '../../src/lib/domain/link-notice';
import { FACT_FUNDS, FACT_METRICS } from '../../src/lib/domain/money';
import { REGIONAL_GROUPS } from '../../src/lib/domain/regions';
import { DATE_KINDS, REPORT_STATUSES } from '../../src/lib/domain/reporting';
import { TREATIES } from '../../src/lib/domain/treaties';
import { VOTE_CODES } from '../../src/lib/domain/unga';
import { labelsWith } from '../../src/lib/i18n/labels';
import { locales } from '../../src/lib/i18n/locales';
import { translator } from '../../src/lib/i18n/messages';
import { repoRoot } from './support/sources';

const english = labelsWith(translator('en'));

describe('status labels', () => {
	it('say whether the Convention is in force for a State Party, and only for one', () => {
		expect(english.statusLabel('party', true)).toBe('State Party (in force)');
		expect(english.statusLabel('party', false)).toBe('State Party (not yet in force)');
		expect(english.statusLabel('party')).toBe('State Party');
		expect(english.statusLabel('signatory', false)).toBe('Signatory');
		expect(english.statusLabel('not_party')).toBe('Not party');
	});

	it('compose the in-force phrase in the language of the page', () => {
		expect(labelsWith(translator('fr')).statusLabel('party', true)).toBe('État partie (en vigueur)');
	});
});

describe('every value of the domain has its label in every language', () => {
	const cases: [string, (l: ReturnType<typeof labelsWith>) => string[]][] = [
		['status', (l) => STATUSES.map((s) => l.statusLabel(s))],
		['region', (l) => [...REGIONAL_GROUPS, null].map((r) => l.regionLabel(r))],
		['vote', (l) => VOTE_CODES.map((v) => l.voteLabel(v))],
		['vote verb', (l) => VOTE_CODES.map((v) => l.voteVerb(v))],
		['action', (l) => ACTIONS.map((a) => l.actionLabel(a))],
		['treaty', (l) => TREATIES.flatMap((id) => [l.treatyLabel(id), l.treatyAbbr(id)])],
		['report status', (l) => REPORT_STATUSES.map((s) => l.reportStatusLabel(s))],
		['date kind', (l) => DATE_KINDS.map((k) => l.dateKindLabel(k))],
		['fund and figure', (l) => [...FACT_FUNDS.map(l.factFundLabel), ...FACT_METRICS.map(l.factMetricLabel)]],
		['link problem', (l) => LINK_PROBLEM_CODES.map((c) => l.linkProblemLabel(c))],
		['obligation status', (l) => OBLIGATION_STATUSES.map((s) => l.obligationStatusLabel(s))],
		['national measures', (l) => NATIONAL_STATUSES.map((s) => l.nationalStatusLabel(s))]
	];
	for (const { code } of locales)
		it.each(cases)(`${code}: %s`, (_, labels) => {
			for (const text of labels(labelsWith(translator(code)))) {
				expect(text.trim()).not.toBe('');
				// A missing key shows as itself (translator): "status.party" on a page is the defect.
				expect(text).not.toMatch(/^[a-zA-Z]+(\.[\w]+)+$/);
			}
		});
});

describe('the reporting grid', () => {
	it('marks a report with a symbol every language reads, or with its initial in the language', () => {
		expect(REPORT_STATUSES.map((s) => english.reportGridMark(s))).toEqual(['·', '✓', 'L', 'S', 'N', '?']);
		expect(english.reportGridMark(null)).toBe('');
	});
});

const sourceFiles = (dir: string): string[] =>
	fs
		.readdirSync(dir, { withFileTypes: true })
		.flatMap((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]))
		.filter((f) => /\.(ts|svelte)$/.test(f));
const importsOf = (file: string) =>
	[...fs.readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/gm)].map((m) => m[1]!);
const lib = path.join(repoRoot, 'src/lib');

describe('i18n sits low', () => {
	it('imports only the domain, itself and the framework', () => {
		const outside = sourceFiles(path.join(lib, 'i18n')).flatMap((f) =>
			importsOf(f)
				.filter((s) => s.startsWith('.'))
				.map((s) => path.relative(lib, path.resolve(path.dirname(f), s)))
				.filter((target) => !/^(i18n|domain)\//.test(target))
				.map((target) => `${path.relative(lib, f)} -> ${target}`)
		);
		expect(outside).toEqual([]);
	});

	it('keeps the catalogs free of messages.ts: each imports English alone', () => {
		for (const f of sourceFiles(path.join(lib, 'i18n/catalogs')))
			expect(
				importsOf(f).filter((s) => s !== './en'),
				path.basename(f)
			).toEqual([]);
	});

	it('is imported neither by the schemas nor by the engine state, which give codes for it to word', () => {
		const readers = [...sourceFiles(path.join(lib, 'schema')), path.join(lib, 'db/engine.svelte.ts')].filter((f) =>
			importsOf(f).some((s) => s.startsWith('.') && /(^|\/)i18n(\/|$)/.test(s))
		);
		expect(readers.map((f) => path.relative(lib, f))).toEqual([]);
	});

	it('leaves no message key cast outside the pages', () => {
		const casts = sourceFiles(lib).filter((f) => fs.readFileSync(f, 'utf8').includes('as MessageKey'));
		expect(casts.map((f) => path.relative(lib, f))).toEqual([]);
	});
});
