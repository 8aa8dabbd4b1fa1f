import { defineMessages } from '../../i18n/define';

// The words of the sample dataset, in the three languages. Everything is made
// up: the lender, the agency, the people and the reference numbers. Each name
// carries the "sample" marker so no one mistakes it for their own record.
export const sampleTexts = defineMessages({
  'zh-CN': {
    marker: '【示例】',
    lender: '安心消费金融',
    lenderNotes: '这是虚构的示例机构，用来熟悉各个页面。',
    product: '个人消费贷',
    counterpart: '李专员',
    agency: '示例催收公司',
    caller: '王先生',
    talkingNotes: '说明失业和收入下降的情况，提出分 6 期还款；要求书面确认协议编号，并通知所有催收公司停止催收。',
    agreementNotes: '客服在电话中同意停止催收，协议编号已记录。',
    c1: '说再不还款就上报征信，让我尽快想办法。',
    c2: '晚上十点多打来，说要去我单位找领导。',
    c3: '打电话给我姐姐，说我欠钱不还。',
    c4: '我打客服说明失业情况，提出分 6 期还款。',
    c5: '客服同意分期方案，协议编号 SAMPLE-2024-001，承诺停止催收，不再联系家人。',
    c6: '协议之后仍有催收公司来电，说没有收到任何通知。',
    c7: '短信说今天不还就要“上门调查”。',
    c8: '未接来电，同一个催收号码。',
    c9: '自称法院工作人员，说马上立案。',
    thirdParty: '姐姐',
    complaintFacts:
      '已与贷款机构达成分期协议（编号 SAMPLE-2024-001），对方承诺停止催收，但之后仍多次被催收，其中包括夜间短信和冒充法院工作人员的来电。',
    complaintNotes: '示例投诉，用来查看投诉跟踪页面。',
  },
  'zh-TW': {
    marker: '【範例】',
    lender: '安心消費金融',
    lenderNotes: '這是虛構的範例機構，用來熟悉各個頁面。',
    product: '個人消費貸',
    counterpart: '李專員',
    agency: '範例催收公司',
    caller: '王先生',
    talkingNotes: '說明失業和收入下降的情況，提出分 6 期還款；要求書面確認協議編號，並通知所有催收公司停止催收。',
    agreementNotes: '客服在電話中同意停止催收，協議編號已記錄。',
    c1: '說再不還款就上報徵信，要我盡快想辦法。',
    c2: '晚上十點多打來，說要去我公司找主管。',
    c3: '打電話給我姊姊，說我欠錢不還。',
    c4: '我打客服說明失業情況，提出分 6 期還款。',
    c5: '客服同意分期方案，協議編號 SAMPLE-2024-001，承諾停止催收，不再聯絡家人。',
    c6: '協議之後仍有催收公司來電，說沒有收到任何通知。',
    c7: '簡訊說今天不還就要「上門調查」。',
    c8: '未接來電，同一個催收號碼。',
    c9: '自稱法院人員，說馬上立案。',
    thirdParty: '姊姊',
    complaintFacts:
      '已與貸款機構達成分期協議（編號 SAMPLE-2024-001），對方承諾停止催收，但之後仍多次被催收，其中包括夜間簡訊和冒充法院人員的來電。',
    complaintNotes: '範例投訴，用來查看投訴追蹤頁面。',
  },
  en: {
    marker: '[Sample] ',
    lender: 'Anxin Consumer Finance',
    lenderNotes: 'A made-up lender, to explore the pages.',
    product: 'Personal consumer loan',
    counterpart: 'Agent Li',
    agency: 'Sample Collections Ltd',
    caller: 'Mr Wang',
    talkingNotes:
      'Explain the job loss and lower income; propose 6 instalments; ask for the agreement number in writing and for every collection agency to be told to stop.',
    agreementNotes: 'Customer service agreed on the phone to stop collection; the agreement number is recorded.',
    c1: 'Said they would report me to the credit bureau unless I pay soon.',
    c2: 'Called after 10 pm and said they would come to my workplace to see my manager.',
    c3: 'Called my sister and told her I do not pay my debts.',
    c4: 'I called customer service, explained I lost my job and proposed 6 instalments.',
    c5: 'Customer service accepted the plan, agreement number SAMPLE-2024-001, and promised collection would stop and my family would not be called.',
    c6: 'A collection agency still called after the agreement and said it had not been told.',
    c7: 'A text message said they would come for a "home investigation" unless I paid today.',
    c8: 'Missed call from the same collection number.',
    c9: 'Claimed to work for the court and said a case would be filed at once.',
    thirdParty: 'my sister',
    complaintFacts:
      'I reached an instalment agreement with the lender (number SAMPLE-2024-001) and it promised to stop collection, yet collection went on several times, including a text message at night and a call from someone claiming to work for the court.',
    complaintNotes: 'A sample complaint, to explore complaint tracking.',
  },
});

export type SampleTextKey = keyof (typeof sampleTexts)['en'];
