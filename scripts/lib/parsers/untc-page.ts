/**
 * Parses a UN Treaty Collection status page (as a browser saves it) into its header, participant
 * rows and end notes. The columns differ per treaty, so each column is recognised from its header
 * and the meaning of each date suffix is read from that header's legend ("Accession(a)"), not
 * assumed: a page with a legend we do not know fails loudly instead of being misread.
 */
import type { Action } from '../../../src/lib/domain/accession';
import { isoFromParts, plainText } from './untc-text';
import { parseWithdrawal, type UntcWithdrawal } from './untc-withdrawal';

export class UntcParseError extends Error {}

// CCW Protocol V writes "Consent to be bound(P)"; the list lives with the domain rules.
export type UntcAction = Action;

export type UntcSignatureKind = 'signature' | 'succession_to_signature';

export type UntcColumnKind = 'participant' | 'signature' | 'provisional_application' | 'deposit';

export interface UntcColumn {
	kind: UntcColumnKind;
	header: string;
	/** Date suffix -> meaning, from the header legend ('' = no suffix). */
	legend: Map<string, string>;
}

export interface UntcRow {
	/** Line of the row in the HTML file, for messages. */
	line: number;
	/** As UNTC writes it, without footnote digits or brackets. */
	participant: string;
	footnotes: number[];
	/** UNTC puts a withdrawn State's dates in square brackets. */
	bracketed: boolean;
	signatureDate: string | null;
	signatureKind: UntcSignatureKind | null;
	provisionalApplicationDate: string | null;
	depositDate: string | null;
	action: UntcAction | null;
	withdrawal: UntcWithdrawal | null;
}

export interface UntcPage {
	statusAsAt: string;
	title: string;
	/** Chapter and item, e.g. "XXVI-6"; null if the page does not say. */
	mtdsgNo: string | null;
	headerCounts: { signatories: number | null; parties: number | null };
	columns: UntcColumn[];
	rows: UntcRow[];
	endNotes: Map<number, string>;
}

const DEPOSIT_LABELS: Record<string, UntcAction> = {
	ratification: 'ratification',
	accession: 'accession',
	acceptance: 'acceptance',
	approval: 'approval',
	succession: 'succession',
	'consent to be bound': 'consent_to_be_bound',
	// "Definitive signature(s)": the legend reader takes "(s)" for the suffix.
	'definitive signature': 'definitive_signature'
};
const SIGNATURE_LABELS: Record<string, UntcSignatureKind> = {
	signature: 'signature',
	'succession to signature': 'succession_to_signature'
};

/** Line numbers of increasing offsets, counted once through the text. */
function lineCounter(text: string): (index: number) => number {
	let line = 1;
	let at = 0;
	return (index) => {
		for (let i = text.indexOf('\n', at); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
			line++;
			at = i + 1;
		}
		return line;
	};
}

function divText(html: string, idSuffix: string): string | null {
	const m = new RegExp(`<div\\b[^>]*id="[^"]*${idSuffix}"[^>]*>([\\s\\S]*?)</div>`, 'i').exec(html);
	return m ? plainText(m[1] ?? '') : null;
}

