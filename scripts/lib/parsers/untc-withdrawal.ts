/**
 * Reads a withdrawal out of a UNTC end note. The dates are the depositary's, taken from the
 * text and never computed: Article 20(3)-style clauses keep a State bound past six months
 * while it is in an armed conflict, so "notified + 6 months" can be wrong.
 */
import { isoFromParts, LONG_DATE } from './untc-text';

export interface UntcWithdrawal {
	/** End note the withdrawal was read from. */
	note: number;
	/** Day the depositary received the notification. */
	notified: string | null;
	/** Day the note says the withdrawal took (or will take) effect. */
	effective: string | null;
	/** Not in effect as at the page date: the note says it "will take effect", subject to a condition or later. */
	pending: boolean;
}

const D = LONG_DATE.source;
// "On 6 September 2024, the Government of ... deposited with the Secretary-General a notification of withdrawal"
const NOTIFIED = new RegExp(
	`On ${D},?[^]{0,200}?(?:(?:notification|instrument) of (?:withdrawal|denunciation)|decision to (?:withdraw|denounce))`,
	'i'
);
// "The withdrawal took effect for Lithuania on 6 March 2025", "... will take effect for Poland on 20 February 2026"
const EFFECT = new RegExp(`(?:withdrawal|denunciation) (took|takes|will take) effect[^]{0,120}? on ${D}`, 'i');
const MENTIONS = /withdraw|denounc|denunciation/i;

/** null when the note says nothing about a withdrawal. */
export function parseWithdrawal(noteNumber: number, text: string, statusAsAt: string): UntcWithdrawal | null {
	if (!MENTIONS.test(text)) return null;
	const n = NOTIFIED.exec(text);
	const e = EFFECT.exec(text);
	if (!n && !e) return null;
	const notified = n ? isoFromParts(n[1] ?? '', n[2] ?? '', n[3] ?? '') : null;
	const effective = e ? isoFromParts(e[2] ?? '', e[3] ?? '', e[4] ?? '') : null;
	const tookEffect = e?.[1]?.toLowerCase() === 'took';
	const sentence = e ? sentenceFrom(text, e.index) : '';
	// A condition ("subject to the condition set forth in the said paragraph") keeps it pending
	// whatever the date; without one, a future date alone means not yet in effect.
	const pending = !tookEffect && (effective === null || /subject to/i.test(sentence) || effective > statusAsAt);
	return { note: noteNumber, notified, effective, pending };
}

/** The sentence starting at index (periods inside "C.N.421.2025" or "20 (3)" do not end it). */
function sentenceFrom(text: string, index: number): string {
	const rest = text.slice(index);
	const end = rest.search(/\.(?:\s+[A-Z(]|$)/);
	return end < 0 ? rest : rest.slice(0, end);
}
