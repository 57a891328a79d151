import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const reactImports = ['react', 'react-dom', 'react-dom/*', 'wouter', '@mdx-js/react'].map((name) => ({
  name,
  message:
    'src/ml is framework-agnostic: it runs in Node under Vitest and in workers. Emit events; let src/widgets render them.',
}));

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', 'node_modules/', 'public/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/ml/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: reactImports.filter((r) => !r.name.includes('*')),
          patterns: [
            { group: ['react-dom/*', '**/widgets/**', '**/app/**', '**/mdx/**'], message: reactImports[0].message },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'document', message: 'src/ml must not touch the DOM: it runs in Node and in workers.' },
        { name: 'window', message: 'src/ml must not touch the DOM: use globalThis where a global is really needed.' },
      ],
    },
  },
  {
    files: ['src/ml/**/*.tsx'],
    rules: { 'no-restricted-syntax': ['error', { selector: 'Program', message: 'src/ml holds no React components.' }] },
  },
);
