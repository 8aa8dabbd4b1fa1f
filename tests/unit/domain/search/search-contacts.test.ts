import { describe, expect, it } from 'vitest';
import { searchContacts } from '@/utils/domain/search/search-contacts';
import { normalizeForSearch } from '@/utils/domain/search/normalize';
import { contact } from '../findings/build';

describe('Chinese search over contacts', () => {
  const insulted = contact({ summary: '被催收员辱骂，说要上门' });
  const phone = contact({
    summary: '短信',
    person: { name: '李经理', staffId: 'HX-0087', phone: '138 0013 8000', agency: '恒信资产管理', party: 'agency' },
  });
  const other = contact({ summary: 'Called about the card', thirdParties: '我妈' });
  const all = [insulted, phone, other];

  it('finds a word inside unsegmented text: "催收" finds "被催收员辱骂"', () => {
    expect(searchContacts(all, '催收')).toEqual([insulted]);
    expect(searchContacts(all, '辱骂')).toEqual([insulted]);
  });

  it('searches person, staff ID, agency, phone (ignoring separators) and third parties', () => {
    expect(searchContacts(all, '恒信')).toEqual([phone]);
    expect(searchContacts(all, 'hx-0087')).toEqual([phone]);
    expect(searchContacts(all, '13800138000')).toEqual([phone]);
    expect(searchContacts(all, '0013-8000')).toEqual([phone]);
    expect(searchContacts(all, '我妈')).toEqual([other]);
  });

  it('requires every whitespace-separated term and ignores case and full-width forms', () => {
    expect(searchContacts(all, '催收 上门')).toEqual([insulted]);
    expect(searchContacts(all, '催收 card')).toEqual([]);
    expect(searchContacts(all, 'ＣＡＲＤ')).toEqual([other]);
  });

  it('folds traditional to simplified for common characters', () => {
    expect(normalizeForSearch('催收員辱罵')).toBe('催收员辱骂');
    expect(searchContacts(all, '催收員')).toEqual([insulted]);
  });

  it('returns everything for an empty query and nothing for a miss', () => {
    expect(searchContacts(all, '  ')).toEqual(all);
    expect(searchContacts(all, '法院')).toEqual([]);
  });

  it('stays fast over 10,000 contacts (substring scan on cached normalized text)', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => contact({ summary: `第${i}次来电，对方说逾期会影响征信，要求今天还款` }));
    searchContacts(many, 'x');
    const t = performance.now();
    const hits = searchContacts(many, '第9999次');
    expect(hits).toHaveLength(1);
    expect(performance.now() - t).toBeLessThan(200);
  });
});
