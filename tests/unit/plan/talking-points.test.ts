import { describe, expect, it } from 'vitest';
import { appendNotes, compileAnswers } from '@/utils/domain/plan/talking-points';

describe('talking points', () => {
  it('compiles only the answered points, in call order', () => {
    const text = compileAnswers({ writing: ' 答应发短信 ', hardship: '失业三个月', proof: '' }, (p) => p.toUpperCase());
    expect(text).toBe('HARDSHIP: 失业三个月\nWRITING: 答应发短信');
    expect(compileAnswers({}, (p) => p)).toBe('');
  });
  it('appends to earlier notes instead of replacing them', () => {
    expect(appendNotes('', '2026-11-22', 'a')).toBe('[2026-11-22]\na');
    expect(appendNotes('old\n', '2026-11-23', 'b')).toBe('old\n\n[2026-11-23]\nb');
  });
});
