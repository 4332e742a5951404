/**
 * The tray of charts waiting to become a deck, shared by every chart's "Add to slides" and the
 * tray in the page header. The list shown is reactive; the images stay in IndexedDB.
 */
import { slideStore, type StoredSlide } from './slide-store';
import { slideFormat, type SlideFormat } from './pptx';

export type SlideSummary = Omit<StoredSlide, 'png'>;

class SlideTray {
	items = $state<SlideSummary[]>([]);
	#loading: Promise<void> | null = null;

	/** Reads the stored tray once; every caller waits for that same read (an "Add to slides" right
	 * after the page opened used to append before it, and the read then replaced the list). */
	load(): Promise<void> {
		this.#loading ??= slideStore.all().then(
			(stored) => {
				this.items = stored.map(summary);
			},
			() => {
				// Private windows may refuse IndexedDB; the tray then lives for this page only.
				this.items = [];
			}
		);
		return this.#loading;
	}

	async add(slide: Omit<StoredSlide, 'id' | 'addedAt'>): Promise<void> {
		await this.load();
		const stored: StoredSlide = { ...slide, id: crypto.randomUUID(), addedAt: Date.now() };
		this.#memory.set(stored.id, stored);
		try {
			await slideStore.put(stored);
		} catch {
			/* kept in memory only */
		}
		this.items = [...this.items, summary(stored)];
	}

	async remove(id: string): Promise<void> {
		this.#memory.delete(id);
		this.items = this.items.filter((s) => s.id !== id);
		await slideStore.remove(id).catch(() => undefined);
	}

	/** Moves still to be written, one after another, so each starts from the order the last one left. */
	#moves: Promise<void> = Promise.resolve();

	/**
	 * Moves a slide one place up (-1) or down (+1); kept in this browser like the tray. The tray shows
	 * the new order once it is stored, so a page reloaded right after shows it too.
	 */
	move(id: string, by: -1 | 1): Promise<void> {
		const done = this.#moves.then(() => this.#move(id, by));
		this.#moves = done.catch(() => undefined);
		return done;
	}

	async #move(id: string, by: -1 | 1): Promise<void> {
		const i = this.items.findIndex((s) => s.id === id);
		const j = i + by;
		if (i < 0 || j < 0 || j >= this.items.length) return;
		const a = this.items[i]!;
		const b = this.items[j]!;
		// The two slides trade places by trading their order keys, so only they are written again.
		await Promise.all([this.#update(b.id, { addedAt: a.addedAt }), this.#update(a.id, { addedAt: b.addedAt })]);
		// Found again by id: a slide removed meanwhile must not come back.
		this.items = this.items.map((s) =>
			s.id === a.id ? { ...b, addedAt: a.addedAt } : s.id === b.id ? { ...a, addedAt: b.addedAt } : s
		);
	}

	/** Picture or editable chart for one slide. */
	async setFormat(id: string, format: SlideFormat): Promise<void> {
		this.items = this.items.map((s) => (s.id === id ? { ...s, format } : s));
		await this.#update(id, { format });
	}

	/**
	 * Picture or editable chart for every slide that has the choice (a chart with a native form);
	 * kept in this browser as each slide's own choice is. Written after the moves still pending, as
	 * a move and a format written at once to the same slide would each put back the other's old value.
	 * The tray shows the choice once every slide has it stored (as moves do): shown earlier, a page
	 * reloaded at once could bring back some slides' old format.
	 */
	setAllFormats(format: SlideFormat): Promise<void> {
		const changed = this.items.filter((s) => s.chart && slideFormat(s) !== format).map((s) => s.id);
		const done = this.#moves.then(async () => {
			for (const id of changed) await this.#update(id, { format });
			this.items = this.items.map((s) => (changed.includes(s.id) ? { ...s, format } : s));
		});
		this.#moves = done.catch(() => undefined);
		return done;
	}

	async #update(id: string, change: Partial<StoredSlide>): Promise<void> {
		const kept = this.#memory.get(id);
		if (kept) this.#memory.set(id, { ...kept, ...change });
		try {
			const stored = await slideStore.get(id);
			if (stored) await slideStore.put({ ...stored, ...change });
		} catch {
			/* kept in memory only */
		}
	}

	/** Removes the slides drawn from any of these imported files; answers how many went. */
	async removeDrawnFrom(files: readonly string[]): Promise<number> {
		await this.load();
		const drawn = this.items.filter((s) => s.importedFiles?.some((f) => files.includes(f)));
		for (const s of drawn) await this.remove(s.id);
		return drawn.length;
	}

	async clear(): Promise<void> {
		this.#memory.clear();
		this.items = [];
		await slideStore.clear().catch(() => undefined);
	}

	/** The slides with their images, in the tray's order, with the format chosen in it. */
	async slides(): Promise<StoredSlide[]> {
		const stored = await slideStore.all().catch(() => [] as StoredSlide[]);
		const slides: StoredSlide[] = [];
		for (const i of this.items) {
			const s = stored.find((s) => s.id === i.id) ?? this.#memory.get(i.id);
			if (s) slides.push(i.format ? { ...s, format: i.format } : s);
		}
		return slides;
	}

	// Images kept when IndexedDB refuses them; not shown, so not reactive.
	#memory = new Map<string, StoredSlide>();
}

function summary({ png: _png, ...rest }: StoredSlide): SlideSummary {
	return rest;
}

export const slideTray = new SlideTray();
