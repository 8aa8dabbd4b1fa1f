import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { messagesModule } from '@/scripts/messages-as-json';
import { messages } from '@/utils/i18n/messages';
import { LOCALES } from '@/utils/i18n/locales';

// Builds replace utils/i18n/messages.ts with per-language JSON parsed on first
// use (scripts/messages-as-json.ts). Every page's text comes from that module,
// so it must give exactly the messages the sources define.

async function load(code: string): Promise<{ messages: Record<string, Record<string, string>> }> {
  const file = join(mkdtempSync(join(tmpdir(), 'ng-messages-')), 'messages.mjs');
  writeFileSync(file, code);
  return import(/* @vite-ignore */ pathToFileURL(file).href);
}

describe('the built messages module', () => {
  it('has every language, with exactly the source messages', async () => {
    const built = await load(messagesModule(messages));
    expect(Object.keys(built.messages)).toEqual([...LOCALES]);
    for (const l of LOCALES) expect(built.messages[l]).toEqual(messages[l]);
  });

  it('parses a language only when it is first asked for, once', async () => {
    const built = await load(messagesModule(messages));
    const parse = vi.spyOn(JSON, 'parse');
    try {
      expect(built.messages.en!['app.name']).toBe(messages.en['app.name']);
      expect(built.messages.en!['action.save']).toBe(messages.en['action.save']);
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
    }
  });

  it('refuses messages that are not one catalog of strings per language', () => {
    expect(() => messagesModule({ 'zh-CN': {}, en: {} })).toThrow(/one catalog per language/);
    expect(() => messagesModule({ ...messages, en: { ...messages.en, x: 1 as unknown as string } })).toThrow(
      /messages\["en"\]\["x"\] is not a string/,
    );
  });
});
