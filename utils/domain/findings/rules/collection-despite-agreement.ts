import { CARD_ART_70, CBA_GUIDELINE, L } from '../sources';
import type { RuleData } from '../rule-data';

/**
 * The users' central case: the plan was agreed and is being kept, yet collection
 * goes on. For bank credit cards the basis is 第七十条 (`basis`); for other lenders
 * it is the lender's own recorded promise, built by the detector from `words`.
 */
export const collectionDespiteAgreement: RuleData = {
  id: 'collection-despite-agreement',
  title: L('已达成协议并按时还款，仍被催收', '已達成協議並按時還款，仍被催收', 'Collection despite an agreement you are keeping'),
  explain: L(
    '你在 {date} 与对方达成还款协议（编号 {ref}），并且一直按计划还款，之后仍被催收 {count} 次（{first} 至 {last}）。{basisNote} 常见原因：委托的催收公司没有收到协议通知，或系统没有更新。下一步：带上协议编号联系贷款方，要求停止催收并书面确认；如不处理，再向监管投诉，附上这份联系记录。',
    '你在 {date} 與對方達成還款協議（編號 {ref}），並且一直按計劃還款，之後仍被催收 {count} 次（{first} 至 {last}）。{basisNote} 常見原因：委託的催收公司沒有收到協議通知，或系統沒有更新。下一步：帶上協議編號聯絡貸款方，要求停止催收並書面確認；如不處理，再向監管投訴，附上這份聯絡紀錄。',
    'You reached a repayment agreement on {date} (reference {ref}) and have kept to the plan, yet you were contacted for collection {count} times afterwards ({first} to {last}). {basisNote} Likely causes: the collection agency was never told about the agreement, or the systems were not updated. Next step: contact the lender with the agreement reference, ask them to stop collection and confirm in writing; if they do not, complain to the regulator with this contact log.',
  ),
  basis: [CARD_ART_70],
  severity: 'high',
  channels: ['nfra', 'nifa', 'heimao'],
  words: {
    cardNote: L(
      '对于信用卡个性化分期协议，签订后银行及其委托机构应停止催收，除非你未按协议还款。',
      '對於信用卡個性化分期協議，簽訂後銀行及其委託機構應停止催收，除非你未按協議還款。',
      'For an individual credit-card instalment agreement, once signed the bank and its agencies must stop collecting unless you fail to keep the plan.',
    ),
    promiseNote: L(
      '贷款方在协议中承诺停止催收；这一结论依据的是协议本身的承诺和据报道的银行业协会催收指引（约束会员机构），而不是信用卡的专门规定。',
      '貸款方在協議中承諾停止催收；這一結論依據的是協議本身的承諾和據報導的銀行業協會催收指引（約束會員機構），而不是信用卡的專門規定。',
      'The lender promised in the agreement to stop collection; this rests on the agreement\u2019s own promise and the banking association\u2019s collection guideline as reported (binding on its members), not on the credit-card rule.',
    ),
    noPromiseNote: L(
      '协议中没有记录“停止催收”的承诺；这一结论只依据协议本身和据报道的银行业协会催收指引（约束会员机构），请核对协议原文。',
      '協議中沒有記錄「停止催收」的承諾；這一結論只依據協議本身和據報導的銀行業協會催收指引（約束會員機構），請核對協議原文。',
      'No promise to stop collection is recorded in the agreement; this rests only on the agreement itself and the banking association\u2019s collection guideline as reported (binding on its members), so check the agreement\u2019s text.',
    ),
    promiseCitation: L(
      '你与贷款方 {date} 的还款协议（编号 {ref}）中的承诺',
      '你與貸款方 {date} 的還款協議（編號 {ref}）中的承諾',
      'The promise in your repayment agreement with the lender of {date} (reference {ref})',
    ),
    /** Without a recorded promise only the agreement itself is cited (there is no promise to quote). */
    agreementCitation: L(
      '你与贷款方 {date} 的还款协议（编号 {ref}）',
      '你與貸款方 {date} 的還款協議（編號 {ref}）',
      'Your repayment agreement with the lender of {date} (reference {ref})',
    ),
    noRef: L('未记录', '未記錄', 'not recorded'),
  },
};

/** The industry guideline backs the non-card case beside the agreement's own promise. */
export const AGREEMENT_GUIDELINE_BASIS = CBA_GUIDELINE;
