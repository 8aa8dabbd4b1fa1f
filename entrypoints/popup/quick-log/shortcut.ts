/** Ctrl+Enter (Windows, Linux) or ⌘+Enter (macOS) saves the form from any field, as in mail and chat apps. */
export function isSaveShortcut(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'isComposing'>): boolean {
  // Enter that confirms an IME composition (pinyin) must never save.
  return e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.isComposing;
}
