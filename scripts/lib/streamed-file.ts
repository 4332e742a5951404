/**
 * An output file written line by line while its input is still being read (import:undl and
 * import:article7 stream files of any size): into a temporary file beside it, renamed over it only
 * when every row was valid. A write that fails (a full disk) is one line naming the file and the
 * reason, and the temporary file is removed; the previous output stays as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { CsvError, CsvStreamParser, type CsvRecord } from '../../src/lib/csv';
import { streamTextFile } from '../../src/lib/server/read-text-file';
import { csvProblem, DataError, problem, type Problem } from '../../src/lib/validate';
import { say, UserDataError } from './cli';

const REASONS: Record<string, string> = {
	ENOSPC: 'no space left on the device',
	EDQUOT: 'the disk quota is used up',
	EACCES: 'permission denied',
	EPERM: 'permission denied',
	EROFS: 'the file system is read-only',
	EFBIG: 'the file is larger than this system allows',
	EIO: 'the disk reported an input/output error'
};

export function writeFailure(shown: string, e: NodeJS.ErrnoException): UserDataError {
	const why = REASONS[e.code ?? ''] ?? e.message;
	return new UserDataError(
		`cannot write ${shown}: ${why}${e.code ? ` (${e.code})` : ''}; the previous file is unchanged`
	);
}

export class StreamedFile {
	private readonly tmp: string;
	private readonly stream: fs.WriteStream;
	private pending: string[] = [];
	private error: NodeJS.ErrnoException | null = null;

	constructor(
		private readonly file: string,
		private readonly shown = file
	) {
		// Same folder, so the final rename never crosses a file system.
		this.tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
		this.stream = fs.createWriteStream(this.tmp, { encoding: 'utf8' });
		this.stream.on('error', (e) => (this.error ??= e));
	}

	/** One line (without its line end), written at the next flush. */
	add(line: string) {
		this.pending.push(line);
	}

	/** Writes the lines added so far, waiting while the disk is behind. */
	async flush() {
		this.check();
		if (!this.pending.length) return;
		const text = this.pending.join('\n') + '\n';
		this.pending = [];
		if (!this.stream.write(text))
			await new Promise<void>((resolve) => {
				const done = () => {
					this.stream.off('drain', done);
					this.stream.off('close', done);
					resolve();
				};
				this.stream.on('drain', done);
				this.stream.on('close', done);
			});
		this.check();
	}

	/** Finishes the file and puts it in place of the output. */
	async commit() {
		await this.flush();
		this.stream.end();
		try {
			await finished(this.stream);
		} catch {
			// The error itself was kept by the 'error' listener.
		}
		this.check();
		fs.renameSync(this.tmp, this.file);
	}

	/** Abandons the file: nothing of it is left behind. */
	async discard() {
		this.stream.destroy();
		// The file is created when the stream opens, which may still be under way: wait for the close.
		if (!this.stream.closed) await new Promise<void>((resolve) => this.stream.once('close', () => resolve()));
		fs.rmSync(this.tmp, { force: true });
	}

	private check() {
		if (this.error) throw writeFailure(this.shown, this.error);
	}
}

/**
 * Reads the CSV `file` in chunks into `onRecord` while `output` is written, and commits the output
 * only when the file had a header and no record gave a problem; on any failure it is discarded
 * and the previous file stays. A CSV syntax error becomes a problem naming file, line and column.
 */
export async function streamCsvInto(
	file: string,
	output: StreamedFile,
	onRecord: (rec: CsvRecord) => void,
	state: { hasHeader: () => boolean; problems: Problem[]; afterChunk?: () => void }
): Promise<void> {
	await streamCsvRecords(file, output, onRecord, state);
	try {
		await output.commit();
	} catch (e) {
		await output.discard();
		throw e;
	}
}

/**
 * streamCsvInto without the commit, for an output made from several files: the caller commits
 * after the last one. On any failure the output is discarded, as there.
 */
export async function streamCsvRecords(
	file: string,
	output: StreamedFile,
	onRecord: (rec: CsvRecord) => void,
	state: { hasHeader: () => boolean; problems: Problem[]; afterChunk?: () => void }
): Promise<void> {
	try {
		const parser = new CsvStreamParser();
		for await (const chunk of streamTextFile(file, file, (_, notice) => notice && say(`notice: ${notice}`))) {
			parser.push(chunk, onRecord);
			await output.flush();
			state.afterChunk?.();
		}
		parser.end(onRecord);
		if (!state.hasHeader()) throw new DataError([problem({ file, line: 1, column: 1 }, { key: 'problem.emptyFile' })]);
		if (state.problems.length) throw new DataError(state.problems);
	} catch (e) {
		await output.discard();
		if (e instanceof CsvError) throw new DataError([csvProblem(e, file)]);
		throw e;
	}
}
