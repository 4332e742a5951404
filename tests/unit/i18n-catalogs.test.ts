// The five translation catalogs against English: a reader of any UN language must get every message,
// with every figure in its place ({placeholder}), in that language, and in the Convention's own terms.
import { describe, expect, it } from 'vitest';
import { ar } from '../../src/lib/i18n/catalogs/ar';
import { es } from '../../src/lib/i18n/catalogs/es';
import { fr } from '../../src/lib/i18n/catalogs/fr';
import { ru } from '../../src/lib/i18n/catalogs/ru';
import { zh } from '../../src/lib/i18n/catalogs/zh';
import { glossary, type GlossaryTermId, type UnLanguage } from '../../src/lib/i18n/glossary';
import { locales } from '../../src/lib/i18n/locales';
import { en, translator, type MessageKey } from '../../src/lib/i18n/messages';

type Translated = Exclude<UnLanguage, 'en'>;
const catalogs: Record<Translated, Record<string, string>> = { fr, es, ar, zh, ru };
const languages = Object.keys(catalogs) as Translated[];

/**
 * Messages allowed to read exactly as in English. Only names, codes and the few treaty terms that are
 * the same word in that language; each says why.
 */
const sameAsEnglish: readonly { key: MessageKey; in: readonly Translated[]; reason: string }[] = [
	{ key: 'profile.title', in: languages, reason: 'only the State name placeholder {name}' },
	{ key: 'profile.none', in: languages, reason: 'an em dash for "no value", not a word' },
	{ key: 'problem.inFile', in: ['es', 'ar', 'ru'], reason: 'only the file name, a colon and the reason' },
	{
		key: 'chart.tip.yearValue',
		in: ['es', 'ru'],
		reason: 'only placeholders, joined by a colon and a comma as in English'
	},
	{ key: 'tallies.noVotersYear', in: ['es', 'ar', 'ru'], reason: 'only placeholders, joined by a colon as in English' },
	{ key: 'export.png', in: languages, reason: 'the name of a file format, written the same in every language' },
	{ key: 'export.svg', in: languages, reason: 'the name of a file format, written the same in every language' },
	{ key: 'export.csv', in: languages, reason: 'the name of a file format, written the same in every language' },
	{ key: 'meta.source.monitor', in: languages, reason: 'the proper name of a publication, which it keeps in English' },
	{
		key: 'meta.source.mineActionReview',
		in: languages,
		reason: 'the proper name of a publication, which it keeps in English'
	},
	{ key: 'export.csvSource', in: ['fr'], reason: 'the French word for a source is "source"' },
	{ key: 'overview.changes.source', in: ['fr'], reason: 'the French word for a source is "source"' },
	{ key: 'nav.menu', in: ['fr'], reason: 'the French word for pages is "pages"' },
	{ key: 'rates.col.convention', in: ['fr'], reason: 'the French word for a convention is "convention"' },
	{ key: 'impl.col.source', in: ['fr'], reason: 'the French word for a source is "source"' },
	{ key: 'impl.col.article', in: ['fr'], reason: 'the French word for an article of a treaty is "article"' },
	{ key: 'impl.filter.article', in: ['fr'], reason: 'the French word for an article of a treaty is "article"' },
	{ key: 'action.ratification', in: ['fr'], reason: 'the French treaty term is "ratification" (UNTC)' },
	{ key: 'action.succession', in: ['fr'], reason: 'the French treaty term is "succession" (UNTC)' },
	{ key: 'vote.N', in: ['es'], reason: 'the Spanish UN vote is "No"' },
	{ key: 'vote.provisional', in: ['es'], reason: 'the Spanish word is "provisional"' },
	{
		key: 'cmp.abbr.enmod',
		in: ['fr', 'es'],
		reason: 'French and Spanish UN documents abbreviate the treaty ENMOD too'
	},
	{ key: 'vote.letter.A', in: ['fr', 'es'], reason: 'the initial of "abstention" / "abstención" is A too' },
	{ key: 'vote.letter.N', in: ['es'], reason: 'the initial of the Spanish vote "No"' },
	{ key: 'grid.code.submitted_date_unknown', in: ['fr'], reason: 'the initial of the French "soumis" is S too' },
	{
		key: 'grid.code.not_submitted',
		in: ['fr', 'es'],
		reason: 'the initial of "non soumis" / "no presentado" is N too'
	},
	{ key: 'punct.list', in: ['fr', 'es', 'ru'], reason: 'these languages separate list items with a comma too' },
	{ key: 'punct.clauses', in: ['fr', 'es', 'ru'], reason: 'a semicolon too (French puts a space before it)' },
	{ key: 'punct.aside', in: ['fr', 'es', 'ar', 'ru'], reason: 'these languages write an aside in round brackets too' },
	{ key: 'punct.end', in: ['fr', 'es', 'ar', 'ru'], reason: 'these languages end a sentence with a full stop too' },
	{
		key: 'dataset.entry',
		in: ['es', 'ar', 'ru'],
		reason: 'only placeholders, a colon and round brackets as in English'
	},
	{ key: 'unga.sponsors.year', in: ['es', 'ar', 'ru'], reason: 'a year and a symbol in brackets, then a colon' },
	{ key: 'calendar.col.treaty', in: ['fr'], reason: 'the French word for a convention is "convention"' },
	{ key: 'calendar.col.treaties', in: ['fr'], reason: 'the French word for conventions is "conventions"' }
];

