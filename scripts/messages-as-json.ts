import { createJiti } from 'jiti';
import type { Plugin } from 'vite';
import { LOCALES } from '../utils/i18n/locales';

// Every extension page loads the messages before its first render: ~1,200
// strings in each of three languages, ~285 KB of the page's code. In the
// sources they are object literals, merged per language when the module
// loads. A page shows one language; only a draft in another language needs a
// second. In builds, utils/i18n/messages.ts is therefore replaced by each
// language's merged messages as one JSON string, parsed the first time that
// language is asked for. Measured in the dashboard (docs/PERFORMANCE.md): the
// chunk that held them cost 25 ms to load as literals and 22.7 ms as JSON, and
// parsing one language takes 0.6 ms; most of the rest is their size. The
// sources stay as they are (three languages side by side, typed); tests and
// the dev server use them. The replaced module exports only `messages`: an
// import of anything else from it in app code fails the build.

const MESSAGES = /[\\/]utils[\\/]i18n[\\/]messages\.ts$/;

/** The module that stands for messages.ts in builds: `messages`, the same strings, each language parsed on first use. */
export function messagesModule(messages: Record<string, Record<string, unknown>>): string {
  const locales = Object.keys(messages);
  if (locales.length !== LOCALES.length || !LOCALES.every((l) => Object.hasOwn(messages, l)))
    throw new Error(`messages-as-json: messages are not one catalog per language of ${LOCALES.join(', ')}`);
  for (const l of LOCALES) {
    const bad = Object.entries(messages[l]!).find(([, s]) => typeof s !== 'string');
    if (bad) throw new Error(`messages-as-json: messages["${l}"]["${bad[0]}"] is not a string`);
  }
  const text = Object.fromEntries(LOCALES.map((l) => [l, JSON.stringify(messages[l])]));
  return [
    `const text = ${JSON.stringify(text)};`,
    'const parsed = {};',
    'export const messages = {};',
    'for (const locale of Object.keys(text))',
    '  Object.defineProperty(messages, locale, { enumerable: true, get: () => (parsed[locale] ??= JSON.parse(text[locale])) });',
    '',
  ].join('\n');
}

export function messagesAsJson(): Plugin {
  const jiti = createJiti(import.meta.url, { moduleCache: false, fsCache: false });
  return {
    name: 'ng:messages-as-json',
    apply: 'build',
    enforce: 'pre',
    async load(id) {
      if (!MESSAGES.test(id)) return null;
      const mod = await jiti.import<{ messages: Record<string, Record<string, unknown>> }>(id);
      return messagesModule(mod.messages);
    },
  };
}
