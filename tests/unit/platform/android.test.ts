import { afterEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { readFileSync } from 'node:fs';
import { registerCapture } from '@/utils/background/capture';
import { createCaptureMenu } from '@/utils/background/capture-menu';
import { hasCommands, hasContextMenus } from '@/utils/background/platform';

const api = browser as unknown as Record<string, unknown>;
const saved = { contextMenus: api.contextMenus, commands: api.commands };
afterEach(() => {
  api.contextMenus = saved.contextMenus;
  api.commands = saved.commands;
});

describe('Firefox for Android: no context menus, no commands', () => {
  it('declares gecko_android for the Firefox build', () => {
    const config = readFileSync('wxt.config.ts', 'utf8');
    expect(config).toMatch(/gecko_android:\s*\{\s*strict_min_version: '\d+\.\d+'/);
  });

  it('the background starts and the capture menu is skipped when contextMenus is missing', async () => {
    api.contextMenus = undefined;
    api.commands = undefined;
    expect(hasContextMenus()).toBe(false);
    expect(hasCommands()).toBe(false);
    expect(() => registerCapture()).not.toThrow();
    await expect(createCaptureMenu()).resolves.toBeUndefined();
  });
});
