/**
 * manifest.json: what ingest wrote and the date the data speaks for. Every page reads its
 * default "as of" from here (never from the machine's clock), and the browser checks each
 * Parquet file against its checksum before trusting it.
 */
import { z } from './z';
import { isoDate } from './fields';
import { DATASET_DATE_BASES } from '../domain/datasets';

export const manifestSchema = z.object({
	/** The day the data describes (the depositary's "status as at"); the default as-of date. */
	data_as_of: isoDate,
	generated_by: z.string(),
	tables: z.record(
		z.string(),
		z.object({
			file: z.string(),
			rows: z.number().int().nonnegative(),
			bytes: z.number().int().nonnegative(),
			sha256: z.string().regex(/^[0-9a-f]{64}$/)
		})
	),
	/**
	 * Each dataset's own date: the latest day (or month, or year, at the precision the record gives)
	 * its records speak of, and how it was found. The datasets are current to different days.
	 */
	datasets: z
		.record(
			z.string(),
			z.object({
				as_of: z
					.string()
					.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
					.nullable(),
				basis: z.enum(DATASET_DATE_BASES)
			})
		)
		.default({}),
	/** Comparisons ingest made between sources (counted vs published tallies...), with differences. */
	checks: z.array(z.object({ dataset: z.string(), subject: z.string(), ok: z.boolean(), message: z.string() })),
	sources: z.array(
		z.object({
			file: z.string(),
			rows: z.number().int().nonnegative(),
			sha256: z.string().regex(/^[0-9a-f]{64}$/),
			as_of: isoDate.nullable()
		})
	)
});

export type Manifest = z.infer<typeof manifestSchema>;
