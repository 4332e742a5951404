/**
 * The catalogs by language and the translator over them. English is in ./catalogs/en.ts, beside
 * the other UN languages (issue #10), with the same keys.
 */
import { ar } from './catalogs/ar';
import { en, type MessageKey, type Messages } from './catalogs/en';
import { es } from './catalogs/es';
import { fr } from './catalogs/fr';
import { ru } from './catalogs/ru';
import { zh } from './catalogs/zh';
import { fillPlaceholders } from './placeholders';

export { en, fillPlaceholders, type MessageKey, type Messages };

const catalogs: Record<string, Messages> = { en, fr, es, ar, zh, ru };

export function translator(locale = 'en') {
	const messages = catalogs[locale] ?? en;
	return (key: MessageKey, params: Record<string, string | number> = {}): string =>
		// A key missing at run time shows as itself rather than breaking the page; tests list them.
		fillPlaceholders(messages[key] ?? key, params);
}
