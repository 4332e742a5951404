// /implementation's view state in its URL (src/lib/view-state/implementation.ts): the day, the
// article and the status filters a shared link opens, what an unusable one falls back to and says,
// and the link a state writes. No data needed.
import { describe, expect, it } from 'vitest';
import { implementationView } from '../../src/lib/view-state/implementation';

// The bundled data's date (manifest data_as_of); the rules do not depend on which day it is.
const DATA = '2026-02-03';
const parse = (q: string) => implementationView.parse(new URLSearchParams(q), { dataAsOf: DATA });
const search = (s: Parameters<typeof implementationView.search>[0]) => implementationView.search(s, { dataAsOf: DATA });

describe('/implementation view state', () => {
	it('opens a plain link on the data date with every article and status, without a notice', () => {
		expect(parse('')).toEqual({ state: { as_of: DATA, article: 'all', status: 'all' }, notice: null });
	});

	it('round-trips the filters and the day, and leaves the defaults out of the link', () => {
		const s = { as_of: '2022-01-01', article: '3', status: 'extension_requested' } as const;
		expect(parse(search(s).slice(1))).toEqual({ state: s, notice: null });
		expect(search({ as_of: DATA, article: 'all', status: 'all' })).toBe('');
		expect(search({ as_of: DATA, article: '4', status: 'all' })).toBe('?article=4&v=1');
	});

	it('refuses an article or a status it does not know, naming the parameter, and keeps the day', () => {
		const bad = parse('as_of=2022-01-01&article=9&status=overdue');
		expect(bad.state.article).toBe('all');
		expect(bad.state.status).toBe('all');
		expect(bad.notice).toMatchObject({ code: 'unreadable' });
		expect(bad.notice?.value).toContain('article=9');
	});

	it('refuses a day before the Convention opened, saying when it opened', () => {
		const s = parse('as_of=2008-12-02&article=3');
		expect(s.state).toMatchObject({ as_of: DATA, article: '3' });
		expect(s.notice).toMatchObject({ code: 'before_opening', opened: '2008-12-03' });
	});
});
