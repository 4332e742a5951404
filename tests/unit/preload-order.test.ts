// The module preloads leave the head (where they slowed the first paint) but none is lost.
import { describe, expect, it } from 'vitest';
import { preloadsAtEnd } from '../../src/lib/server/preload-order';

const PAGE = `<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8" />
		<link href="./_app/immutable/entry/start.A.js" rel="modulepreload">
		<link href="./_app/immutable/chunks/B.js" rel="modulepreload">
		<title>Universalization</title>
	</head>
	<body>
		<div style="display: contents"><main><h1>Universalization</h1></main>
			<script>import('./_app/immutable/entry/start.A.js');</script>
		</div>
	</body>
</html>`;

describe('module preloads after the content', () => {
	const out = preloadsAtEnd(PAGE);
	const head = out.slice(0, out.indexOf('</head>'));

	it('leaves the head without any module preload and keeps its other tags', () => {
		expect(head).not.toContain('modulepreload');
		expect(head).toContain('<title>Universalization</title>');
	});

	it('keeps every preload, in order, after the content and before </body>', () => {
		const tail = out.slice(out.indexOf('</main>'), out.indexOf('</body>'));
		expect(tail.match(/href="[^"]*" rel="modulepreload"/g)).toEqual([
			'href="./_app/immutable/entry/start.A.js" rel="modulepreload"',
			'href="./_app/immutable/chunks/B.js" rel="modulepreload"'
		]);
	});

	it('changes nothing else and nothing twice', () => {
		expect(out.replace(/\s+/g, '').length).toBe(PAGE.replace(/\s+/g, '').length);
		expect(preloadsAtEnd(out)).toBe(out);
	});

	it('leaves a page without </body> (a streamed chunk) as it was', () => {
		const chunk = PAGE.slice(0, PAGE.indexOf('<body>'));
		expect(preloadsAtEnd(chunk)).toBe(chunk);
	});
});
