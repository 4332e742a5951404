// Who is overdue, on the data's date: the page's groups (prerendered, every language) and the
// metric command's, compared with a fixture reviewed by hand. The page links each State to its
// profile and states each group's count in the sentence above the table.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { json, ROOT, run } from './cli';

const fixture = JSON.parse(
	fs.readFileSync(path.join(ROOT, 'tests/fixtures/article7/fixture-initial-groups-2026-02-03.json'), 'utf8')
) as { as_of: string; overdue: string[]; no_record: string[]; not_yet_due: string[]; submitted_count: number };

const build = path.join(ROOT, 'build');

/** iso3 codes of the rows of one group in the prerendered initial-reports table. */
function pageGroup(html: string, group: string): string[] {
	const body = new RegExp(`<tbody data-group="${group}"[^>]*>([\\s\\S]*?)</tbody>`).exec(html)?.[1] ?? '';
	return [...body.matchAll(/<tr data-iso3="([A-Z]{3})"/g)].map((m) => m[1]!).sort();
}

describe('initial reports by group on the data’s date', () => {
	it('the metric command gives the fixture’s groups', () => {
		const rows = json(run('metric', ['initial-reports', '--as-of', fixture.as_of, '--json'])) as {
			iso3: string;
			group: string;
		}[];
		const of = (g: string) =>
			rows
				.filter((r) => r.group === g)
				.map((r) => r.iso3)
				.sort();
		expect(of('overdue')).toEqual(fixture.overdue);
		expect(of('no_record')).toEqual(fixture.no_record);
		expect(of('not_yet_due')).toEqual(fixture.not_yet_due);
		expect(of('submitted').length).toBe(fixture.submitted_count);
		// Overdue first, then no record, submitted, not yet due.
		const order = ['overdue', 'no_record', 'submitted', 'not_yet_due'];
		const ranks = rows.map((r) => order.indexOf(r.group));
		expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
	});

	it.skipIf(!fs.existsSync(build))('the prerendered page shows the same groups in every language, linked', () => {
		for (const lang of ['', 'fr/', 'es/', 'ar/', 'zh/', 'ru/']) {
			const html = fs.readFileSync(path.join(build, `${lang}transparency.html`), 'utf8');
			expect(pageGroup(html, 'overdue'), lang).toEqual(fixture.overdue);
			expect(pageGroup(html, 'no_record'), lang).toEqual(fixture.no_record);
			expect(pageGroup(html, 'not_yet_due'), lang).toEqual(fixture.not_yet_due);
			expect(pageGroup(html, 'submitted').length, lang).toBe(fixture.submitted_count);
			// Each State links to its profile in the page's language.
			const iso = fixture.no_record[0]!.toLowerCase();
			expect(html, lang).toContain(`href="/${lang}states/${iso}"`);
		}
		const en = fs.readFileSync(path.join(build, 'transparency.html'), 'utf8');
		const total =
			fixture.overdue.length + fixture.no_record.length + fixture.not_yet_due.length + fixture.submitted_count;
		const sentence = /data-testid="initial-summary"[^>]*>([^<]*)</.exec(en)?.[1]?.replace(/\s+/g, ' ') ?? '';
		expect(sentence).toContain(`${total} States Parties had deposited`);
		expect(sentence).toContain(`${fixture.overdue.length} overdue`);
		expect(sentence).toContain(`${fixture.no_record.length} with no record`);
		expect(sentence).toContain(`${fixture.submitted_count} submitted`);
	});
});
