import { beforeAll, describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { layerOf } from '../../../eslint/layers.js';

// Lints code as if it lived at a path of the tree, with the project's real
// eslint.config.js: what `npm run lint` would say about that import.
const eslint = new ESLint({ cwd: process.cwd() });
async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [res] = await eslint.lintText(code, { filePath });
  return res!.messages.filter((m) => m.ruleId === 'layers/direction').map((m) => m.message);
}

// The first lint loads the config, the plugins and the TypeScript parser
// (seconds on a busy machine): do it once before the timed cases.
beforeAll(async () => {
  await eslint.lintText('export {};\n', { filePath: 'utils/model/warm-up.ts' });
}, 120_000);

describe('lint: imports go down the layers only', () => {
  it.each([
    ['utils/model/x.ts', "import { getDb } from '../db/connection';", 'db'],
    ['utils/model/x.ts', "import { RULES } from '@/utils/domain/findings/rules';", 'domain'],
    ['utils/domain/x/y.ts', "import { getDb } from '../../db/connection';", 'db'],
    ['utils/domain/x/y.ts', "import { rpc } from '@/utils/rpc/client';", 'rpc'],
    ['utils/domain/x/y.ts', "import { loadUserLocale } from '../../background/user-locale';", 'background'],
    ['utils/domain/x/y.ts', "import { pageLocale } from '../../i18n/page-locale';", 'i18n'],
    ['utils/db/repos/x.ts', "import { route } from '../../rpc/router';", 'rpc'],
    ['utils/rpc/handlers/x.ts', "import { registerCapture } from '../../background/capture';", 'background'],
    ['utils/background/x.ts', "import { Foo } from '@/components/Foo';", 'components'],
    ['components/Foo.tsx', "import type { Draft } from '@/entrypoints/popup/quick-log/draft';", 'entrypoints'],
    ['utils/data/x.ts', "export { RULES } from '../domain/findings/rules';", 'domain'],
    ['utils/domain/x.ts', "const m = () => import('../db/connection');", 'db'],
  ])('%s: %s fails', async (file, code, to) => {
    const errors = await layerErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`layer '${to}'`);
  });

  it.each([
    ['utils/domain/x/y.ts', "import type { Contact } from '../../model/records';"],
    ['utils/domain/x/y.ts', "import { translate } from '../../i18n/translate';"],
    ['utils/domain/x/y.ts', "import type { ChannelDetect } from '@/utils/sites/types';"],
    ['utils/db/repos/x.ts', "import { findAll } from '../../domain/findings/find-all';"],
    ['utils/rpc/handlers/x.ts', "import { addContact } from '../../db/repos/contacts';"],
    ['utils/background/x.ts', "import { handlers } from '../rpc/handlers';"],
    ['components/Foo.tsx', "import { rpc } from '@/utils/rpc/client';"],
    ['entrypoints/popup/x.ts', "import { Foo } from '@/components/Foo';"],
    ['utils/model/x.ts', "import * as v from 'valibot';"],
  ])('%s: %s passes', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });

  it('pages and components read through queries: no getDb(), no index names', async () => {
    const [a] = await eslint.lintText("import { getDb } from '@/utils/db/connection';\nexport const n = () => getDb().contacts.count();", {
      filePath: 'entrypoints/dashboard/sections/X.tsx',
    });
    expect(a!.messages.map((m) => m.ruleId)).toContain('no-restricted-imports');
    const [b] = await eslint.lintText(
      "export const q = (db: { evidence: { where(i: string): unknown } }) => db.evidence.where('[ownerType+ownerId]');",
      { filePath: 'components/X.ts' },
    );
    expect(b!.messages.map((m) => m.ruleId)).toContain('no-restricted-syntax');
    const [c] = await eslint.lintText("export const q = () => eval('1');", { filePath: 'components/Y.ts' });
    expect(c!.messages.map((m) => m.message)).toContain('No eval.');
  });

  it('places the tree’s folders in their layers', () => {
    expect(layerOf('utils/i18n/locales.ts')).toBe('core');
    expect(layerOf('utils/i18n/page-locale.ts')).toBe('i18n');
    expect(layerOf('utils/db/queries/report.ts')).toBe('db');
    expect(layerOf('tests/unit/x.test.ts')).toBeUndefined();
  });
});
