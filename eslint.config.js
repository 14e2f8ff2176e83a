import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'cdk.out/', '.data/', 'coverage/', 'reports/', '.stryker-tmp/', 'stryker.config.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Operations implement an async interface even when they have nothing to await.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-floating-promises': 'error',
      // Arrows from the HTTP stack and middy return promises where void is expected by design.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/infra/**', '../infra/*'], message: 'shared/ and functions/ never import infra/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@aws-sdk/*', '@aws-lambda-powertools/*', 'node:*', '**/http/*', '**/data/*', '**/events/*'], message: 'shared/domain is pure: no AWS, no I/O, no clock, no HTTP.' },
            // A leading # starts a comment in gitignore-style groups: subpath imports need a regex.
            { regex: '^#(data|events|http|powertools|clock|access)(/|$)', message: 'shared/domain is pure: no AWS, no I/O, no clock, no HTTP.' },
          ],
        },
      ],
    },
  },
  {
    // One-way house: the HTTP edge (shared/http) uses the data layer, the events and the
    // contract; none of them knows HTTP exists.
    files: ['shared/data/**/*.ts', 'shared/events/**/*.ts', 'shared/contract/**/*.ts', 'shared/access/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/infra/**', '../infra/*'], message: 'shared/ and functions/ never import infra/.' },
            { group: ['**/http/*'], message: 'Data, events, contract and access know no HTTP: the edge (shared/http) imports them, never the reverse.' },
            { regex: '^#http(/|$)', message: 'Data, events, contract and access know no HTTP: the edge (shared/http) imports them, never the reverse.' },
          ],
        },
      ],
    },
  },
  {
    files: ['functions/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/infra/**', '../infra/*'], message: 'functions never import infra/.' },
            { group: ['../*/*', '../../functions/*'], message: 'No function imports another function; share code through shared/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['infra/**/*.ts', 'tests/**/*.ts', '*.config.*'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // vitest's asymmetric matchers (expect.objectContaining…) are typed any by design.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    files: ['eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
