/**
 * States dataset: data/reference/states.csv, read before any step runs (every other step resolves
 * names against it), written as the states table and as the search box's index.
 */
import fs from 'node:fs';
import path from 'node:path';
import { TABLES } from '../../../src/lib/schema/tables';
import { sourceEntry, writeTable, type IngestStep } from './common';

export const statesFile = (sourcesDir: string) => path.join(sourcesDir, 'reference', 'states.csv');

export const ingestStates: IngestStep = async ({ sourcesDir, outDir, states }) => {
	// The search box's index: every name and alias, fetched by the page on first focus.
	const search = states.map((st) => ({ iso3: st.iso3, name: st.name, aliases: st.aliases }));
	fs.writeFileSync(path.join(outDir, 'search.json'), JSON.stringify(search));
	const file = statesFile(sourcesDir);
	return {
		tables: {
			states: await writeTable(
				outDir,
				TABLES.states,
				states.map((s) => ({ ...s, un_member: s.unMember, aliases: s.aliases.join('|') }))
			)
		},
		sources: [sourceEntry(file, states.length, fs.readFileSync(file))],
		checks: []
	};
};
