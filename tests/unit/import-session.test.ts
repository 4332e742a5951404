// The import session without a browser: fake file imports (object literals) and a fake engine.
import { describe, expect, it, vi } from 'vitest';
import { ImportSession, type FileImport, type ImportedFile } from '../../src/lib/controllers/import-session.svelte';
import type { EngineProvider } from '../../src/lib/controllers/page-session.svelte';
import type { Connector } from '../../src/lib/db/connector';

const db: Connector = { query: async () => [] };
const fixtureFile = (name: string, kind = 'records'): ImportedFile => ({
	kind,
	fileName: name,
	importedAt: '2026-12-07T10:00:00.000Z',
	rows: [{}, {}]
});

function setup(files: Partial<FileImport<ImportedFile>>, engine: Connector | null = db, error: string | null = null) {
	const provider: EngineProvider = {
		status: engine ? 'ready' : 'failed',
		failure: engine ? null : 'data',
		error,
		start: async () => engine
	};
	const changed = vi.fn(async () => {});
	const removeSlides = vi.fn(async (names: string[]) => names.length);
	const session = new ImportSession({
		files: {
			restore: async () => [],
			importFile: async (_e, f) => ({ ok: true, stored: fixtureFile(f.name) }),
			clear: async () => {},
			...files
		},
		engine: provider,
		changed,
		removeSlides
	});
	return { session, changed, removeSlides };
}
const file = (name: string) => new File(['a,b\n'], name);

describe('ImportSession', () => {
	it('restores what an earlier visit imported, and reloads the page only then', async () => {
		const none = setup({});
		await none.session.restore();
		expect(none.changed).not.toHaveBeenCalled();
		const some = setup({ restore: async () => [fixtureFile('fixture-a.csv')] });
		await some.session.restore();
		expect(some.session.files.map((f) => f.fileName)).toEqual(['fixture-a.csv']);
		expect(some.changed).toHaveBeenCalledTimes(1);
	});

	it('keeps one file per kind, and says how an unusual encoding was read', async () => {
		const { session, changed } = setup({
			importFile: async (_e, f) => ({
				ok: true,
				stored: fixtureFile(f.name, f.name.includes('coverage') ? 'coverage' : 'records'),
				encoding: 'Windows-1252'
			})
		});
		await session.import(file('fixture-a.csv'));
		await session.import(file('fixture-coverage.csv'));
		await session.import(file('fixture-b.csv'));
		expect(session.files.map((f) => f.fileName)).toEqual(['fixture-coverage.csv', 'fixture-b.csv']);
		expect(session.encoding).toEqual({ file: 'fixture-b.csv', encoding: 'Windows-1252' });
		expect(changed).toHaveBeenCalledTimes(3);
		expect(session.busy).toBeNull();
	});

	it('lists the problems of a refused file and changes nothing', async () => {
		const problem = { file: 'fixture-bad.csv', line: 3, column: 2, message: 'not a State', reason: {} };
		const { session, changed } = setup({
			importFile: async () => ({ ok: false, problems: [problem as never] })
		});
		await session.import(file('fixture-bad.csv'));
		expect(session.problems?.list).toHaveLength(1);
		expect(session.files).toEqual([]);
		expect(changed).not.toHaveBeenCalled();
	});

	it('turns a missing engine or a thrown error into a problem naming the file', async () => {
		const noEngine = setup({}, null, 'accession.parquet does not match its checksum');
		await noEngine.session.import(file('fixture-a.csv'));
		expect(noEngine.session.problems?.file).toBe('fixture-a.csv');
		expect(noEngine.session.problems?.list[0]?.message).toContain('accession.parquet does not match its checksum');
		const throws = setup({
			importFile: async () => {
				throw new Error('worker crashed');
			}
		});
		await throws.session.import(file('fixture-a.csv'));
		expect(throws.session.problems?.list[0]?.message).toContain('worker crashed');
		expect(throws.session.busy).toBeNull();
	});

	it('clears every file, the slides drawn from them, and says what it removed', async () => {
		const clear = vi.fn(async () => {});
		const { session, removeSlides, changed } = setup({ clear });
		await session.import(file('fixture-a.csv'));
		await session.clear();
		expect(clear).toHaveBeenCalledWith(db);
		expect(removeSlides).toHaveBeenCalledWith(['fixture-a.csv']);
		expect(session.cleared).toEqual({ files: ['fixture-a.csv'], slides: 1 });
		expect(session.files).toEqual([]);
		expect(changed).toHaveBeenCalledTimes(2);
	});
});
