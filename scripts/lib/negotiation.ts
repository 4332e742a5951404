/**
 * The small pieces of HTTP negotiation the static server needs (Accept-Encoding, validators),
 * written out because Node's http module leaves them to the application and they are easy to get subtly wrong.
 */

export type Encoding = 'br' | 'gzip';

/** Encodings the client accepts with q > 0; `*` counts for any encoding not listed explicitly. */
export function acceptedEncodings(header: string | undefined): Set<Encoding> {
	const accepted = new Set<Encoding>();
	if (!header) return accepted;
	const q = new Map<string, number>();
	for (const part of header.split(',')) {
		const [token = '', ...params] = part.trim().toLowerCase().split(';');
		if (!token) continue;
		let weight = 1;
		for (const param of params) {
			const [key, value] = param.trim().split('=');
			if (key === 'q') weight = Number(value);
		}
		q.set(token.trim(), Number.isFinite(weight) ? weight : 0);
	}
	for (const encoding of ['br', 'gzip'] as const) {
		const alias = encoding === 'gzip' ? q.get('x-gzip') : undefined;
		const weight = q.get(encoding) ?? alias ?? q.get('*') ?? 0;
		if (weight > 0) accepted.add(encoding);
	}
	return accepted;
}

/** Size and mtime identify a file version well enough for a build folder that is replaced, never edited. */
export function entityTag(size: number, mtimeMs: number, encoding: Encoding | null): string {
	const suffix = encoding ? `-${encoding}` : '';
	return `"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}${suffix}"`;
}

/** If-None-Match uses weak comparison (RFC 9110 13.1.2), so a W/ prefix from a proxy still matches. */
export function matchesIfNoneMatch(header: string, etag: string): boolean {
	if (header.trim() === '*') return true;
	const strip = (tag: string) => tag.trim().replace(/^W\//, '');
	return header.split(',').some((tag) => strip(tag) === strip(etag));
}

/** HTTP dates have whole seconds, so the file's mtime is truncated before comparing. */
export function notModifiedSince(header: string, mtimeMs: number): boolean {
	const since = Date.parse(header);
	return Number.isFinite(since) && Math.floor(mtimeMs / 1000) * 1000 <= since;
}
