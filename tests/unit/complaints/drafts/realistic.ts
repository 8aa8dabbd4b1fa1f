import type { Agreement, Contact, ContactFlag, Lender } from '@/utils/model/records';
import type { Finding, LegalBasis } from '@/utils/domain/findings/types';
import type { ComplaintRecords, EvidenceMeta } from '@/utils/domain/complaints/records';
import type { Locale } from '@/utils/i18n/locales';
import { contactRecord, exampleLoanAgreement } from '../../../fixtures/records/build';
import {
  CBA_CONDUCT,
  CBA_NIGHT,
  CIVIL_CODE_1033,
  GBT_DEBTOR_ONLY,
  GBT_NIGHT,
  PIPL_ART_10,
  PSL_2025_50,
} from '@/utils/domain/findings/sources';

// The story from issue 13, as a user would record it in each language: an
// agreement, then a night call, a threat, a call to the user's sister, a caller
// claiming to be from a court, and routine calls and texts around them.

const TZ = 480;
/** Wall-clock time in UTC+8 as epoch ms. */
export const at = (day: string, hhmm: string) => Date.parse(`${day}T${hhmm}:00+08:00`);

type Said = Record<Locale, string>;
const S = (cn: string, tw: string, en: string): Said => ({ 'zh-CN': cn, 'zh-TW': tw, en });

export const SAID = {
  night: S('你再不还钱，我们就天天打。', '你再不還錢，我們就天天打。', 'If you do not pay we will call you every day.'),
  threat: S(
    '明天我们的人就到你单位去，让你同事都知道你欠钱不还。',
    '明天我們的人就到你公司去，讓你同事都知道你欠錢不還。',
    'Tomorrow our people will come to your office and tell your colleagues you do not pay your debts.',
  ),
  sister: S(
    '你姐姐说你不接电话，我们只好找她。',
    '你姊姊說你不接電話，我們只好找她。',
    'Your sister says you do not answer, so we had to call her.',
  ),
  court: S(
    '我是区人民法院的，你的案子已经立案，下周传唤你。',
    '我是地方法院的，你的案子已經立案，下週傳喚你。',
    'I am calling from the district court; your case has been filed and you will be summoned next week.',
  ),
  routine: S('提醒还款。', '提醒還款。', 'Reminder to pay.'),
  afterAgreement: S(
    '系统显示你已逾期，请今天还清全部欠款。',
    '系統顯示你已逾期，請今天還清全部欠款。',
    'Our system shows you are overdue; pay the whole balance today.',
  ),
};

export const SISTER = S('我姐姐', '我姊姊', 'my sister');

export const lender: Lender = { id: 'L1', name: '示例消费金融', kind: 'consumer-finance', createdAt: 0, updatedAt: 0 };

export const agreement: Agreement = exampleLoanAgreement({
  negotiatedOn: '2026-10-28',
  counterpart: { name: '王敏', staffId: 'K9', phone: '' },
  createdAt: 0,
  updatedAt: 0,
});

let seq = 0;
export function contact(
  locale: Locale,
  when: number,
  o: Partial<Contact> & { said?: keyof typeof SAID; flags?: ContactFlag[] } = {},
): Contact {
  const { said, ...rest } = o;
  return contactRecord({
    id: `C${seq++}`,
    at: when,
    lenderId: 'L1',
    agreementId: 'A1',
    summary: said ? SAID[said][locale] : '',
    tzOffsetMin: TZ,
    createdAt: 0,
    updatedAt: 0,
    ...rest,
  });
}

const agency = (name: string, staffId: string, phone = '') => ({
  name,
  staffId,
  phone,
  agency: '某某信息咨询有限公司',
  party: 'agency' as const,
});

/** The record: six contacts after the agreement, four of them grave. */
export function storyContacts(locale: Locale): Contact[] {
  return [
    contact(locale, at('2026-10-30', '10:05'), { person: agency('赵', '301', '02161234567'), said: 'afterAgreement' }),
    contact(locale, at('2026-11-02', '22:40'), { person: agency('钱', '302'), said: 'night' }),
    contact(locale, at('2026-11-03', '09:15'), { person: agency('孙', '303'), said: 'threat', flags: ['threat'] }),
    contact(locale, at('2026-11-03', '14:20'), {
      person: agency('孙', '303'),
      said: 'sister',
      flags: ['third-party'],
      thirdParties: SISTER[locale],
    }),
    contact(locale, at('2026-11-05', '11:00'), { channel: 'sms', person: agency('', ''), said: 'routine' }),
    contact(locale, at('2026-11-06', '16:30'), {
      person: { name: '李', staffId: '', phone: '', agency: '', party: 'unknown' },
      said: 'court',
      flags: ['impersonation'],
    }),
  ];
}

/** Many routine calls a day (12 on 3 November, three of them at night) around the grave ones: 200 in all. */
export function manyContacts(locale: Locale): Contact[] {
  const out = storyContacts(locale);
  const days = [
    '2026-11-03',
    '2026-11-04',
    '2026-11-07',
    '2026-11-08',
    '2026-11-09',
    '2026-11-10',
    '2026-11-11',
    '2026-11-12',
    '2026-11-13',
    '2026-11-14',
    '2026-11-15',
    '2026-11-16',
    '2026-11-17',
    '2026-11-18',
    '2026-11-19',
    '2026-11-20',
    '2026-11-21',
  ];
  const times = ['08:10', '09:00', '10:20', '11:30', '12:10', '13:40', '15:00', '16:10', '17:30', '22:10', '23:00', '23:40'];
  for (const day of days) {
    for (const t of times) {
      if (out.length >= 200) break;
      out.push(
        contact(locale, at(day, t), {
          channel: t === '12:10' ? 'sms' : 'call',
          connected: t !== '13:40',
          ...(t === '12:10' ? { said: 'routine' as const } : {}),
        }),
      );
    }
  }
  return out;
}

