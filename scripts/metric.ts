/**
 * npm run -s metric -- NAME [options] [--data DIR] [--json]
 * Figures for documents and scripts, computed by the same SQL the pages run, over the Parquet
 * files ingest wrote. With --json stdout holds exactly one JSON document.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkAsOf } from '../src/lib/domain/as-of';
import { CCM } from '../src/lib/domain/treaties';
import { NodeConnector } from '../src/lib/db/node';
import { runQuery } from '../src/lib/queries/query';
import { headline, stateFacts, stateList } from '../src/lib/queries/universalization';
import { createResolver, describeResolutionError } from '../src/lib/reference/resolver';
import { manifestSchema } from '../src/lib/schema/manifest';
import type { StateRef } from '../src/lib/schema/states';
import { main, parseFlags, printJson, UsageError, UserDataError } from './lib/cli';

const USAGE = `npm run -s metric -- NAME [options] [--data DIR] [--json]
  states-parties --as-of YYYY-MM-DD   States Parties, in force and signatories not party on a day
  state --state S                     one State's dates (S: ISO3 code or any name the reference knows)`;

const OPTIONS = {
	'as-of': { type: 'string' },
	state: { type: 'string' },
	data: { type: 'string', default: 'static/data' },
	json: { type: 'boolean' },
	help: { type: 'boolean' }
} as const;

function readManifest(dir: string) {
	const file = path.join(dir, 'manifest.json');
	if (!fs.existsSync(file))
		throw new UserDataError(`no data in ${dir} (${file} is missing): run \`npm run ingest\` first`);
	return manifestSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

function output(json: boolean | undefined, value: Record<string, unknown>) {
	if (json) return printJson(value);
	for (const [k, v] of Object.entries(value)) process.stdout.write(`${k}: ${v ?? '-'}\n`);
}

await main(async () => {
	const { values, positionals } = parseFlags(process.argv.slice(2), OPTIONS, USAGE);
	const [name, ...extra] = positionals;
	if (values.help) {
		process.stdout.write(`${USAGE}\n`);
		return;
	}
	if (!name) throw new UsageError(`which metric?\nusage: ${USAGE}`);
	if (extra.length) throw new UsageError(`unexpected argument ${extra[0]}\nusage: ${USAGE}`);
	const dataDir = values.data!;

	if (name === 'states-parties') {
		if (!values['as-of']) throw new UsageError(`states-parties needs --as-of YYYY-MM-DD\nusage: ${USAGE}`);
		const manifest = readManifest(dataDir);
		const check = checkAsOf(values['as-of'], manifest.data_as_of, CCM.openedForSignature);
		if (!check.ok) throw new UsageError(check.message);
		const db = await NodeConnector.open(dataDir);
		const [row] = await runQuery(db, headline, { treaty: CCM.id, asOf: check.asOf });
		db.close();
		output(values.json, {
			as_of: check.asOf,
			states_parties: row?.states_parties ?? 0,
			in_force: row?.in_force ?? 0,
			signatories_not_party: row?.signatories_not_party ?? 0,
			withdrawn: row?.withdrawn ?? 0,
			projection: check.projection,
			data_as_of: manifest.data_as_of
		});
		return;
	}

	if (name === 'state') {
		if (!values.state) throw new UsageError(`state needs --state S (ISO3 code or name)\nusage: ${USAGE}`);
		readManifest(dataDir);
		const db = await NodeConnector.open(dataDir);
		const refs: StateRef[] = (await runQuery(db, stateList, undefined)).map((s) => ({
			iso3: s.iso3,
			m49: s.m49,
			name: s.name,
			region: s.region as StateRef['region'],
			unMember: s.un_member,
			aliases: s.aliases ? s.aliases.split('|') : []
		}));
		const found = createResolver(refs).resolve(values.state);
		if (!found.ok) {
			db.close();
			throw new UserDataError(describeResolutionError(values.state, found));
		}
		const [f] = await runQuery(db, stateFacts, { treaty: CCM.id, iso3: found.state.iso3 });
		db.close();
		if (!f) throw new UserDataError(`no record for ${found.state.iso3}`);
		output(values.json, {
			iso3: f.iso3,
			name: f.name,
			signature_date: f.signature_date,
			deposit_date: f.deposit_date,
			action: f.action,
			entry_into_force: f.entry_into_force,
			withdrawal_effective: f.withdrawal_effective,
			initial_report_due: f.initial_report_due
		});
		return;
	}
	throw new UsageError(`unknown metric ${JSON.stringify(name)}\nusage: ${USAGE}`);
});
