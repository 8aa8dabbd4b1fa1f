import { describe, expect, it } from 'vitest';
import { filterContacts, type ContactFilter } from '@/utils/domain/search/filter-contacts';
import { searchIndex, warmIndex } from '@/utils/domain/search/index-search';
import { newestFirst } from '@/utils/domain/search/index-entry';
import { indexEntryOf } from '@/utils/db/contact-index';
import type { Contact } from '@/utils/model/records';
import { bj, contact } from '../findings/build';

// The contact index must find exactly what filterContacts finds over whole
// contacts: the same Chinese search (substrings, traditional folded to
// simplified, separators ignored, lender names), the same filters.
const lenders = [
  { id: 'l-jdd', name: '桔多多', catalogId: 'didi-juduoduo' },
  { id: 'l-own', name: '某某小贷', catalogId: undefined },
];
const texts = [
  '【桔多多】您的账单已逾期，再不还款将上门核实',
  '我們將聯繫您的緊急聯絡人並起訴',
  '法务部通知：已立案，请于今日处理',
  '催收員說要通知單位',
  '',
];
const people = [
  { name: '张伟', staffId: 'A-17', phone: '+86 175-1234-5678', agency: '鼎盛资产管理', party: 'agency' as const },
  { name: '', staffId: '', phone: '95188', agency: '', party: 'lender' as const },
];

function realistic(n: number): Contact[] {
  const out: Contact[] = [];
  for (let i = 0; i < n; i++)
    out.push(
      contact({
        at: bj(`2026-03-${String(1 + (i % 28)).padStart(2, '0')}`, `${String(i % 24).padStart(2, '0')}:15:00`),
        channel: (['call', 'sms', 'missed-call', 'app'] as const)[i % 4]!,
        lenderId: i % 3 === 0 ? 'l-jdd' : i % 3 === 1 ? 'l-own' : undefined,
        agreementId: i % 5 === 0 ? 'A1' : undefined,
        flags: i % 7 === 0 ? ['threat'] : [],
        summary: texts[i % texts.length]!,
        person: people[i % people.length]!,
        thirdParties: i % 11 === 0 ? '我母亲' : '',
      }),
    );
  return out;
}

describe('search through the contact index', () => {
  const contacts = realistic(300);
  const byTime = [...contacts].sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : 1));
  const entries = newestFirst(contacts.map(indexEntryOf));

  const filters: ContactFilter[] = [
    {},
    { query: '上门' },
    { query: '緊急聯絡人' }, // traditional query, traditional text
    { query: '紧急联络人' }, // simplified query finds the traditional text
    { query: '桔多多' }, // in the text and as a lender name
    { query: 'juduoduo' }, // the catalogue's name in another language
    { query: '17512345678' }, // separators in the stored number are ignored
    { query: '175-1234 5678' },
    { query: '催收员 单位' }, // two terms, both must match
    { query: '张伟 立案', channel: 'sms' },
    { query: '母亲', flag: 'threat' },
    { lenderId: 'l-own', from: '2026-03-05', to: '2026-03-09' },
    { agreementId: 'A1', query: '起诉' },
    { query: '不存在的词语' },
  ];

  it('finds the same contacts, in the same (newest first) order, as filterContacts', () => {
    for (const f of filters) {
      const expected = filterContacts(byTime, f, lenders).map((c) => c.id);
      expect(searchIndex(entries, f, lenders), JSON.stringify(f)).toEqual(expected);
    }
    // Not vacuous: the queries do find something, and not everything.
    expect(searchIndex(entries, { query: '上门' }, lenders).length).toBeGreaterThan(10);
    expect(searchIndex(entries, { query: '上门' }, lenders).length).toBeLessThan(300);
    for (const query of ['紧急联络人', 'juduoduo', '175-1234 5678', '催收员 单位'])
      expect(searchIndex(entries, { query }, lenders).length, query).toBeGreaterThan(0);
  });

  it('an entry whose text changed is normalised again, not served from the cache', () => {
    const [first] = entries;
    expect(searchIndex([first!], { query: '全新内容' })).toEqual([]);
    const edited = { ...first!, text: `${first!.text}\u0000全新內容` };
    expect(searchIndex([edited], { query: '全新内容' })).toEqual([first!.id]);
  });

  it('warming prepares a piece at a time, stops when told and continues; search spans every piece', () => {
    const list = realistic(4500);
    const sorted = [...list].sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : 1));
    const many = newestFirst(list.map(indexEntryOf));
    let calls = 0;
    const at = warmIndex(many, 0, () => ++calls < 1);
    expect(at).toBe(2000);
    expect(warmIndex(many, at, () => true)).toBe(many.length);
    for (const query of ['上门', '紧急联络人', '175-1234 5678', '催收员 单位'])
      expect(searchIndex(many, { query }, lenders), query).toEqual(filterContacts(sorted, { query }, lenders).map((c) => c.id));
  });
});
