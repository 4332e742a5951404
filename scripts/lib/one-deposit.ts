/**
 * The saved UNTC status page with one made-up deposit: the docs/UPDATING.md walk-through
 * (tests/integration/updating.test.ts) and `bench`'s update_s both apply it, so both time and
 * test the same change.
 */
import fs from 'node:fs';

/** The saved page with one made-up deposit (fixture, not data: Angola, 15 May 2026; header to match). */
export function pageWithOneDeposit(saved: string): string {
	return fs
		.readFileSync(saved, 'utf8')
		.replace(
			/(<td>Angola<br><\/td>\s*<td>[^<]*<br><\/td>\s*<td>&nbsp;<\/td>\s*)<td>&nbsp;<\/td>/,
			'$1<td>15 May\t 2026 <br></td>'
		)
		.replace('STATUS AS AT : 03-02-2026', 'STATUS AS AT : 01-06-2026')
		.replace(/(Parties :\s*)112/, '$1113');
}
