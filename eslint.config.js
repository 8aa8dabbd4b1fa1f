import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'test-results/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Security model: never build DOM from strings, never load the polyfill directly.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build DOM with createElement/Preact; never innerHTML.' },
        { property: 'outerHTML', message: 'Never outerHTML.' },
        { property: 'insertAdjacentHTML', message: 'Never insertAdjacentHTML.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'webextension-polyfill', message: "Import { browser } from 'wxt/browser'." }],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never dangerouslySetInnerHTML.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
      ],
    },
  },
  {
    // The extension makes no network requests (docs/PRIVACY.md): none of these in shipped code.
    files: ['entrypoints/**/*.{ts,tsx}', 'utils/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'WebTransport'].map((name) => ({
          name,
          message: 'No network requests from the extension.',
        })),
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build DOM with createElement/Preact; never innerHTML.' },
        { property: 'outerHTML', message: 'Never outerHTML.' },
        { property: 'insertAdjacentHTML', message: 'Never insertAdjacentHTML.' },
        { property: 'sendBeacon', message: 'No network requests from the extension.' },
        { object: 'window', property: 'fetch', message: 'No network requests from the extension.' },
        { object: 'globalThis', property: 'fetch', message: 'No network requests from the extension.' },
      ],
    },
  },
  {
    // Content scripts run in the web page's origin: IndexedDB there is the site's.
    files: ['entrypoints/*.content/**', 'entrypoints/*.content.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'dexie', message: 'Content scripts never open IndexedDB; ask the background over RPC.' },
            { name: 'webextension-polyfill', message: "Import { browser } from 'wxt/browser'." },
          ],
          patterns: [{ group: ['**/utils/db/**', '@/utils/db/*', '@/utils/db/**'], message: 'Content scripts never touch the database layer.' }],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
  },
);
