import { beforeAll, describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { isMessageKey } from '@/utils/i18n/translate';

// `as MessageKey` would let a key the catalog lacks through the compiler. The
// lint bans it in every block that sets no-restricted-syntax (utils and
// components and pages alike): keys are built from typed unions, or checked.
const eslint = new ESLint({ cwd: process.cwd() });
async function castErrors(filePath: string, code: string): Promise<string[]> {
  const [res] = await eslint.lintText(code, { filePath });
  return res!.messages.filter((m) => m.message.includes('as MessageKey')).map((m) => m.message);
}

const CAST = "import type { MessageKey } from '@/utils/i18n/messages';\nexport const k = (s: string) => s as MessageKey;\n";

// The first lint loads the config, the plugins and the TypeScript parser
// (seconds on a busy machine): do it once before the timed cases.
beforeAll(async () => {
  await eslint.lintText('export {};\n', { filePath: 'utils/model/warm-up.ts' });
}, 120_000);

describe('lint: no `as MessageKey`', () => {
  it.each(['utils/domain/x.ts', 'components/Foo.tsx', 'entrypoints/dashboard/sections/Foo.tsx', 'entrypoints/panel-frame/Foo.tsx'])(
    '%s fails',
    async (file) => {
      expect(await castErrors(file, CAST)).toHaveLength(1);
    },
  );

  it('lets a checked key through', async () => {
    const checked =
      "import { isMessageKey } from '@/utils/i18n/translate';\nexport const k = (s: string) => (isMessageKey(s) ? s : undefined);\n";
    expect(await castErrors('components/Foo.tsx', checked)).toEqual([]);
  });
});

describe('isMessageKey', () => {
  it('accepts a catalog key and refuses anything else', () => {
    expect(isMessageKey('error.internal')).toBe(true);
    expect(isMessageKey('error.noSuchMessage')).toBe(false);
    expect(isMessageKey('toString')).toBe(false);
  });
});
