// A record saved by an older Excel as "CSV" (Windows-1252) or as "Unicode text" (UTF-16LE) imports
// like its UTF-8 twin, and the import panel says which encoding it was read in.
import { describe, expect, it } from 'vitest';
import { browserSuite } from './harness';

const suite = browserSuite();
const RECORD = [
	'state,report_type,covering_year,date,date_kind,source,quote',
	"Côte d'Ivoire,annual,2019,2020-05,received,FIXTURE: made-up record for tests,“quoted” – naïve"
].join('\r\n');

describe('the browser import reads the encodings spreadsheets write', () => {
	for (const [encoding, bytes] of [
		[
			'Windows-1252',
			Buffer.from(RECORD.replaceAll('“', '\x93').replaceAll('”', '\x94').replaceAll('–', '\x96'), 'latin1')
		],
		['UTF-16LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(RECORD, 'utf16le')])]
	] as const)
		it(`${encoding}: imported, with a notice naming the encoding`, async () => {
			const o = await suite.open('/transparency');
			const p = o.page;
			await p.waitForFunction(() => document.documentElement.dataset.engine === 'ready', null, { timeout: 60_000 });
			const name = `fixture-${encoding}.csv`;
			await p
				.getByLabel('Import a record file (CSV or XLSX)')
				.setInputFiles({ name, mimeType: 'text/csv', buffer: bytes });
			await expect.poll(() => p.getByTestId('imported-banner').count(), { timeout: 30_000 }).toBe(1);
			expect(await p.getByTestId('imported-banner').innerText()).toContain(`${name} (1 record`);
			expect(await p.getByTestId('import-encoding').innerText()).toContain(`${name} was read as ${encoding}`);
			expect(await p.getByTestId('import-errors').count()).toBe(0);
			await p.getByRole('button', { name: 'Clear imported data' }).click();
			await expect.poll(() => p.getByTestId('imported-banner').count()).toBe(0);
			expect(o.pageErrors).toEqual([]);
		});
});
