// The page session without a browser: a fake Connector (an object literal, as Mosaic's tests do)
// whose answers arrive in the order the test decides, a fake engine, and a URL writer that records.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageSession, type EngineProvider, type Loader } from '../../src/lib/controllers/page-session.svelte';
import { asOfLoader } from '../../src/lib/controllers/as-of-loader';
import type { Connector } from '../../src/lib/db/connector';
import { compareView } from '../../src/lib/view-state/compare';
import { transparencyView } from '../../src/lib/view-state/transparency';
import { universalizationView } from '../../src/lib/view-state/universalization';

const DATA = '2026-02-03';

/** A Connector whose every query waits until the test resolves it (by the day it asked for). */
function fakeConnector() {
	const waiting: { day: string; resolve: (rows: Record<string, unknown>[]) => void; reject: (e: Error) => void }[] = [];
	const db: Connector = {
		query: (_sql, params) =>
			new Promise((resolve, reject) => waiting.push({ day: String(params?.[0]), resolve, reject }))
	};
	const answer = (day: string) => {
		const i = waiting.findIndex((w) => w.day === day);
		if (i < 0) throw new Error(`no query waits for ${day} (waiting: ${waiting.map((w) => w.day).join(', ')})`);
		waiting.splice(i, 1)[0]!.resolve([{ day }]);
	};
	const fail = (day: string, message: string) => {
		const i = waiting.findIndex((w) => w.day === day);
		waiting.splice(i, 1)[0]!.reject(new Error(message));
	};
	return { db, waiting, answer, fail };
}

function fakeEngine(db: Connector | null, failure: EngineProvider['failure'] = null, error: string | null = null) {
	const engine = {
		status: (db ? 'ready' : 'failed') as EngineProvider['status'],
		failure,
		error,
		start: vi.fn(async () => db)
	};
	return engine;
}

/** What a page loads for a day: here, the day the fake Connector echoes. */
const load = async (db: Connector, day: string) => ({ asOf: String((await db.query('day', [day]))[0]!.day) });
/** Lets every pending promise callback run (timers are faked in most tests). */
async function settle() {
	for (let i = 0; i < 20; i++) await Promise.resolve();
}

function session(db: Connector | null, engine = fakeEngine(db), writeUrl = vi.fn()) {
	const s = new PageSession({
		view: universalizationView,
		context: { dataAsOf: DATA },
		initial: { asOf: DATA },
		loader: asOfLoader(load, DATA),
		engine,
		writeUrl,
		urlDelayMs: 250
	});
	return { s, engine, writeUrl };
}

