/**
 * Finds a State voting twice in one vote, with one bit per State per vote, so a million-row
 * file is checked without keeping a million keys (importer and ingest both use it).
 */
export class SeenVotes {
	private readonly bit: Map<string, number>;
	private readonly words: number;
	private readonly votes = new Map<string, Uint32Array>();

	constructor(iso3s: readonly string[]) {
		this.bit = new Map(iso3s.map((c, i) => [c, i]));
		this.words = Math.ceil(iso3s.length / 32);
	}

	/** False when this State already voted in this vote. */
	add(vote: string, iso3: string): boolean {
		let voted = this.votes.get(vote);
		if (!voted) this.votes.set(vote, (voted = new Uint32Array(this.words)));
		const b = this.bit.get(iso3);
		if (b === undefined) throw new Error(`SeenVotes: unknown State ${iso3}`);
		const mask = 1 << (b & 31);
		if (voted[b >> 5]! & mask) return false;
		voted[b >> 5]! |= mask;
		return true;
	}

	get size() {
		return this.votes.size;
	}
}
