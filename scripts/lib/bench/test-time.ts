/**
 * test_s for `npm run bench`: how long the last `npm test` spent in vitest, read from what
 * scripts/test.ts recorded (it runs for many minutes, so bench reports it rather than running it).
 */
import fs from 'node:fs';

/** Written by scripts/test.ts after each run (ignored by git, like the rest of .tmp/). */
export const TEST_TIMES_FILE = '.tmp/test-times.json';

export interface TestTimes {
	started_at: string;
	/** Extra arguments given to vitest: none for the whole suite. */
	args: string[];
	cores: number;
	load_avg_start: number;
	/** Each step in order, up to the first that failed. */
	steps: { name: string; seconds: number; ok: boolean }[];
	/** Every step passed. */
	ok: boolean;
	total_s: number;
	/** Seconds of the vitest step (null when an earlier step failed). */
	vitest_s: number | null;
}

export type TestTime =
	| {
			test_s: number;
			ok: boolean;
			started_at: string;
			cores: number;
			load_avg_start: number;
			total_s: number;
			steps: Record<string, number>;
	  }
	| { test_s: null; reason: string };

/** The vitest seconds of the last whole-suite `npm test`, with its steps; null and why when there is none. */
export function testTime(file = TEST_TIMES_FILE): TestTime {
	if (!fs.existsSync(file)) return { test_s: null, reason: `no ${file}: run \`npm test\` first` };
	let t: TestTimes;
	try {
		t = JSON.parse(fs.readFileSync(file, 'utf8')) as TestTimes;
	} catch {
		return { test_s: null, reason: `${file} is not JSON` };
	}
	if (t.args?.length) return { test_s: null, reason: `the last npm test ran a part only (${t.args.join(' ')})` };
	if (t.vitest_s == null) return { test_s: null, reason: 'the last npm test stopped before vitest ran' };
	return {
		test_s: t.vitest_s,
		ok: t.ok,
		started_at: t.started_at,
		cores: t.cores,
		load_avg_start: t.load_avg_start,
		total_s: t.total_s,
		steps: Object.fromEntries(t.steps.map((s) => [s.name, s.seconds]))
	};
}
