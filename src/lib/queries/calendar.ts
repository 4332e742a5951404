/**
 * What the reporting calendar reads: the typed reporting rules of the conventions and each
 * State's derived accession records (deposit, entry into force by the treaty's rule, withdrawal).
 */
import { z } from '../schema/z';
import { BINDING, CONVENTIONS, COVERS, DUE_FROM, DUE_UNITS, REPORT_KINDS } from '../domain/reporting-calendar';
import { defineQuery } from './query';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const reportingRules = defineQuery({
	name: 'reportingRules',
	sql: `SELECT convention, report, report_as_written, due_from, due_day, due_offset, due_unit, covers, binding,
		computable, conditional, legal_basis, source
	FROM reporting_rules ORDER BY source_line`,
	params: () => [],
	row: z.object({
		convention: z.enum(CONVENTIONS),
		report: z.enum(REPORT_KINDS),
		report_as_written: z.string(),
		due_from: z.enum(DUE_FROM),
		due_day: z.string().nullable(),
		due_offset: z.number().int().nullable(),
		due_unit: z.enum(DUE_UNITS).nullable(),
		covers: z.enum(COVERS),
		binding: z.enum(BINDING),
		computable: z.boolean(),
		conditional: z.boolean(),
		legal_basis: z.string(),
		source: z.string()
	})
});

export type ReportingRuleRow = z.infer<typeof reportingRules.row>;

export const calendarAccession = defineQuery({
	name: 'calendarAccession',
	sql: `SELECT iso3, treaty, strftime(deposit_date, '%Y-%m-%d') AS deposit_date,
		strftime(entry_into_force, '%Y-%m-%d') AS entry_into_force,
		strftime(withdrawal_effective, '%Y-%m-%d') AS withdrawal_effective, coalesce(withdrawal_pending, false) AS withdrawal_pending
	FROM accession WHERE deposit_date IS NOT NULL ORDER BY iso3, treaty`,
	params: () => [],
	row: z.object({
		iso3: z.string(),
		treaty: z.string(),
		deposit_date: day,
		entry_into_force: day.nullable(),
		withdrawal_effective: day.nullable(),
		withdrawal_pending: z.boolean()
	})
});
