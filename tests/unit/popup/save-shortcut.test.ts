import { describe, expect, it } from 'vitest';
import { isSaveShortcut } from '@/entrypoints/popup/quick-log/shortcut';
import { contactProblems } from '@/utils/domain/contacts/contact-problems';

const key = (over: Partial<KeyboardEvent>) => ({ key: 'Enter', ctrlKey: false, metaKey: false, isComposing: false, ...over });

describe('quick log: fewer steps', () => {
  it('Ctrl+Enter and ⌘+Enter save; plain Enter and an IME confirmation do not', () => {
    expect(isSaveShortcut(key({ ctrlKey: true }))).toBe(true);
    expect(isSaveShortcut(key({ metaKey: true }))).toBe(true);
    expect(isSaveShortcut(key({}))).toBe(false);
    expect(isSaveShortcut(key({ ctrlKey: true, isComposing: true }))).toBe(false);
    expect(isSaveShortcut(key({ ctrlKey: true, key: 's' }))).toBe(false);
  });
  it('a missed call needs no text; any other empty record is still refused', () => {
    expect(contactProblems({ at: 1, summary: '', flags: [], channel: 'missed-call' }, 2)).toEqual([]);
    expect(contactProblems({ at: 1, summary: '', flags: [], channel: 'call' }, 2).map((p) => p.field)).toEqual(['summary']);
  });
});
