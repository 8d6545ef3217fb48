// The sv template's configuration, plus the two rules of docs/architecture.md that a linter can
// hold: no import cycle, and the layers' imports (domain has no I/O, capability modules no Kit).
import { fileURLToPath } from 'node:url';
import { includeIgnoreFile } from '@eslint/compat';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { importX } from 'eslint-plugin-import-x';
import svelte from 'eslint-plugin-svelte';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const gitignorePath = fileURLToPath(new URL('./.gitignore', import.meta.url));

export default defineConfig(
	includeIgnoreFile(gitignorePath),
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node }
		},
		rules: {
			// typescript-eslint strongly recommends that you do not use the no-undef lint rule on TypeScript projects.
			// see: https://typescript-eslint.io/troubleshooting/faqs/eslint/#i-get-errors-from-the-no-undef-rule-about-global-variables-not-being-defined-even-though-there-are-no-types-defined
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }
			],
			// The app is served from the root (no paths.base), so a plain href is already resolved.
			'svelte/no-navigation-without-resolve': 'off',
			// {' · '} keeps the spaces around a separator that Prettier would move onto other lines.
			'svelte/no-useless-mustaches': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		files: ['**/*.{js,ts,svelte}'],
		plugins: { 'import-x': importX },
		settings: {
			'import-x/extensions': ['.js', '.ts', '.svelte'],
			// Dependencies are read with the parser of their own kind, not the importing file's.
			'import-x/parsers': {
				'@typescript-eslint/parser': ['.ts', '.js'],
				'svelte-eslint-parser': ['.svelte']
			},
			'import-x/resolver-next': [
				createTypeScriptImportResolver({ extensions: ['.ts', '.js', '.svelte'] })
			]
		},
		rules: { 'import-x/no-cycle': 'error' }
	},
	{
		// The door's and the notes' stores keep their Maps and Sets as plain indexes, replaced whole
		// and announced through $state fields; a SvelteMap would track every lookup for nothing.
		files: ['src/lib/client/**'],
		rules: { 'svelte/prefer-svelte-reactivity': 'off' }
	},
	{
		// Pure logic: no I/O, no framework, nothing of the server or the browser's stores.
		files: ['src/lib/domain/**'],
		ignores: ['src/lib/domain/**/*.test.ts'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$lib/server/*', '$lib/client/*', '$app/*', '@sveltejs/kit', 'node:*'],
							message: 'src/lib/domain holds pure logic (docs/architecture.md, Layers).'
						},
						{
							group: ['drizzle-orm', 'drizzle-orm/*', 'pg', '@electric-sql/*', 'dexie'],
							message: 'src/lib/domain holds pure logic (docs/architecture.md, Layers).'
						}
					]
				}
			]
		}
	},
	{
		// Capability modules throw the project's errors; only the HTTP edge speaks Kit.
		files: ['src/lib/server/**'],
		ignores: ['src/lib/server/http/**'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['@sveltejs/kit', '$app/*'],
							allowTypeImports: true,
							message:
								'Only src/lib/server/http/ answers requests; throw its errors instead (docs/architecture.md, Layers).'
						}
					]
				}
			]
		}
	}
);
