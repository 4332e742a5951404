// `npm run deck` as a user runs it: one deck built from the bundled data (the slow part, done once),
// and each mistake a user can make answered with exit 2 or 1, one `error:` line and nothing on stdout.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { okJson, ROOT, run, runAsync } from './cli';

let dir: string;
beforeAll(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-deck-cli-'));
});
afterAll(() => {
	fs.rmSync(dir, { recursive: true, force: true });
});

const DATA_AS_OF = (
	JSON.parse(fs.readFileSync(path.join(ROOT, 'static/data/manifest.json'), 'utf8')) as {
		data_as_of: string;
	}
).data_as_of;

describe('npm run deck', () => {
	it('writes the deck and prints its slides, as of the data date when no --as-of is given', async () => {
		const out = path.join(dir, 'deck.pptx');
		// A pinned "today" far from the data date: the deck must follow the data, never the clock.
		const r = await runAsync('deck', ['--lang', 'fr', '--out', out, '--json'], { env: { CCM_TODAY: '2030-01-01' } });
		const doc = okJson(r) as { out: string; as_of: string; lang: string; slides: { title: string; notes: string[] }[] };
		expect(Object.keys(doc).sort()).toEqual(['as_of', 'lang', 'out', 'slides']);
		expect(doc).toMatchObject({ out, as_of: DATA_AS_OF, lang: 'fr' });
		expect(doc.slides).toHaveLength(6);
		for (const s of doc.slides) {
			expect(Object.keys(s).sort()).toEqual(['notes', 'title']);
			expect(s.title.length).toBeGreaterThan(3);
			expect(s.notes.length).toBeGreaterThan(0);
		}
		const zip = await JSZip.loadAsync(fs.readFileSync(out));
		expect(zip.file('ppt/presentation.xml')).not.toBeNull();
		expect(Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toHaveLength(7);
	}, 180_000);

	const usage: [string, string[]][] = [
		['an unknown language', ['--lang', 'xx', '--out', 'X']],
		['a malformed --as-of', ['--as-of', '2024-13-01', '--out', 'X']],
		['a day before the Convention opened for signature', ['--as-of', '2008-12-02', '--out', 'X']],
		['no --out', []],
		['an --out in a folder that does not exist', ['--out', 'no-such-folder/deck.pptx']]
	];
	it.each(usage)('exits 2 with one error line for %s', (_, args) => {
		const r = run(
			'deck',
			args.map((a) => (a === 'X' ? path.join(dir, 'x.pptx') : a === 'no-such-folder/deck.pptx' ? path.join(dir, a) : a))
		);
		expect(r.code, r.stderr).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr).toMatch(/^error: /);
		expect(r.stderr).not.toMatch(/\n\s+at /);
		expect(r.stderr.split('\n').filter((l) => l.startsWith('error:'))).toHaveLength(1);
		expect(fs.existsSync(path.join(dir, 'x.pptx'))).toBe(false);
	});

	it('exits 1 for a --data folder without a manifest', () => {
		const empty = fs.mkdtempSync(path.join(dir, 'data-'));
		const r = run('deck', ['--data', empty, '--out', path.join(dir, 'y.pptx')]);
		expect(r.code, r.stderr).toBe(1);
		expect(r.stdout).toBe('');
		expect(r.stderr).toMatch(/^error: .*manifest\.json/);
		expect(r.stderr).not.toMatch(/\n\s+at /);
		expect(fs.existsSync(path.join(dir, 'y.pptx'))).toBe(false);
	});
});
