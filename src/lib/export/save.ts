/** Hands a file to the browser's download manager; nothing is uploaded anywhere. */
export function saveBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	// The download has started from the URL; give slow machines a moment before releasing it.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `ccm-map-2026-02-03.png`: the chart, the as-of date, nothing a file system dislikes. */
export function exportFileName(chartId: string, asOf: string, extension: string): string {
	const safe = chartId.replace(/[^a-z0-9-]+/gi, '-').toLowerCase();
	return `ccm-${safe}-${asOf}.${extension}`;
}
