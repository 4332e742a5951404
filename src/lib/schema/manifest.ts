/**
 * manifest.json: what ingest wrote and the date the data speaks for. Every page reads its
 * default "as of" from here (never from the machine's clock), and the browser checks each
 * Parquet file against its checksum before trusting it.
 */
import { z } from './z';
import { isoDate } from './fields';

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
