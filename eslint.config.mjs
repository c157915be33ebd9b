// typescript-eslint (strict, type-checked) + eslint-plugin-lit + eslint-plugin-wc.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'storybook-static/',
      'custom-elements.json',
      'src/**/locales/*.ts',
      'src/core/locale-codes.ts',
      'bench/results/',
      // The framework apps: type-checked strictly by tsc, vue-tsc and svelte-check (scripts/integration.mjs).
      'test/integration/{react,vue,svelte,ssr,common}/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // chai's `expect(x).to.equal(y)` is typed as a Promise by @open-wc/semantic-dom-diff.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', name: ['Equal', 'equal'], package: '@types/chai' }] },
      ],
      // A parameter a signature needs but the body does not read (a Lit directive's `render`) starts with `_`.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'lit/no-template-bind': 'error',
      'lit/attribute-value-entities': 'error',
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    rules: {
      // Tests and stories reach into shadow roots they just rendered.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        // Browser globals: fixture scripts, and page functions evaluated by the test plugin.
        window: 'readonly',
        document: 'readonly',
        location: 'readonly',
        history: 'readonly',
        customElements: 'readonly',
        getComputedStyle: 'readonly',
      },
    },
  }
);
