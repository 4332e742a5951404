import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

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
	{
		// zod's JIT trips the CSP (see src/lib/schema/z.ts): schemas take z from there.
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/lib/schema/z.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{ name: 'zod', message: "import { z } from '$lib/schema/z' (JIT off for the CSP)", allowTypeImports: true }
					]
				}
			]
		}
	},
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'static/data/', '.tmp/'] }
);