/** The other treaties' short titles: Chinese and Arabic write them in full, even in chart legends. */
const treatyTitles: readonly GlossaryTermId[] = [
	'mineBanConvention',
	'armsTradeTreaty',
	'chemicalWeaponsConvention',
	'biologicalWeaponsConvention'
];
/** French and Spanish also keep the abbreviations (CCAC, TCA) wherever English has CCW or ATT. */
const treaties: readonly GlossaryTermId[] = [
	...treatyTitles,
	'armsTradeTreatyAbbr',
	'ccw',
	'ccwProtocolV',
	'chemicalWeaponsConventionAbbr',
	'ctbt',
	'tpnw',
	'enmodConvention'
];

/** Terms whose glossary form must appear wherever English uses the term (forms that do not inflect there). */
const mustUse: Record<Translated, readonly GlossaryTermId[]> = {
	fr: ['conventionFull', 'stateParty', 'statesParties', 'trustFund', 'depositary', 'unGeneralAssembly', ...treaties],
	es: ['conventionFull', 'stateParty', 'statesParties', 'trustFund', 'depositary', 'unGeneralAssembly', ...treaties],
	zh: [
		'conventionFull',
		'statesParties',
		'trustFund',
		'depositary',
		'unGeneralAssembly',
		'generalAssembly',
		...treatyTitles
	],
	// Arabic and Russian decline these terms (دول أطراف, Генеральной Ассамблее): the English-form check covers them.
	ar: ['conventionFull', 'depositary', 'unGeneralAssembly', ...treatyTitles],
	ru: []
};

/** Placeholder names ({signatories}) are code, not text: terms are looked for in the words only. */
const words = (s: string) => s.replace(/\{\w+\}/g, ' ');
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The English form as a whole word or phrase, also in the plural ("transparency reports"). */
const englishForm = (term: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}(?:s|es)?(?![\\p{L}\\p{N}])`, 'iu');

describe('translation catalogs', () => {
	const enKeys = Object.keys(en).sort();

	it.each(languages)('%s has every English key and no other', (lang) => {
		const keys = Object.keys(catalogs[lang]).sort();
		expect(
			enKeys.filter((k) => !keys.includes(k)),
			'missing'
		).toEqual([]);
		expect(
			keys.filter((k) => !enKeys.includes(k)),
			'extra'
		).toEqual([]);
	});

	it.each(languages)('%s keeps the placeholders of every English message', (lang) => {
		const wrong = enKeys
			.filter((k) => placeholders(catalogs[lang][k] ?? '').join() !== placeholders(en[k as MessageKey]).join())
			.map((k) => `${k}: ${catalogs[lang][k]}`);
		expect(wrong).toEqual([]);
	});

	it.each(languages)('%s translates every message outside the allow-list', (lang) => {
		const allowed = new Set(sameAsEnglish.filter((a) => a.in.includes(lang)).map((a) => a.key as string));
		const untranslated = enKeys.filter(
			(k) => !allowed.has(k) && catalogs[lang][k]?.trim() === en[k as MessageKey].trim()
		);
		expect(untranslated).toEqual([]);
	});

	it('allows only messages that really equal English', () => {
		const stale = sameAsEnglish.flatMap((a) =>
			a.in.filter((l) => catalogs[l][a.key]?.trim() !== en[a.key].trim()).map((l) => `${a.key} (${l})`)
		);
		expect(stale).toEqual([]);
		expect(sameAsEnglish.every((a) => a.reason.length > 0)).toBe(true);
	});

	it.each(languages)('%s has plain text only, no markup', (lang) => {
		const withMarkup = Object.entries(catalogs[lang]).filter(([, v]) => /<\/?[a-z][^>]*>|&[a-z]+;/i.test(v));
		expect(withMarkup).toEqual([]);
	});

	it.each(languages)('%s never keeps the English form of a glossary term it translates', (lang) => {
		const leaks: string[] = [];
		for (const [id, term] of Object.entries(glossary)) {
			if (term[lang].toLowerCase() === term.en.toLowerCase()) continue;
			const re = englishForm(term.en);
			for (const [key, text] of Object.entries(catalogs[lang])) if (re.test(words(text))) leaks.push(`${id} in ${key}`);
		}
		expect(leaks).toEqual([]);
	});

	it.each(languages)('%s uses the glossary form where English uses the term', (lang) => {
		const missing: string[] = [];
		for (const id of mustUse[lang]) {
			const term = glossary[id];
			const re = englishForm(term.en);
			for (const key of enKeys)
				if (
					re.test(words(en[key as MessageKey])) &&
					!catalogs[lang][key]!.toLowerCase().includes(term[lang].toLowerCase())
				)
					missing.push(`${id} in ${key}`);
		}
		expect(missing).toEqual([]);
	});

	it('serves each catalog through the translator, placeholders filled', () => {
		expect(translator('fr')('headline.statesParties')).toBe(glossary.statesParties.fr);
		expect(translator('zh')('signatories.desc', { count: 12, date: '2024' })).toContain('12');
		expect(translator('xx')('site.skip')).toBe(en['site.skip']);
	});

	it('lists the six UN languages once each, Arabic right to left', () => {
		expect(locales.map((l) => l.code)).toEqual(['en', 'fr', 'es', 'ar', 'zh', 'ru']);
		expect(locales.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ar']);
		for (const l of locales) expect(() => new Intl.NumberFormat(l.intl)).not.toThrow();
	});
});
