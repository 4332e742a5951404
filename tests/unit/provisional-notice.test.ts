// The notice /unga shows when a year's per-State votes are provisional is in the page's language:
// the source's note is English (quoted from the UN Digital Library or the Voeten data), so it is
// not part of the sentence a reader of another language gets.
import { render } from 'svelte/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { locales } from '../../src/lib/i18n/locales';

const fixturePage = vi.hoisted(() => ({
	params: {} as Record<string, string>,
	data: {},
	url: new URL('http://localhost/')
}));
vi.mock('$app/state', () => ({ page: fixturePage }));
vi.mock('$app/paths', () => ({ base: '', assets: '' }));
const { default: ProvisionalNotice } = await import('$lib/components/ProvisionalNotice.svelte');

const text = (body: string) =>
	body
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<[^>]+>/g, '')
		.trim();

describe('provisional-vote notice', () => {
	afterEach(() => {
		fixturePage.params = {};
	});

	const english = text(render(ProvisionalNotice, { props: { year: 2022 } }).body);

	it('en: says the year is provisional', () => {
		expect(english).toMatch(/2022/);
		expect(english).toMatch(/provisional/i);
	});

	it.each(locales.map((l) => l.code).filter((c) => c !== 'en'))('%s: no English words in it', (lang) => {
		fixturePage.params = { lang };
		const shown = text(render(ProvisionalNotice, { props: { year: 2022 } }).body);
		expect(shown).toContain('2022');
		// In Arabic, Chinese and Russian any Latin word is English; French and Spanish share the
		// alphabet, so the English sentence's own words are looked for there.
		if (['ar', 'zh', 'ru'].includes(lang)) expect(shown).not.toMatch(/[A-Za-z]{3,}/);
		else
			for (const word of ['their', 'marks', 'counts', 'record', 'published', 'when']) expect(shown).not.toContain(word);
	});
});
