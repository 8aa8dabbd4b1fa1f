// The layers of the code, bottom up, and what each may import (docs/ARCHITECTURE.md).
// A small local rule rather than a plugin: it needs no import resolver (it
// understands our `@/` alias and relative paths itself) and the whole policy
// fits on one screen. tests/unit/lint/layers.test.ts proves an upward import fails.
import path from 'node:path';

/** File → layer: the first matching prefix wins (paths relative to the repository root). */
export const LAYERS = [
  ['model', ['utils/model/']],
  // Pure reference data and the language core: no browser API, no database.
  [
    'core',
    [
      'utils/i18n/locales.ts',
      'utils/i18n/translate.ts',
      'utils/i18n/messages.ts',
      'utils/i18n/catalog/',
      'utils/i18n/format.ts',
      'utils/i18n/define.ts',
      'utils/i18n/script-check.ts',
      'utils/i18n/lender-name.ts',
      'utils/data/',
      'utils/sites/',
    ],
  ],
  ['domain', ['utils/domain/']],
  ['db', ['utils/db/']],
  ['i18n', ['utils/i18n/']],
  ['backup', ['utils/backup/']],
  ['rpc', ['utils/rpc/']],
  ['background', ['utils/background/']],
  ['components', ['components/']],
  ['entrypoints', ['entrypoints/']],
];

/** What each layer may import (besides packages). */
export const ALLOWED = {
  model: ['model'],
  core: ['model', 'core'],
  domain: ['model', 'core', 'domain'],
  db: ['model', 'core', 'domain', 'db'],
  i18n: ['model', 'core', 'domain', 'i18n'],
  backup: ['model', 'core', 'domain', 'db', 'backup'],
  rpc: ['model', 'core', 'domain', 'db', 'rpc'],
  background: ['model', 'core', 'domain', 'db', 'i18n', 'rpc', 'background'],
  components: ['model', 'core', 'domain', 'db', 'i18n', 'backup', 'rpc', 'components'],
  entrypoints: ['model', 'core', 'domain', 'db', 'i18n', 'backup', 'rpc', 'background', 'components', 'entrypoints'],
};

export function layerOf(rel) {
  const p = rel.split(path.sep).join('/');
  for (const [name, prefixes] of LAYERS) if (prefixes.some((x) => p === x || p.startsWith(x))) return name;
  return undefined;
}

/** The repository-relative path an import names, or undefined for a package. */
function target(source, file, root) {
  if (source.startsWith('@/')) return source.slice(2);
  if (source.startsWith('~/')) return source.slice(2);
  if (!source.startsWith('.')) return undefined;
  return path.relative(root, path.resolve(path.dirname(file), source));
}

/** Imports of a file that are directory modules or lack an extension still map to their layer by prefix. */
function withExt(rel) {
  return /\.[cm]?[jt]sx?$/.test(rel) ? rel : `${rel}.ts`;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports go down the layers only (docs/ARCHITECTURE.md).' },
    schema: [],
    messages: { upward: "Layer '{{from}}' may not import from layer '{{to}}' ({{source}}). Allowed: {{allowed}}." },
  },
  create(context) {
    const root = context.cwd;
    const file = context.filename;
    const from = layerOf(path.relative(root, file));
    if (!from) return {};
    function check(node) {
      const source = node.source && node.source.value;
      if (typeof source !== 'string') return;
      const rel = target(source, file, root);
      if (rel === undefined) return;
      const to = layerOf(withExt(rel)) ?? layerOf(`${rel}/`);
      if (!to || ALLOWED[from].includes(to)) return;
      context.report({ node: node.source, messageId: 'upward', data: { from, to, source, allowed: ALLOWED[from].join(', ') } });
    }
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default { rules: { direction: rule } };
