/**
 * The order in which `vitest run` starts the test files: longest first. Files run two at a time
 * (vite.config.ts), and a long file started last would run alone at the end while the other worker
 * waits: on a fresh clone vitest knows no durations and starts the largest files first, which put
 * the 170 s walk through docs/UPDATING.md (a small file) at the very end.
 *
 * Durations come from vitest's own cache of the previous run on this machine when it has one, else
 * from ESTIMATED_S (seconds, measured in CI; a file missing there counts as quick). Only the order
 * changes: every file still runs. It lives in scripts/, not tests/, because vite.config.ts imports it
 * and the build must load that config in a copy without the tests (tests/integration/updating.test.ts).
 */
import path from 'node:path';
import type { TestSequencer, TestSpecification, Vitest } from 'vitest/node';

/** Seconds per file in the last full CI run (only files over about 10 s; rounded). */
export const ESTIMATED_S: Record<string, number> = {
	'tests/integration/updating.test.ts': 167,
	'tests/e2e/chart-labels.test.ts': 154,
	'tests/e2e/languages.test.ts': 114,
	'tests/e2e/deploy-subpath.test.ts': 109,
	'tests/e2e/view-state-links.test.ts': 80,
	'tests/e2e/transparency.test.ts': 60,
	'tests/e2e/slide-tray.test.ts': 52,
	'tests/integration/faults.test.ts': 50,
	'tests/integration/unga.test.ts': 46,
	'tests/integration/faults-big.test.ts': 32,
	'tests/e2e/exports.test.ts': 31,
	'tests/e2e/table-downloads.test.ts': 28,
	'tests/e2e/security.test.ts': 27,
	'tests/integration/shared-fallback.test.ts': 24,
	'tests/e2e/print.test.ts': 24,
	'tests/e2e/implementation.test.ts': 22,
	'tests/integration/ingest-metric.test.ts': 21,
	'tests/integration/ingest-guards.test.ts': 20,
	'tests/integration/implementation.test.ts': 19,
	'tests/e2e/year-player.test.ts': 19,
	'tests/e2e/tables-phone.test.ts': 19,
	'tests/e2e/faults.test.ts': 19,
	'tests/e2e/profiles.test.ts': 17,
	'tests/integration/compare.test.ts': 16,
	'tests/integration/trustfund.test.ts': 15,
	'tests/e2e/trustfund.test.ts': 15,
	'tests/integration/deck-cli.test.ts': 14,
	'tests/e2e/import-limits.test.ts': 13,
	'tests/integration/article7-every-day.test.ts': 13,
	'tests/e2e/universalization.test.ts': 13,
	'tests/integration/article7-additions.test.ts': 13,
	'tests/e2e/phone-layout.test.ts': 12,
	'tests/e2e/phone-rtl.test.ts': 11,
	'tests/e2e/overview.test.ts': 11,
	'tests/integration/article7.test.ts': 10
};

export default class LongestFirst implements TestSequencer {
	constructor(private readonly ctx: Vitest) {}

	private seconds(spec: TestSpecification): number {
		const rel = path.relative(this.ctx.config.root, spec.moduleId).split(path.sep).join('/');
		const cached = this.ctx.cache.getFileTestResults(`${spec.project.name}:${rel}`);
		return cached ? cached.duration / 1000 : (ESTIMATED_S[rel] ?? 0);
	}

	sort(files: TestSpecification[]): TestSpecification[] {
		return [...files].sort((a, b) => this.seconds(b) - this.seconds(a) || a.moduleId.localeCompare(b.moduleId));
	}

	/** `--shard i/n`: every n-th file of the path-sorted list, so each shard gets a share of the long ones. */
	shard(files: TestSpecification[]): TestSpecification[] {
		const { index, count } = this.ctx.config.shard!;
		return [...files].sort((a, b) => a.moduleId.localeCompare(b.moduleId)).filter((_, i) => i % count === index - 1);
	}
}
