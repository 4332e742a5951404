/**
 * Writes the State name modules the browser carries, from the UN's tables in data/reference/
 * (see its README and scripts/lib/state-names.ts):
 *   src/lib/i18n/state-names.ts        the M49 names in fr, es, ar, zh and ru (English keeps the UNTC names)
 *   src/lib/server/state-formal-names.ts the UNTERM formal names, subtitles of the profiles (prerender only)
 *   src/lib/i18n/state-aliases.ts      common names for search (i18n-iso-countries, M49 English)
 * Committed; tests/unit/state-names.test.ts fails when they differ from what this writes.
 *
 *   npx tsx scripts/build-state-names.ts
 */
import fs from 'node:fs';
import { generatedStateNameFiles, stateNameTables } from './lib/state-names';

const files = await generatedStateNameFiles();
for (const [file, text] of Object.entries(files)) fs.writeFileSync(file, text);
const t = stateNameTables();
process.stderr.write(
	`state-names: ${Object.keys(t.names).length} States in 5 languages, ` +
		`${Object.keys(t.formal).length} with a formal name, ${Object.keys(t.aliases).length} with search aliases\n`
);
