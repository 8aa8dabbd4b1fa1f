import { L } from '../sources';
import type { RuleData } from '../rule-data';

/**
 * The users' central case: the plan was agreed and is being kept, yet collection
 * goes on. A statutory duty to stop exists only for a *signed* bank credit-card
 * plan (第七十条, [CN], added by the detector). Otherwise the finding rests on
 * what the lender promised in the user's own record; with no recorded promise
 * it is only `agreementWorthAsking`. No collection guideline has a stop clause.
 */
export const collectionDespiteAgreement: RuleData = {
  id: 'collection-despite-agreement',
  jurisdiction: 'any',
  title: L('已达成协议并按时还款，仍被催收', '已達成協議並按時還款，仍被催收', 'Collection despite an agreement you are keeping'),
  explain: L(
    '你在 {date} 与对方达成还款协议（编号 {ref}），并且一直按计划还款，之后仍被催收 {count} 次（{first} 至 {last}）。{basisNote} 常见原因：委托的催收公司没有收到协议通知，或系统没有更新。下一步：带上协议编号联系贷款方，要求停止催收并书面确认；如不处理，再向监管机构投诉，附上这份联系记录。',
    '你在 {date} 與對方達成還款協議（編號 {ref}），並且一直按計劃還款，之後仍被催收 {count} 次（{first} 至 {last}）。{basisNote} 常見原因：委託的催收公司沒有收到協議通知，或系統沒有更新。下一步：帶上協議編號聯絡貸款方，要求停止催收並書面確認；如不處理，再向監管機構投訴，附上這份聯絡紀錄。',
    'You reached a repayment agreement on {date} (reference {ref}) and have kept to the plan, yet you were contacted for collection {count} times afterwards ({first} to {last}). {basisNote} Likely causes: the collection agency was never told about the agreement, or the systems were not updated. Next step: contact the lender with the agreement reference, ask them to stop collection and confirm in writing; if they do not, complain to the regulator with this contact log.',
  ),
  basis: [],
  severity: 'high',
  // Every jurisdiction's; findAll keeps only those of the agreement's jurisdiction.
  channels: ['nfra', 'cn-local-regulator', 'cn-mediation', 'heimao', 'tw-fsc', 'twfoi', 'hkma', 'hk-fdrc'],
  words: {
    cardNote: L(
      '这是你已签署的信用卡个性化分期还款协议：据报道，《商业银行信用卡业务监督管理办法》第七十条规定，双方签署后银行及其委托机构应当停止催收，除非你未按协议履行。',
      '這是你已簽署的信用卡個性化分期還款協議：據報導，《商業銀行信用卡業務監督管理辦法》第七十條規定，雙方簽署後銀行及其委託機構應當停止催收，除非你未按協議履行。',
      'This is a signed individual credit-card instalment plan: as reported, Article 70 of the credit-card measures says that once both sides sign, the bank and its agencies must stop collecting unless you fail to keep the plan.',
    ),
    promiseNote: L(
      '贷款方在 {date} 的协议中承诺停止催收（见你的协议记录）。这一结论依据的是贷款方自己的承诺，不是法规。',
      '貸款方在 {date} 的協議中承諾停止催收（見你的協議紀錄）。這一結論依據的是貸款方自己的承諾，不是法規。',
      'The lender promised in the agreement of {date} to stop collection (see your agreement record). This rests on the lender\u2019s own promise, not on a rule.',
    ),
    promiseCitation: L(
      '贷款方在 {date} 的协议（编号 {ref}）中承诺停止催收',
      '貸款方在 {date} 的協議（編號 {ref}）中承諾停止催收',
      'The lender\u2019s promise to stop collection in the agreement of {date} (reference {ref})',
    ),
    noRef: L('未记录', '未記錄', 'not recorded'),
  },
};
