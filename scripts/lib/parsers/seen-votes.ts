/**
 * Finds a State voting twice in one vote, with one byte per State per vote (the vote it cast), so
 * a million-row file is checked without keeping a million keys (importer and ingest both use it).
 * The byte also lets the importer compare a provisional vote with the official one.
 */
const CODES = ['', 'Y', 'N', 'A', 'X'] as const;

export class SeenVotes {
	private readonly index: Map<string, number>;
	private readonly votes = new Map<string, Uint8Array>();

	constructor(private readonly iso3s: readonly string[]) {
		this.index = new Map(iso3s.map((c, i) => [c, i]));
	}

	private slot(iso3: string): number {
		const i = this.index.get(iso3);
		if (i === undefined) throw new Error(`SeenVotes: unknown State ${iso3}`);
		return i;
	}

	/** False when this State already voted in this vote; otherwise records its vote (Y, N, A, X). */
	add(vote: string, iso3: string, code = 'X'): boolean {
		let cast = this.votes.get(vote);
		if (!cast) this.votes.set(vote, (cast = new Uint8Array(this.iso3s.length)));
		const i = this.slot(iso3);
		if (cast[i]) return false;
		cast[i] = Math.max(1, CODES.indexOf(code as (typeof CODES)[number]));
		return true;
	}

	/** The vote recorded for this State in this vote, or null. */
	voteOf(vote: string, iso3: string): string | null {
		const c = this.votes.get(vote)?.[this.slot(iso3)] ?? 0;
		return c ? CODES[c]! : null;
	}

	get size() {
		return this.votes.size;
	}
}
