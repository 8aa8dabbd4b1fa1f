import { L, TW_BANK_CONDUCT, TW_BANK_HOURS, TW_CRIMINAL } from '../sources';
import type { RuleData } from '../rule-data';

// [TW] Taiwan rules, only as reported (collection-rules.md): banks' outsourced collection.

export const twNightContact: RuleData = {
  id: 'tw-night-contact',
  jurisdiction: 'TW',
  title: L('催收时间外联系（22:00—07:00）', '催收時間外聯絡（22:00—07:00）', 'Contact outside collection hours (22:00–07:00)'),
  explain: L(
    '{date} {time}（你当地时间）被联系。据律师事务所和新闻报道，台湾银行委外催收的时间为 07:00 至 22:00，你同意的除外；依据的条文及条号未确认。',
    '{date} {time}（你當地時間）被聯絡。據律師事務所和新聞報導，臺灣銀行委外催收的時間為 07:00 至 22:00，你同意的除外；依據的條文及條號未確認。',
    'Contacted on {date} at {time} (your local time). As reported by law firms and the press, banks\u2019 outsourced collection in Taiwan is limited to 07:00–22:00 unless you agree; the governing text and article are unconfirmed.',
  ),
  basis: [TW_BANK_HOURS],
  severity: 'medium',
  channels: ['tw-fsc', 'twfoi'],
  words: { from: L('22:00', '22:00', '22:00'), to: L('07:00', '07:00', '07:00') },
};

export const twThirdParty: RuleData = {
  id: 'tw-third-party',
  jurisdiction: 'TW',
  title: L('向第三人催讨', '向第三人催討', 'Collection from third parties'),
  explain: L(
    '{date} 催收方联系了第三人：{who}。据律师事务所报道，台湾银行委外催收不得向第三人催讨或收费。',
    '{date} 催收方聯絡了第三人：{who}。據律師事務所報導，臺灣銀行委外催收不得向第三人催討或收費。',
    'On {date} the collector contacted other people: {who}. As reported by law firms, banks\u2019 outsourced collection in Taiwan may not collect from or charge third parties.',
  ),
  basis: [TW_BANK_CONDUCT],
  severity: 'high',
  channels: ['tw-fsc', 'twfoi'],
  words: { unknownWho: L('（未写明是谁）', '（未寫明是誰）', '(not written down who)') },
};

export const twThreat: RuleData = {
  id: 'tw-threat',
  jurisdiction: 'TW',
  title: L('暴力、恐吓或辱骂', '暴力、恐嚇或辱罵', 'Violence, threats or insults'),
  explain: L(
    '{date} {time} 对方恐吓、辱骂或骚扰你。据律师事务所报道，台湾银行委外催收不得暴力、恐吓、辱骂或骚扰；恐吓危害安全可能触犯《刑法》第305条，是否构成由警方和法院判断。遇到危险请拨打 110。',
    '{date} {time} 對方恐嚇、辱罵或騷擾你。據律師事務所報導，臺灣銀行委外催收不得暴力、恐嚇、辱罵或騷擾；恐嚇危害安全可能觸犯《刑法》第305條，是否構成由警方和法院判斷。遇到危險請撥打 110。',
    'On {date} at {time} they threatened, insulted or harassed you. As reported by law firms, banks\u2019 outsourced collection in Taiwan may not use violence, threats, insults or harassment; threats to safety may break Criminal Code Art. 305 \u2014 for the police and courts to decide. If you are in danger, call 110.',
  ),
  basis: [TW_BANK_CONDUCT, TW_CRIMINAL],
  severity: 'high',
  channels: ['tw-police', 'tw-fsc', 'twfoi'],
};

export const twVisit: RuleData = {
  id: 'tw-visit',
  jurisdiction: 'TW',
  title: L('上门催收', '上門催收', 'Collection visit'),
  explain: L(
    '{date} {time} 对方上门。据律师事务所报道，台湾银行委外催收的外访人员应出示授权并表明身份，未经你同意不得进入住居；侵入住居可能触犯《刑法》第306条。对方不肯离开，请拨打 110。',
    '{date} {time} 對方上門。據律師事務所報導，臺灣銀行委外催收的外訪人員應出示授權並表明身分，未經你同意不得進入住居；侵入住居可能觸犯《刑法》第306條。對方不肯離開，請撥打 110。',
    'On {date} at {time} they came to you. As reported by law firms, visiting collectors for Taiwan banks must show an authorisation and identify themselves and may not enter your home without consent; intrusion may break Criminal Code Art. 306. If they will not leave, call 110.',
  ),
  basis: [TW_BANK_CONDUCT, TW_CRIMINAL],
  severity: 'high',
  channels: ['tw-police', 'tw-fsc'],
};