describe('PageSession', () => {
	beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
	afterEach(() => vi.useRealTimers());

	it('shows the prerendered value until the engine answers, and the latest request wins out of order', async () => {
		const c = fakeConnector();
		const { s } = session(c.db);
		expect(s.value).toEqual({ asOf: DATA });
		s.set({ as_of: '2016-01-01' });
		await vi.waitFor(() => expect(c.waiting.map((w) => w.day)).toEqual(['2016-01-01']));
		s.set({ as_of: '2017-01-01' });
		await vi.waitFor(() => expect(c.waiting.map((w) => w.day)).toEqual(['2016-01-01', '2017-01-01']));
		expect(s.pending).toBe(true);
		c.answer('2017-01-01');
		await vi.waitFor(() => expect(s.value).toEqual({ asOf: '2017-01-01' }));
		// The older answer arrives last and is dropped.
		c.answer('2016-01-01');
		await vi.runAllTimersAsync();
		expect(s.value).toEqual({ asOf: '2017-01-01' });
		expect(s.pending).toBe(false);
	});

	it('answers a day already asked for from its cache, and the data date from the prerendered value', async () => {
		const c = fakeConnector();
		const { s } = session(c.db);
		s.set({ as_of: '2016-01-01' });
		await vi.waitFor(() => expect(c.waiting).toHaveLength(1));
		c.answer('2016-01-01');
		await vi.waitFor(() => expect(s.value).toEqual({ asOf: '2016-01-01' }));
		c.waiting.length = 0; // the prefetched neighbour, not needed here
		s.set({ as_of: DATA });
		await settle();
		expect(s.value).toEqual({ asOf: DATA });
		s.set({ as_of: '2016-01-01' });
		await settle();
		expect(s.value).toEqual({ asOf: '2016-01-01' });
		expect(c.waiting).toHaveLength(0);
	});

	it('asks for the next day in the direction the reader walks', async () => {
		const c = fakeConnector();
		const { s } = session(c.db);
		s.set({ as_of: '2016-01-02' });
		await vi.waitFor(() => expect(c.waiting).toHaveLength(1));
		c.answer('2016-01-02');
		await vi.waitFor(() => expect(s.value).toEqual({ asOf: '2016-01-02' }));
		// A jump of ten years is not a walk: nothing prefetched.
		expect(c.waiting).toHaveLength(0);
		s.set({ as_of: '2016-01-03' });
		await vi.waitFor(() => expect(c.waiting.map((w) => w.day)).toEqual(['2016-01-03']));
		c.answer('2016-01-03');
		await vi.waitFor(() => expect(c.waiting.map((w) => w.day)).toEqual(['2016-01-04']));
	});

	it('sets the error when a query fails, forgets that answer, and clears the error on the next answer', async () => {
		const c = fakeConnector();
		const { s } = session(c.db);
		s.set({ as_of: '2016-01-01' });
		await vi.waitFor(() => expect(c.waiting).toHaveLength(1));
		c.fail('2016-01-01', 'Binder Error: no such table');
		await vi.waitFor(() => expect(s.error).toBe('Binder Error: no such table'));
		expect(s.notices).toContainEqual({ kind: 'query', error: 'Binder Error: no such table' });
		expect(s.value).toEqual({ asOf: DATA });
		s.set({ as_of: '2016-01-01' });
		await vi.waitFor(() => expect(c.waiting).toHaveLength(1));
		c.answer('2016-01-01');
		await vi.waitFor(() => expect(s.value).toEqual({ asOf: '2016-01-01' }));
		expect(s.error).toBeNull();
	});

	it('writes the address bar at once for one change, and once at rest for a run of changes', async () => {
		const c = fakeConnector();
		const { s, writeUrl } = session(c.db);
		s.set({ as_of: '2016-01-01' });
		expect(writeUrl).toHaveBeenLastCalledWith('?as_of=2016-01-01&v=1');
		for (const day of ['2016-01-02', '2016-01-03', '2016-01-04']) {
			vi.advanceTimersByTime(20);
			s.set({ as_of: day });
		}
		expect(writeUrl).toHaveBeenCalledTimes(1);
		vi.advanceTimersByTime(250);
		expect(writeUrl).toHaveBeenCalledTimes(2);
		expect(writeUrl).toHaveBeenLastCalledWith('?as_of=2016-01-04&v=1');
		s.set({ as_of: DATA });
		vi.advanceTimersByTime(250);
		expect(writeUrl).toHaveBeenLastCalledWith('');
	});

	it('writes the address bar at once when another control changes, even during a run (a reader who types a search then picks a grouping shares the grouping)', async () => {
		const writeUrl = vi.fn();
		const s = new PageSession({
			view: compareView,
			context: { dataAsOf: DATA },
			initial: { asOf: DATA },
			loader: asOfLoader(load, DATA),
			engine: fakeEngine(fakeConnector().db),
			writeUrl,
			urlDelayMs: 250
		});
		// Whole states, as a control that owns several parameters hands them over.
		s.set({ align: 'opening', as_of: '2016-01-01' });
		vi.advanceTimersByTime(20);
		s.set({ align: 'opening', as_of: '2016-01-02' });
		expect(writeUrl).toHaveBeenCalledTimes(1);
		vi.advanceTimersByTime(20);
		s.set({ align: 'calendar', as_of: '2016-01-02' });
		expect(writeUrl).toHaveBeenLastCalledWith('?align=calendar&as_of=2016-01-02&v=1');
		vi.advanceTimersByTime(250);
		expect(writeUrl).toHaveBeenCalledTimes(2);
	});

	it('opens on the day a link names, or on the data date with the reason', async () => {
		const c = fakeConnector();
		const { s } = session(c.db);
		s.open(new URLSearchParams('as_of=2016-01-01&v=1'));
		expect(s.state).toEqual({ as_of: '2016-01-01' });
		await vi.waitFor(() => expect(c.waiting.map((w) => w.day)).toEqual(['2016-01-01']));
		const other = session(fakeConnector().db).s;
		other.open(new URLSearchParams('as_of=2001-05-05'));
		expect(other.state).toEqual({ as_of: DATA });
		expect(other.notices[0]).toMatchObject({ kind: 'link', notice: { code: 'before_opening' } });
	});

	it('starts the engine on opening at the data date and readies the day before', async () => {
		const c = fakeConnector();
		const { s, engine } = session(c.db);
		s.open(new URLSearchParams(''));
		await vi.waitFor(() => expect(c.waiting.map((w) => w.day)).toEqual(['2026-02-02']));
		expect(engine.start).toHaveBeenCalledTimes(1);
		expect(s.notices).toEqual([]);
	});

	it('reloads every answer when the data under the page changes (an import)', async () => {
		const c = fakeConnector();
		const { s } = session(c.db);
		const reloaded = s.reload();
		await vi.waitFor(() => expect(c.waiting.map((w) => w.day)).toEqual([DATA]));
		c.answer(DATA);
		await reloaded;
		expect(s.pending).toBe(false);
	});
});

describe('a damaged data file', () => {
	it('gives the same notice on every page with an engine, and the prerendered value stays', async () => {
		const message = 'a7_records.parquet does not match its checksum in manifest.json (damaged or altered)';
		const engine = fakeEngine(null, 'data', message);
		const page = (view: typeof universalizationView, loader: Loader<{ as_of: string }, { asOf: string }>) =>
			new PageSession({
				view,
				context: { dataAsOf: DATA },
				initial: { asOf: DATA },
				loader,
				engine,
				writeUrl: () => {}
			});
		const wholeRecord = { key: () => 'record', run: async () => ({ asOf: DATA }) };
		const pages = [
			page(universalizationView, asOfLoader(load, DATA)),
			page(compareView as unknown as typeof universalizationView, asOfLoader(load, DATA)),
			page(transparencyView, wholeRecord)
		];
		for (const p of pages) {
			p.open(new URLSearchParams('as_of=2016-01-01&v=1'));
			await settle();
			expect(p.notices).toEqual([{ kind: 'engine', failure: 'data', error: message }]);
			expect(p.value).toEqual({ asOf: DATA });
		}
	});
});
