// SQL is built from allow-listed identifiers and bound parameters only: every named query is a
// fixed text whose values arrive as $1, $2…, and the only names put into SQL text are the table and
// column names declared in src/lib/schema/tables.ts. A hostile value stays a value.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NodeConnector } from '../../src/lib/server/node-connector';
import { runQuery, type Query } from '../../src/lib/queries/query';
import * as article7 from '../../src/lib/queries/article7';
import * as profile from '../../src/lib/queries/profile';
import * as trustfund from '../../src/lib/queries/trustfund';
import * as unga from '../../src/lib/queries/unga';
import * as universalization from '../../src/lib/queries/universalization';
import { TABLES, typedSelect } from '../../src/lib/schema/tables';

const HOSTILE = "x'); DROP TABLE states; --";
const queries = Object.entries({ ...article7, ...profile, ...trustfund, ...unga, ...universalization }).filter(
	([, q]) => typeof q === 'object' && q !== null && 'sql' in q
) as [string, Query<unknown, never>][];

describe('SQL construction', () => {
	it('finds the named queries', () => expect(queries.length).toBeGreaterThan(20));

	it.each(queries)('%s: a fixed text, every value a bound parameter', (_, q) => {
		expect(typeof q.sql).toBe('string');
		// Whatever the page or the URL passes in, it comes back as parameters, never as SQL.
		const input = new Proxy({}, { get: () => HOSTILE });
		const params = q.params(input);
		const used = [...q.sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1]));
		expect(Math.max(0, ...used)).toBe(params.length);
		expect(q.sql).not.toContain(HOSTILE);
	});

	it('puts only declared, plain identifiers into SQL text', () => {
		for (const def of Object.values(TABLES)) {
			expect(def.name).toMatch(/^[a-z][a-z0-9_]*$/);
			for (const c of Object.keys(def.columns)) expect(c).toMatch(/^[a-z][a-z0-9_]*$/);
			expect(typedSelect(def, `stage_${def.name}`)).not.toMatch(/['`;]|--/);
		}
	});

	const data = path.resolve(import.meta.dirname, '../../static/data');
	it.skipIf(!fs.existsSync(path.join(data, 'manifest.json')))(
		'answers a hostile value with no rows, not with the table',
		async () => {
			const db = await NodeConnector.open(data);
			try {
				const rows = await runQuery(db, universalization.stateFacts, { treaty: 'ccm', iso3: "AFG' OR '1'='1" });
				expect(rows).toEqual([]);
				expect((await db.query('SELECT count(*)::INTEGER AS n FROM states'))[0]!.n).toBe(197);
			} finally {
				db.close();
			}
		}
	);
});
