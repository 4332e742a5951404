/**
 * docs/DEPLOY.md tells a host which headers and rules to keep; the Node server keeps them
 * (scripts/lib/static-server.ts). This checks that the two say the same, so a header added to one
 * cannot be forgotten in the other, and that the Caddy configuration given for the internet keeps
 * every rule (run through `caddy validate` where Caddy is installed).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../scripts/lib/static-server';
import { ROOT } from './cli';

const doc = fs.readFileSync(path.join(ROOT, 'docs/DEPLOY.md'), 'utf8');

/** The text of the one fenced block of `lang` in the document. */
function block(lang: string): string {
	const blocks = [...doc.matchAll(new RegExp('^```' + lang + '\\n([\\s\\S]*?)^```', 'gm'))].map((m) => m[1]!);
	expect(blocks, `one \`\`\`${lang} block in docs/DEPLOY.md`).toHaveLength(1);
	return blocks[0]!;
}

/** `Name value` lines of the Caddyfile's site-wide `header { }` block, quotes removed. */
function caddyHeaders(caddyfile: string): Map<string, string> {
	const body = /^\theader \{\n([\s\S]*?)^\t\}/m.exec(caddyfile)?.[1] ?? '';
	const headers = new Map<string, string>();
	for (const line of body.split('\n').map((l) => l.trim())) {
		if (!line || line.startsWith('-')) continue;
		const [, name, value] = /^(\S+)\s+(.*)$/.exec(line)!;
		headers.set(name!, value!.replace(/^"(.*)"$/, '$1'));
	}
	return headers;
}

describe('docs/DEPLOY.md', () => {
	it('lists exactly the headers the server sends', () => {
		const listed = Object.fromEntries(
			block('http')
				.trim()
				.split('\n')
				.map((l) => {
					const at = l.indexOf(': ');
					return [l.slice(0, at), l.slice(at + 2)];
				})
		);
		expect(listed).toEqual(SECURITY_HEADERS);
	});

	describe('the Caddy configuration', () => {
		const caddyfile = block('caddyfile');

		it('sends the same headers, and HSTS since it serves TLS', () => {
			const headers = caddyHeaders(caddyfile);
			for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers.get(name), name).toBe(value);
			expect(headers.get('Strict-Transport-Security')).toMatch(/^max-age=\d{7,}/);
			expect(caddyfile).toContain('@mutable not path /_app/immutable/*\n\theader @mutable Cache-Control no-cache');
			expect(caddyfile).toMatch(
				/@immutable path \/_app\/immutable\/\*\n\theader @immutable Cache-Control "public, max-age=31536000, immutable"/
			);
		});

		it('answers 404 for every dotfile path', () => {
			const matcher = /@dotfiles path_regexp (\S+)\n\trespond @dotfiles 404/.exec(caddyfile);
			expect(matcher).not.toBeNull();
			// Caddy's path_regexp is Go's RE2; this one reads the same in JavaScript.
			const re = new RegExp(matcher![1]!);
			for (const p of ['/.git/config', '/.env', '/data/.hidden.csv', '/.git/']) expect(re.test(p), p).toBe(true);
			for (const p of ['/', '/index.html', '/data/manifest.json', '/_app/immutable/x.js'])
				expect(re.test(p), p).toBe(false);
		});

		it('serves the precompressed files, the extensionless pages and bounded connections', () => {
			expect(caddyfile).toMatch(/file_server \{\n\t\tprecompressed br gzip\n\t\}/);
			expect(caddyfile).toContain('try_files {path} {path}.html {path}/index.html');
			for (const t of ['read_header 10s', 'read_body 10s', 'idle 30s']) expect(caddyfile).toContain(t);
			expect(caddyfile).toMatch(/write \d+s/);
		});

		it('is a valid Caddyfile (where Caddy is installed)', (ctx) => {
			if (spawnSync('caddy', ['version']).status !== 0) {
				ctx.skip();
				return;
			}
			const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'caddy-')), 'Caddyfile');
			fs.writeFileSync(file, caddyfile);
			const r = spawnSync('caddy', ['validate', '--adapter', 'caddyfile', '--config', file], { encoding: 'utf8' });
			expect(r.status, r.stderr).toBe(0);
		});
	});
});