export const missedOnly = (locale: Locale): Contact[] =>
  ['08:30', '09:10', '10:00', '12:30', '21:50', '22:30'].flatMap((t, i) => [
    contact(locale, at('2026-11-10', t), {
      channel: 'missed-call',
      connected: false,
      person: { name: '', staffId: '', phone: i % 2 ? '02161234567' : '', agency: '', party: 'unknown' },
    }),
    contact(locale, at('2026-11-11', t), { channel: 'missed-call', connected: false }),
  ]);

export const evidence: EvidenceMeta[] = [
  { id: 'E1', name: '通话录音-1103.m4a', sha256: 'a'.repeat(64), capturedAt: at('2026-11-03', '09:30'), ownerId: 'C2' },
  { id: 'E2', name: '短信截图-1105.png', sha256: 'b'.repeat(64), capturedAt: at('2026-11-05', '11:05'), ownerId: 'C4' },
  { id: 'E3', name: '还款协议短信.png', sha256: 'c'.repeat(64), capturedAt: at('2026-10-28', '15:00'), ownerId: 'A1' },
];

/** An unconfirmed basis: must never reach a draft. */
export const UNCONFIRMED = {
  citation: S(
    '《互联网金融逾期债务催收自律公约（试行）》第16条',
    '《互聯網金融逾期債務催收自律公約（試行）》第16條',
    'NIFA self-regulatory convention (2018), Article 16',
  ),
  confidence: 'unconfirmed',
  kind: 'guideline',
  verifiedOn: '2026-11-22',
} as unknown as LegalBasis;

/** The 2012 text of the public-security law, replaced in 2026: never cited as current. */
const SUPERSEDED_2012 = {
  citation: S(
    '《治安管理处罚法》（2012年文本）第四十二条第（五）项',
    '《治安管理處罰法》（2012年文本）第四十二條第（五）項',
    'Public Security Administration Punishments Law (2012 text), Article 42(5)',
  ),
  confidence: 'text',
  kind: 'law',
  verifiedOn: '2026-11-22',
} as LegalBasis;

const finding = (ruleId: string, basis: LegalBasis[], contactIds: string[]): Finding => ({
  ruleId,
  id: `F-${ruleId}`,
  contactIds,
  agreementId: 'A1',
  lenderId: 'L1',
  basis,
  severity: 'high',
  channels: ['nfra'],
  firstAt: 0,
  lastAt: 0,
  // What the app tells its user: never copied into a draft.
  explanation: S(
    '你在当地时间被联系。常见原因：系统没有更新。下一步：联系贷款方。',
    '你在當地時間被聯絡。常見原因：系統沒有更新。下一步：聯絡貸款方。',
    'You were contacted. Likely causes: systems not updated. Next step: contact the lender.',
  ),
  title: S('夜间催收', '夜間催收', 'Collection at night'),
});

const promiseBasis: LegalBasis = {
  citation: S(
    '你与贷款方 2026-10-28 的还款协议（编号 XY-2026-77）中的承诺',
    '你與貸款方 2026-10-28 的還款協議（編號 XY-2026-77）中的承諾',
    'The promise in your repayment agreement',
  ),
  confidence: 'text',
  kind: 'own-record',
  verifiedOn: '2026-11-22',
};

export function findings(ids: string[]): Finding[] {
  return [
    finding('collection-despite-agreement', [promiseBasis, CBA_CONDUCT], ids),
    finding('night-contact', [GBT_NIGHT, CBA_NIGHT, UNCONFIRMED], ids.slice(1, 2)),
    finding('flag-threat', [PSL_2025_50, SUPERSEDED_2012, CBA_CONDUCT], ids.slice(2, 3)),
    finding('third-party-contacted', [PIPL_ART_10, GBT_DEBTOR_ONLY], ids.slice(3, 4)),
    finding('flag-impersonation', [CBA_CONDUCT, UNCONFIRMED], ids.slice(5, 6)),
    finding('flag-public-posting', [CIVIL_CODE_1033], []),
  ];
}

export type Scenario = 'story' | 'many' | 'none-after' | 'missed-only' | 'evidence-only';
export const SCENARIOS: Scenario[] = ['story', 'many', 'none-after', 'missed-only', 'evidence-only'];

export function records(locale: Locale, s: Scenario): ComplaintRecords {
  const cs = s === 'story' ? storyContacts(locale) : s === 'many' ? manyContacts(locale) : s === 'missed-only' ? missedOnly(locale) : [];
  const base: ComplaintRecords = {
    lender,
    agreement,
    contacts: cs,
    evidence,
    findings: cs.length ? findings(cs.map((c) => c.id)) : [],
    priorComplaints: [
      {
        id: 'P1',
        channelId: 'lender',
        lenderId: 'L1',
        url: '',
        createdAt: at('2026-11-04', '10:00'),
        submittedAt: at('2026-11-04', '10:00'),
        referenceNo: 'KF-20261104-01',
        status: 'submitted',
        sections: {},
        contactIds: [],
        notes: '',
        updatedAt: 0,
      },
    ],
    profile: { name: '李明', phone: '13800000000', address: '上海市某区某路1号' },
    demands: ['stop-collection', 'honour-agreement', 'apology'],
  };
  if (s === 'missed-only') {
    const { agreement: _none, ...withoutAgreement } = base;
    return { ...withoutAgreement, findings: [], priorComplaints: [] };
  }
  if (s === 'evidence-only') {
    const { agreement: _a, ...rest } = base;
    return { ...rest, contacts: [], findings: [], priorComplaints: [], demands: [] };
  }
  return base;
}
