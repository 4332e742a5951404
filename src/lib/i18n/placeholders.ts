/** `{name}` in a message replaced by its parameter; an unknown placeholder stays as written. */
export function fillPlaceholders(message: string, params: Record<string, string | number>): string {
	return message.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
