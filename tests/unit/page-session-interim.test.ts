// The page session's interim answerer (the compact status answer of /universalization): while the
// engine starts it answers the days it can, with no "starting" notice; a day it cannot answer waits
// for the engine with the notice, as before; once the engine is ready, the engine answers.
import { describe, expect, it, vi } from 'vitest';
import { PageSession, type EngineProvider } from '../../src/lib/controllers/page-session.svelte';
import { asOfLoader } from '../../src/lib/controllers/as-of-loader';
import type { Connector } from '../../src/lib/db/connector';
import { universalizationView } from '../../src/lib/view-state/universalization';

const DATA = '2026-02-03';
type View = { asOf: string; by: 'engine' | 'interim' };

/** An engine that starts when the test says so, answering each day with the day. */
function slowEngine() {
	const db: Connector = { query: async (_sql, params) => [{ day: String(params?.[0]) }] };
	let ready!: (db: Connector | null) => void;
	const started = new Promise<Connector | null>((r) => (ready = r));
	const engine: EngineProvider & { status: EngineProvider['status'] } = {
		status: 'loading',
		failure: null,
		error: null,
		start: vi.fn(() => started)
	};
	return {
		engine,
		db,
		up: () => {
			engine.status = 'ready';
			ready(db);
		},
		fail: () => {
			engine.status = 'failed';
			ready(null);
		}
	};
}

const load = async (db: Connector, day: string): Promise<View> => ({
	asOf: String((await db.query('day', [day]))[0]!.day),
	by: 'engine'
});

function session(engine: EngineProvider, interim?: Promise<(s: { as_of: string }) => View | null>) {
	return new PageSession({
		view: universalizationView,
		context: { dataAsOf: DATA },
		initial: { asOf: DATA, by: 'engine' } as View,
		loader: asOfLoader(load, DATA),
		engine,
		interim,
		writeUrl: () => {}
	});
}

/** Answers days from 2010 on, as the compact form answers the days it holds. */
const answerer = async () => (s: { as_of: string }) =>
	s.as_of >= '2010-01-01' ? ({ asOf: s.as_of, by: 'interim' } as View) : null;

describe('PageSession with an interim answerer', () => {
	it('answers a day at once while the engine starts, without the starting notice', async () => {
		const e = slowEngine();
		const s = session(e.engine, answerer());
		s.set({ as_of: '2024-09-01' });
		await vi.waitFor(() => expect(s.value).toEqual({ asOf: '2024-09-01', by: 'interim' }));
		expect(s.pending).toBe(false);
		expect(s.notices).toEqual([]);
	});

	it('keeps the starting notice for a day it cannot answer, and the engine answers it once up', async () => {
		const e = slowEngine();
		const s = session(e.engine, answerer());
		s.set({ as_of: '2009-06-01' });
		await new Promise((r) => setTimeout(r, 10));
		expect(s.value).toEqual({ asOf: DATA, by: 'engine' });
		expect(s.notices).toEqual([{ kind: 'loading' }]);
		e.up();
		await vi.waitFor(() => expect(s.value).toEqual({ asOf: '2009-06-01', by: 'engine' }));
		expect(s.notices).toEqual([]);
	});

	it('leaves the answering to the engine once it is ready', async () => {
		const e = slowEngine();
		const s = session(e.engine, answerer());
		e.up();
		s.set({ as_of: '2024-09-01' });
		await vi.waitFor(() => expect(s.value).toEqual({ asOf: '2024-09-01', by: 'engine' }));
	});

	it('still answers when the engine fails, and a missing file leaves the engine to answer', async () => {
		const failed = slowEngine();
		const s = session(failed.engine, answerer());
		failed.fail();
		s.set({ as_of: '2024-09-01' });
		await vi.waitFor(() => expect(s.value).toEqual({ asOf: '2024-09-01', by: 'interim' }));

		const e = slowEngine();
		const t = session(e.engine, Promise.reject(new Error('404')));
		t.set({ as_of: '2024-09-01' });
		await new Promise((r) => setTimeout(r, 10));
		expect(t.notices).toEqual([{ kind: 'loading' }]);
		e.up();
		await vi.waitFor(() => expect(t.value).toEqual({ asOf: '2024-09-01', by: 'engine' }));
	});

	it('answers from the engine only after a reload (imported data is not in the compact form)', async () => {
		const e = slowEngine();
		const s = session(e.engine, answerer());
		s.set({ as_of: '2024-09-01' });
		await vi.waitFor(() => expect(s.value.by).toBe('interim'));
		const reloaded = s.reload();
		await new Promise((r) => setTimeout(r, 10));
		expect(s.value.by).toBe('interim');
		e.up();
		await reloaded;
		expect(s.value).toEqual({ asOf: '2024-09-01', by: 'engine' });
	});
});
