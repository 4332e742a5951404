import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * The layers of src/lib (docs/ARCHITECTURE.md): each folder may import only the folders listed for
 * it, so a wrong import fails `npm run lint`. i18n's pure modules (catalogs, formats, labels) sit
 * low; the page's language (i18n/current.ts) only the view layers read. Files at the root of src/lib (csv, text-decode,
 * next-turn, browser-store) import nothing of the project's and may be used by any layer.
 */
const LAYERS = {
	domain: [],
	i18n: ['domain'],
	schema: ['domain'],
	'view-state': ['domain', 'schema'],
	db: ['domain', 'schema', 'i18n'],
	queries: ['domain', 'schema', 'db'],
	reference: ['domain', 'schema', 'i18n', 'db', 'queries'],
	controllers: ['domain', 'schema', 'db', 'queries', 'reference', 'view-state', 'i18n'],
	imports: ['domain', 'schema', 'db', 'queries', 'reference', 'i18n'],
	export: ['domain', 'i18n'],
	navigation: ['domain', 'schema', 'db', 'controllers', 'view-state', 'i18n', 'export', 'imports'],
	components: ['domain', 'schema', 'db', 'reference', 'controllers', 'view-state', 'i18n', 'export', 'imports'],
	charts: ['domain', 'schema', 'db', 'controllers', 'view-state', 'i18n', 'export', 'components'],
	server: ['domain', 'schema', 'db', 'queries', 'reference', 'controllers', 'i18n']
};
const ZOD = {
	name: 'zod',
	message: "import { z } from '$lib/schema/z' (JIT off for the CSP)",
	allowTypeImports: true
};
function layerRules() {
	const folders = Object.keys(LAYERS);
	const blocks = Object.entries(LAYERS).map(([folder, allowed]) => {
		const refused = folders.filter((f) => f !== folder && !allowed.includes(f));
		return {
			files: [`src/lib/${folder}/**/*.ts`, `src/lib/${folder}/**/*.svelte`],
			ignores: folder === 'schema' ? ['src/lib/schema/z.ts'] : [],
			rules: {
				'no-restricted-imports': [
					'error',
					{
						paths: [ZOD],
						patterns: [
							{
								regex: `^(\\$lib/|(\\.\\./)+)(${refused.join('|')})(/|$)`,
								message: `src/lib/${folder} may import only ${allowed.join(', ') || 'nothing of the project'} (docs/ARCHITECTURE.md)`
							},
							...(['charts', 'components', 'navigation', 'i18n'].includes(folder)
								? []
								: [
										{
											regex: '(^|/)i18n/current$',
											message:
												"the page's language (i18n/current) is read by charts, components, navigation and routes; lower layers return codes or take a translator (docs/ARCHITECTURE.md)"
										}
									]),
							...(folder === 'server'
								? []
								: [
										{
											regex: '^node:',
											message: 'Node-only code lives in src/lib/server or scripts/lib (docs/ARCHITECTURE.md)'
										}
									])
						]
					}
				]
			}
		};
	});
	return [
		{
			files: ['src/**/*.ts', 'src/**/*.svelte'],
			ignores: ['src/lib/schema/z.ts'],
			rules: { 'no-restricted-imports': ['error', { paths: [ZOD] }] }
		},
		...blocks
	];
}

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript already reports undefined names, with types.
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		},
		rules: {
			// Site paths go through localPath() (src/lib/i18n/current.ts), which adds the base path and
			// the page's language; the rule only recognises resolve() itself.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	// zod's JIT trips the CSP (see src/lib/schema/z.ts): schemas take z from there. Listed in every
	// block below, since a later block's no-restricted-imports replaces an earlier one's.
	...layerRules(),
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'static/data/', '.tmp/'] }
);
