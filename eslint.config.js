import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import layers from './eslint/layers.js';

// Security model: never build DOM from strings. Every block that sets
// no-restricted-properties spreads this list, because a later flat-config
// block replaces a rule's options instead of merging them.
const NO_HTML_STRINGS = [
  { property: 'innerHTML', message: 'Build DOM with createElement/Preact; never innerHTML.' },
  { property: 'outerHTML', message: 'Never outerHTML.' },
  { property: 'insertAdjacentHTML', message: 'Never insertAdjacentHTML.' },
];
const NO_POLYFILL = { name: 'webextension-polyfill', message: "Import { browser } from 'wxt/browser'." };
const NO_EVAL = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never dangerouslySetInnerHTML.' },
  { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
];
// Message keys are checked by the compiler: a key built from an enum needs no
// cast, a key that arrived as data goes through isMessageKey (utils/i18n/messages.ts).
const NO_KEY_CAST = {
  selector: "TSAsExpression > TSTypeReference.typeAnnotation[typeName.name='MessageKey']",
  message: 'No `as MessageKey`: build the key from a typed union, or check it with isMessageKey.',
};

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'test-results/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Security model: never build DOM from strings, never load the polyfill directly.
      'no-restricted-properties': ['error', ...NO_HTML_STRINGS],
      'no-restricted-imports': ['error', { paths: [NO_POLYFILL] }],
      'no-restricted-syntax': ['error', ...NO_EVAL, NO_KEY_CAST],
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
        ...NO_HTML_STRINGS,
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
          paths: [{ name: 'dexie', message: 'Content scripts never open IndexedDB; ask the background over RPC.' }, NO_POLYFILL],
          patterns: [
            { group: ['**/utils/db/**', '@/utils/db/*', '@/utils/db/**'], message: 'Content scripts never touch the database layer.' },
          ],
        },
      ],
    },
  },
  {
    // Imports go down the layers only (eslint/layers.js, docs/ARCHITECTURE.md).
    files: ['utils/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    plugins: { layers },
    rules: { 'layers/direction': 'error' },
  },
  {
    // Reads live in utils/db/queries/<feature>.ts: pages and components call
    // those, never getDb(), and never name an index.
    files: ['entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    ignores: ['entrypoints/*.content/**', 'entrypoints/*.content.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            NO_POLYFILL,
            { name: '@/utils/db/connection', message: 'Read through utils/db/queries/<feature>.ts; write through the RPC.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        ...NO_EVAL,
        NO_KEY_CAST,
        {
          selector: 'CallExpression[callee.property.name=/^(where|orderBy)$/]',
          message: 'Queries belong in utils/db/queries/<feature>.ts.',
        },
      ],
    },
  },
  {
    // Deliberate exceptions: the connection's life in a page (open early,
    // close on another context's upgrade) and the backup file, which is read
    // and restored in the page in one transaction, like evidence files (Blobs cannot cross runtime
    // messaging, docs/ARCHITECTURE.md).
    files: [
      'components/StorageStatus.tsx',
      'components/evidence/write-direct.ts',
      'entrypoints/dashboard/main.tsx',
      'entrypoints/dashboard/sections/backup/ExportPanel.tsx',
      'entrypoints/dashboard/sections/backup/ImportPanel.tsx',
    ],
    rules: { 'no-restricted-imports': ['error', { paths: [NO_POLYFILL] }] },
  },
  {
    // Hooks run in the same order on every render, and effects name what they read.
    // A deliberate exception is an eslint-disable-next-line comment that says why.
    files: ['components/**/*.tsx', 'entrypoints/**/*.tsx', 'components/**/*.ts', 'entrypoints/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' },
    },
  },
);
