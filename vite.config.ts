import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { recordClientPackages } from './scripts/lib/client-packages';

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
		// Browser tests need the built site (npm test builds it first: scripts/test.ts) and share
		// two cores with Chromium: one file at a time keeps timings and memory sane.
		fileParallelism: false
	}
});
