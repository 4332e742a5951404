/**
 * Builds an Arrow table of text columns by hand. Arrow's own builders compile a null-check with
 * `new Function`, which the site's Content-Security-Policy (no 'unsafe-eval') forbids; laying out
 * the offsets, bytes and validity bitmap directly needs no code generation.
 */
import { Table, Utf8, makeData, makeVector, type Vector } from 'apache-arrow';

function textVector(values: readonly (string | null)[]): Vector<Utf8> {
	const encoder = new TextEncoder();
	const encoded = values.map((v) => (v === null ? null : encoder.encode(v)));
	const offsets = new Int32Array(values.length + 1);
	let total = 0;
	encoded.forEach((b, i) => {
		total += b?.length ?? 0;
		offsets[i + 1] = total;
	});
	const bytes = new Uint8Array(total);
	const validity = new Uint8Array(Math.ceil(values.length / 8));
	let nullCount = 0;
	encoded.forEach((b, i) => {
		if (b === null) nullCount++;
		else {
			bytes.set(b, offsets[i]!);
			validity[i >> 3]! |= 1 << (i & 7);
		}
	});
	const data = makeData({
		type: new Utf8(),
		length: values.length,
		nullCount,
		nullBitmap: validity,
		valueOffsets: offsets,
		data: bytes
	});
	return makeVector(data);
}

export function textTable(columns: Record<string, readonly (string | null)[]>): Table {
	return new Table(Object.fromEntries(Object.entries(columns).map(([name, values]) => [name, textVector(values)])));
}
