/** Puts text on the clipboard, falling back to a selected text area where the API is refused. */
export async function copyText(text: string): Promise<void> {
	try {
		await navigator.clipboard.writeText(text);
	} catch {
		// Clipboard API refused (e.g. not a secure context): copy from a selected text area.
		const area = document.createElement('textarea');
		area.value = text;
		document.body.append(area);
		area.select();
		document.execCommand('copy');
		area.remove();
	}
}
