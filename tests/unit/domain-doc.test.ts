// docs/DOMAIN.md names the function implementing each rule and the file it is in: every name and
// path it gives must exist, so the document cannot drift from the code without a failing test.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const doc = fs.readFileSync(path.join(ROOT, 'docs/DOMAIN.md'), 'utf8');
const code = (['src/lib', 'scripts'] as const)
	.flatMap((dir) =>
		fs.readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f))
	)
	.filter((f) => f.endsWith('.ts'))
	.map((f) => fs.readFileSync(path.join(ROOT, f), 'utf8'))
	.join('\n');
const spans = [...doc.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

describe('docs/DOMAIN.md', () => {
	it('names only files that exist', () => {
		const files = spans.filter((s) => /^(src|scripts|tests|data)\/\S+\.(ts|md|csv)$/.test(s));
		expect(files.length).toBeGreaterThan(10);
		expect(files.filter((f) => !fs.existsSync(path.join(ROOT, f)))).toEqual([]);
	});
	it('names only functions, constants and types the code declares', () => {
		// Identifiers with a capital inside (checkAsOf, PROJECTION_DAYS, CCM.entryIntoForce): column
		// names and values in the text are lower case.
		const names = spans.filter((s) => /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z]\w*)?$/.test(s) && /[A-Z]/.test(s));
		expect(names.length).toBeGreaterThan(30);
		const declared = (n: string) => new RegExp(`\\b(function|const|interface|type|class)\\s+${n}\\b`).test(code);
		const missing = names.filter((n) => {
			const [head, member] = n.split('.');
			return !declared(head!) || (member !== undefined && !new RegExp(`\\b${member}\\b`).test(code));
		});
		expect(missing).toEqual([]);
	});
});
