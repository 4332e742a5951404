/**
 * Schema of data/reference/states.csv, the one list of States every source is joined through.
 * It lives apart from the loader so the browser can validate rows without Node's fs.
 */
import { z } from './z';
import { reason } from './reason';
import { REGIONAL_GROUPS, type RegionalGroup } from '../domain/regions';

export const STATE_COLUMNS = ['iso3', 'm49', 'name', 'region', 'un_member', 'aliases'] as const;
export type StateColumn = (typeof STATE_COLUMNS)[number];

export { REGIONAL_GROUPS, type RegionalGroup };

export interface StateRef {
	iso3: string;
	/** ISO 3166-1 numeric, 3 digits: the key of the world-atlas map shapes. */
	m49: string;
	/** The name as the UN Treaty Collection writes it. */
	name: string;
	/** UN regional group; null for States outside the groups (Cook Islands, Niue, Holy See, Palestine). */
	region: RegionalGroup | null;
	/** Member of the United Nations, i.e. votes in the General Assembly. */
	unMember: boolean;
	aliases: string[];
}

/** One CSV row (all strings) in, one StateRef out. */
export const stateRefSchema = z
	.object({
		iso3: z.string().regex(/^[A-Z]{3}$/, { error: reason('problem.iso3Letters') }),
		m49: z.string().regex(/^\d{3}$/, { error: reason('problem.m49') }),
		name: z
			.string()
			.trim()
			.min(1, { error: reason('problem.name') }),
		region: z
			.enum([...REGIONAL_GROUPS, ''], { error: reason('problem.oneOfOrEmpty') })
			.transform((v): RegionalGroup | null => (v === '' ? null : v)),
		un_member: z.enum(['true', 'false'], { error: reason('problem.choice') }).transform((v) => v === 'true'),
		aliases: z
			.string()
			.transform((v) => (v === '' ? [] : v.split('|').map((a) => a.trim())))
			// An empty alias ("a||b", a trailing "|") is a typo, not a name.
			.pipe(z.array(z.string().min(1, { error: reason('problem.aliases') })))
	})
	.transform((r): StateRef => ({
		iso3: r.iso3,
		m49: r.m49,
		name: r.name,
		region: r.region,
		unMember: r.un_member,
		aliases: r.aliases
	}));

/** The row as written to the CSV (the inverse of the schema). */
export function stateRefToRow(s: StateRef): Record<StateColumn, string> {
	return {
		iso3: s.iso3,
		m49: s.m49,
		name: s.name,
		region: s.region ?? '',
		un_member: String(s.unMember),
		aliases: s.aliases.join('|')
	};
}
