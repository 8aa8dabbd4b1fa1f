import { describe, expect, it } from 'vitest';
import { findAll } from '@/utils/domain/findings/find-all';
import { bj, contact } from './build';

const none = { agreements: [], installments: [], lenders: [], jurisdiction: 'CN' as const };
const nightIds = (contacts: ReturnType<typeof contact>[]) =>
  findAll({ contacts, ...none })
    .filter((f) => f.ruleId === 'night-contact')
    .flatMap((f) => f.contactIds);

describe('night-contact rule (22:00–08:00 in the contact’s wall clock)', () => {
  it('is silent at 21:59:59 and fires at 22:00:00', () => {
    const before = contact({ at: bj('2026-03-10', '21:59:59') });
    const at22 = contact({ at: bj('2026-03-10', '22:00:00') });
    expect(nightIds([before, at22])).toEqual([at22.id]);
  });

  it('fires at 07:59:59 and is silent at 08:00:00', () => {
    const early = contact({ at: bj('2026-03-11', '07:59:59') });
    const at8 = contact({ at: bj('2026-03-11', '08:00:00') });
    expect(nightIds([early, at8])).toEqual([early.id]);
  });

  it('uses the offset recorded with the contact, not the machine’s zone', () => {
    // 14:30 UTC is 22:30 in Beijing but 15:30 in London (+60).
    const at = Date.UTC(2026, 2, 10, 14, 30);
    const beijing = contact({ at, tzOffsetMin: 480 });
    const london = contact({ at, tzOffsetMin: 60 });
    expect(nightIds([beijing, london])).toEqual([beijing.id]);
  });

  it('ignores the user’s own outgoing calls and letters', () => {
    const own = contact({ at: bj('2026-03-10', '23:00:00'), direction: 'outgoing' });
    const letter = contact({ at: bj('2026-03-10', '23:00:00'), channel: 'letter' });
    expect(nightIds([own, letter])).toEqual([]);
  });

  it('explains in three languages with the local time and cites its sources as reported', () => {
    const c = contact({ at: bj('2026-03-10', '23:15:00') });
    const [f] = findAll({ contacts: [c], ...none }).filter((x) => x.ruleId === 'night-contact');
    expect(f!.explanation['zh-CN']).toContain('2026-03-10 23:15');
    expect(f!.explanation['zh-TW']).toContain('23:15');
    expect(f!.explanation.en).toContain('at 23:15');
    expect(f!.basis.map((b) => b.confidence)).toEqual(['reported', 'reported']);
    expect(f!.basis[0]!.citation['zh-CN']).toContain('GB/T 45251');
  });
});
