import { describe, expect, it } from 'vitest';
import { filterContacts } from '@/utils/domain/search/filter-contacts';
import { normalizeForSearch } from '@/utils/domain/search/normalize';
import { contact } from '../findings/build';

describe('search matches lender names and folds scripts with OpenCC', () => {
  const lenders = [
    { id: 'l-jdd', name: '桔多多', catalogId: 'didi-juduoduo' },
    { id: 'l-own', name: '某某小贷', catalogId: undefined },
    { id: 'l-tc', name: '同程金融/提钱游', catalogId: 'tongcheng-finance' },
  ];
  const jdd = contact({ lenderId: 'l-jdd', summary: '又打来了' });
  const own = contact({ lenderId: 'l-own', summary: '短信催款' });
  const agency = contact({ summary: '外包', person: { name: '', staffId: '', phone: '', agency: '恒信资产管理', party: 'agency' } });
  const all = [jdd, own, agency];

  it("finds contacts by their lender's stored name (桔多多 found 0 before)", () => {
    expect(filterContacts(all, { query: '桔多多' }, lenders)).toEqual([jdd]);
    expect(filterContacts(all, { query: '小贷' }, lenders)).toEqual([own]);
  });

  it('finds contacts by the catalogue name in another language and by agency', () => {
    expect(filterContacts(all, { query: 'juduoduo' }, lenders)).toEqual([jdd]);
    expect(filterContacts(all, { query: '恒信' }, lenders)).toEqual([agency]);
  });

  it('terms may match across contact and lender text', () => {
    expect(filterContacts(all, { query: '桔多多 打来' }, lenders)).toEqual([jdd]);
    expect(filterContacts(all, { query: '桔多多 短信' }, lenders)).toEqual([]);
  });

  it('folds characters outside any hand-made list (OpenCC table)', () => {
    // None of these pairs were in the old hundred-pair list.
    expect(normalizeForSearch('協議編號')).toBe('协议编号');
    expect(normalizeForSearch('騷擾鄰居')).toBe('骚扰邻居');
    expect(normalizeForSearch('裡')).toBe('里');
    expect(normalizeForSearch('提錢遊')).toBe('提钱游');
  });

  it('a substring folds as it does inside the whole text', () => {
    const text = '催收員說要去單位騷擾';
    const whole = normalizeForSearch(text);
    for (let i = 0; i < text.length; i++)
      for (let j = i + 1; j <= text.length; j++) expect(whole).toContain(normalizeForSearch(text.slice(i, j)));
  });
});
