import { availableParallelism } from 'node:os';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { recordClientPackages } from './scripts/lib/client-packages';
import LongestFirst from './scripts/lib/test-sequencer';

export default defineConfig({
	plugins: [sveltekit(), recordClientPackages()],
	build: { chunkSizeWarningLimit: 2000 },
	// The import worker loads the XLSX reader on demand: code-splitting needs module workers.
	worker: { format: 'es', plugins: () => [recordClientPackages({ worker: true })] },
	test: {
		include: ['tests/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 240_000,
		// Two files at a time: a browser file keeps about half a core busy (Chromium mostly waits on
		// the page), a command file about one, so two side by side fill two cores without starving
		// either. Browser tests need the built site (npm test builds it first: scripts/test.ts).
		maxWorkers: Math.min(4, Math.max(2, availableParallelism() - 1)),
		// Longest first, so that no long file is left running alone at the end.
		sequence: { sequencer: LongestFirst }
	}
});
