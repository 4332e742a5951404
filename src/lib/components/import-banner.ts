/**
 * The sentence every view drawn from imported files shows: which file, how many rows, imported
 * when (a coverage declaration says it declares, not that it adds records). One wording for
 * /transparency, /trust-fund and the State profiles.
 */
import { formatDate, t } from '../i18n/current';

interface ImportedFile {
	kind?: string;
	fileName: string;
	rows: readonly unknown[];
	importedAt: string;
}

export function importBanner(files: readonly ImportedFile[]): string {
	return files
		.map((i) =>
			t(i.kind === 'coverage' ? 'import.coverageBanner' : 'import.banner', {
				file: i.fileName,
				rows: i.rows.length,
				date: formatDate(i.importedAt.slice(0, 10))
			})
		)
		.join(' ');
}
