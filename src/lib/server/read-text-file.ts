/**
 * Text files for the commands, decoded by src/lib/text-decode.ts (the browser import uses the same
 * rules): whole files, and big files read as a stream in 1 MiB chunks. A stream cannot go back,
 * so its encoding is settled first by one fast pass over the bytes (a 200 MB file: about a second).
 */
import fs from 'node:fs';
import {
	decodeText,
	decodeWindows1252,
	DECODER_LABEL,
	encodingFromBom,
	encodingNotice,
	findNonText,
	mixedEncodingProblem,
	Utf8Scan,
	type DecodedText,
	type TextEncoding
} from '../text-decode';
import { DataError, problem } from '../validate';

export function readTextFile(file: string, shown = file): DecodedText {
	return decodeText(new Uint8Array(fs.readFileSync(file)), shown);
}

async function isUtf8(file: string): Promise<boolean> {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	try {
		for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 }))
			decoder.decode(chunk as Buffer, { stream: true });
		decoder.decode();
		return true;
	} catch (e) {
		if (e instanceof TypeError) return false;
		throw e;
	}
}

function readAt(file: string, start: number, length: number): Uint8Array {
	const fd = fs.openSync(file, 'r');
	const buf = new Uint8Array(length);
	try {
		fs.readSync(fd, buf, 0, length, start);
	} finally {
		fs.closeSync(fd);
	}
	return buf;
}

/**
 * The encoding of a file read as a stream: its BOM, else UTF-8 if every byte is, else Windows-1252;
 * a UTF-8 file with a stray byte of another encoding is refused at that byte (see Utf8Scan).
 */
export async function sniffEncoding(file: string, shown = file): Promise<TextEncoding> {
	const bom = encodingFromBom(readAt(file, 0, 3));
	if (bom) return bom;
	if (await isUtf8(file)) return 'UTF-8';
	// A second pass, for files that are not UTF-8 only.
	const scan = new Utf8Scan();
	for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 })) scan.push(chunk as Buffer);
	scan.end();
	if (scan.mixed) {
		const at = scan.firstInvalid;
		const line = readAt(file, scan.lineStart, at - scan.lineStart + 1);
		throw new DataError([mixedEncodingProblem(shown, scan, line.subarray(0, -1), line[line.length - 1]!)]);
	}
	return 'Windows-1252';
}

/**
 * The text of `file` in chunks, each checked for characters no text file holds (a DataError names
 * the line and column of the first). `onEncoding` hears the encoding before the first chunk is yielded.
 */
export async function* streamTextFile(
	file: string,
	shown = file,
	onEncoding?: (encoding: TextEncoding, notice: string | null) => void
): AsyncGenerator<string> {
	const encoding = await sniffEncoding(file, shown);
	// Said once the first chunk proved to be text, so random bytes get an error and no notice.
	let told = false;
	const tell = () => {
		if (!told) onEncoding?.(encoding, encodingNotice(shown, encoding));
		told = true;
	};
	const decoder = new TextDecoder(DECODER_LABEL[encoding], { fatal: true });
	const decode = (bytes?: Buffer) =>
		encoding === 'Windows-1252'
			? bytes
				? decodeWindows1252(bytes)
				: ''
			: bytes
				? decoder.decode(bytes, { stream: true })
				: decoder.decode();
	let lines = 0;
	let lineStart = 0; // characters of the current line in earlier chunks
	const check = (text: string) => {
		const bad = findNonText(text, shown, lines);
		if (bad) {
			if (bad.line === lines + 1 && typeof bad.column === 'number') bad.column += lineStart;
			throw new DataError([bad]);
		}
		const last = text.lastIndexOf('\n');
		for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
		lineStart = last === -1 ? lineStart + text.length : text.length - last - 1;
		return text;
	};
	try {
		for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 })) {
			const text = check(decode(chunk as Buffer));
			tell();
			yield text;
		}
		const rest = check(decode());
		tell();
		yield rest;
	} catch (e) {
		if (e instanceof TypeError)
			throw new DataError([
				problem({ file: shown, line: lines + 1, column: 1 }, { key: 'problem.notValidEncoding', params: { encoding } })
			]);
		throw e;
	}
}