/** "Approval(AA), Acceptance(A), Ratification" -> { AA: approval, A: acceptance, '': ratification } */
function parseLegend(header: string): Map<string, string> {
	const legend = new Map<string, string>();
	for (const item of header.split(',')) {
		const m = /^\s*(.*?)\s*(?:\(([A-Za-z]+)\))?\s*$/.exec(item);
		const label = (m?.[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
		if (label) legend.set(m?.[2] ?? '', label);
	}
	return legend;
}

function classifyColumn(header: string, index: number): UntcColumn {
	const legend = parseLegend(header);
	if (index === 0) {
		if (!/^participant/i.test(header)) throw new UntcParseError(`first column is "${header}", expected Participant`);
		return { kind: 'participant', header, legend };
	}
	if (/provisional application/i.test(header)) return { kind: 'provisional_application', header, legend };
	const labels = [...legend.values()];
	if (labels.length > 0 && labels.every((l) => l in SIGNATURE_LABELS)) return { kind: 'signature', header, legend };
	const unknown = labels.filter((l) => !(l in DEPOSIT_LABELS));
	if (labels.length === 0 || unknown.length > 0) {
		throw new UntcParseError(`column ${index + 1} "${header}" is not a column this importer knows`);
	}
	return { kind: 'deposit', header, legend };
}

interface DateCell {
	date: string;
	suffix: string;
	bracketed: boolean;
}

function parseDateCell(cellHtml: string, where: string): DateCell | null {
	const text = plainText(cellHtml);
	if (text === '') return null;
	const m = /^(\[)?\s*(\d{1,2}) ([A-Za-z]{3}) (\d{4})\s*([A-Za-z]*)\s*(\])?$/.exec(text);
	const date = m ? isoFromParts(m[2] ?? '', m[3] ?? '', m[4] ?? '') : null;
	if (!m || !date || Boolean(m[1]) !== Boolean(m[6])) {
		throw new UntcParseError(`${where}: cannot read the date cell "${text}"`);
	}
	return { date, suffix: m[5] ?? '', bracketed: Boolean(m[1]) };
}

function meaning(column: UntcColumn, suffix: string, where: string): string {
	const label = column.legend.get(suffix);
	if (label === undefined) {
		throw new UntcParseError(`${where}: suffix "${suffix}" is not in the column legend "${column.header}"`);
	}
	return label;
}

function parseEndNotes(html: string): Map<number, string> {
	const notes = new Map<number, string>();
	const re = /<div\b[^>]*class="divNotesAll"[^>]*>([\s\S]*?)<\/div>/gi;
	for (const m of html.matchAll(re)) {
		const body = m[1] ?? '';
		const num = /<a\s+name=['"]?(\d+)['"]?\s*>[\s\S]*?<\/a>/i.exec(body);
		if (!num) continue;
		notes.set(Number(num[1]), plainText(body.replace(num[0], '')));
	}
	return notes;
}

function parseParticipant(cellHtml: string): { name: string; footnotes: number[]; bracketed: boolean } {
	// ENMOD closes its footnote <SUP> with </superscript>.
	const sup = /<sup\b[^>]*>([\s\S]*?)<\/(?:sup|superscript)>/i.exec(cellHtml);
	const footnotes = sup ? (plainText(sup[1] ?? '').match(/\d+/g) ?? []).map(Number) : [];
	let name = plainText(sup ? cellHtml.replace(sup[0], '') : cellHtml);
	const bracketed = /^\[.*\]$/.test(name);
	if (bracketed) name = name.slice(1, -1).trim();
	return { name, footnotes, bracketed };
}

export function parseUntcPage(html: string): UntcPage {
	const status = /STATUS AS AT\s*:\s*(\d{2})-(\d{2})-(\d{4})/i.exec(html);
	const table = /<table\b[^>]*id="[^"]*_tblgrid"[^>]*>([\s\S]*?)<\/table>/i.exec(html);
	if (!status || !table) {
		throw new UntcParseError(`not a UNTC status page (${status ? 'no participant table' : 'no "STATUS AS AT" line'})`);
	}
	// UNTC writes day-month-year.
	const statusAsAt = isoFromParts(status[1] ?? '', MONTH_ABBR[Number(status[2]) - 1] ?? '', status[3] ?? '');
	if (!statusAsAt) throw new UntcParseError(`"${status[0]}" is not a valid date`);

	const treatyText = divText(html, 'rptTreaty_ctl00_tcTreaty') ?? '';
	const title = treatyText.replace(/^\d+\.\s*(?:[a-z]\s+)?/, '');
	const mtdsg = /mtdsg_no=([A-Z]+-[0-9A-Za-z-]+)/.exec(html);
	const statusText = divText(html, 'rptStatus_ctl00_tcText') ?? '';
	const count = (label: string) => {
		const m = new RegExp(`${label}\\s*:\\s*(\\d+)`, 'i').exec(statusText);
		return m ? Number(m[1]) : null;
	};

	const tableHtml = table[0];
	const tableStart = table.index;
	const head = /<tr\b[^>]*class="thead-one"[^>]*>([\s\S]*?)<\/tr>/i.exec(tableHtml);
	if (!head) throw new UntcParseError('the participant table has no header row');
	const columns = [...(head[1] ?? '').matchAll(/<td\b[^>]*>([\s\S]*?)<\/td>/gi)].map((c, i) =>
		classifyColumn(plainText(c[1] ?? ''), i)
	);
	const kinds = columns.map((c) => c.kind);
	for (const k of ['signature', 'provisional_application', 'deposit'] as const) {
		if (kinds.filter((x) => x === k).length > 1) throw new UntcParseError(`two ${k} columns in the participant table`);
	}
	if (!kinds.includes('deposit')) throw new UntcParseError('the participant table has no deposit column');

	const endNotes = parseEndNotes(html);
	const lineAt = lineCounter(html);
	const rows: UntcRow[] = [];
	for (const tr of tableHtml.matchAll(/<tr\b[^>]*class="trB(?:White|GGrey)"[^>]*>([\s\S]*?)<\/tr>/gi)) {
		const line = lineAt(tableStart + (tr.index ?? 0));
		const cells = [...(tr[1] ?? '').matchAll(/<td\b[^>]*>([\s\S]*?)<\/td>/gi)].map((c) => c[1] ?? '');
		if (cells.length !== columns.length) {
			throw new UntcParseError(`line ${line}: ${cells.length} cells in a table of ${columns.length} columns`);
		}
		const p = parseParticipant(cells[0] ?? '');
		if (!p.name) throw new UntcParseError(`line ${line}: a row without a participant name`);
		const where = `line ${line} (${p.name})`;
		const row: UntcRow = {
			line,
			participant: p.name,
			footnotes: p.footnotes,
			bracketed: p.bracketed,
			signatureDate: null,
			signatureKind: null,
			provisionalApplicationDate: null,
			depositDate: null,
			action: null,
			withdrawal: null
		};
		columns.forEach((column, i) => {
			if (column.kind === 'participant') return;
			const cell = parseDateCell(cells[i] ?? '', where);
			if (!cell) return;
			row.bracketed ||= cell.bracketed;
			const label = meaning(column, cell.suffix, where);
			if (column.kind === 'signature') {
				row.signatureDate = cell.date;
				row.signatureKind = SIGNATURE_LABELS[label] ?? null;
			} else if (column.kind === 'provisional_application') {
				row.provisionalApplicationDate = cell.date;
			} else {
				row.depositDate = cell.date;
				row.action = DEPOSIT_LABELS[label] ?? null;
			}
		});
		for (const n of row.footnotes) {
			const text = endNotes.get(n);
			if (text === undefined) throw new UntcParseError(`${where}: refers to end note ${n}, which is not on the page`);
			row.withdrawal ??= parseWithdrawal(n, text, statusAsAt);
		}
		if (row.bracketed && (!row.withdrawal?.notified || !row.withdrawal.effective)) {
			throw new UntcParseError(
				`${where}: the row is in square brackets (withdrawn) but no end note of it gives the withdrawal's notification and effective dates`
			);
		}
		rows.push(row);
	}
	if (rows.length === 0) throw new UntcParseError('the participant table has no rows');
	return {
		statusAsAt,
		title,
		mtdsgNo: mtdsg?.[1] ?? null,
		headerCounts: { signatories: count('Signatories'), parties: count('Parties') },
		columns,
		rows,
		endNotes
	};
}

const MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
