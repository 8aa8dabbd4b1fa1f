import { browser } from 'wxt/browser';

/**
 * What this browser offers. Firefox for Android has no context menus, no
 * keyboard commands and no sidebar; the features that use them are then
 * simply absent (the toolbar popup and the dashboard do everything).
 */
export const hasContextMenus = (): boolean => browser.contextMenus !== undefined;
export const hasCommands = (): boolean => typeof browser.commands?.getAll === 'function';
