import { L } from '../sources';
import type { RuleData } from '../rule-data';

/**
 * Collection after an agreement with no recorded promise to stop and no
 * signed credit-card plan: no rule is broken that we can name, so this is a
 * "worth asking" note, never a finding about a rule.
 */
export const agreementWorthAsking: RuleData = {
  id: 'agreement-worth-asking',
  jurisdiction: 'any',
  title: L('协议后仍被催收：值得询问', '協議後仍被催收：值得詢問', 'Contacted after your agreement: worth asking'),
  explain: L(
    '你在 {date} 与对方达成还款协议（编号 {ref}）并按计划还款，之后仍被联系 {count} 次（{first} 至 {last}）。你的协议记录里没有贷款方停止催收的承诺，{cardHint}所以这里不认定违反了规定；值得向贷款方询问为什么协议之后还在催收，并请对方书面确认协议已生效。',
    '你在 {date} 與對方達成還款協議（編號 {ref}）並按計劃還款，之後仍被聯絡 {count} 次（{first} 至 {last}）。你的協議紀錄裡沒有貸款方停止催收的承諾，{cardHint}所以這裡不認定違反了規定；值得向貸款方詢問為什麼協議之後還在催收，並請對方書面確認協議已生效。',
    'You reached a repayment agreement on {date} (reference {ref}) and kept to the plan, yet you were contacted {count} times afterwards ({first} to {last}). Your agreement record has no promise by the lender to stop collection{cardHint}, so no rule is claimed to be broken here; it is worth asking the lender why collection continues and asking them to confirm in writing that the agreement is in effect.',
  ),
  basis: [],
  severity: 'low',
  channels: [],
  words: {
    oralCard: L(
      '这份信用卡分期协议也没有记录为已签署（口头协议时，据报道银行须保存录音，但没有停止催收的义务），',
      '這份信用卡分期協議也沒有記錄為已簽署（口頭協議時，據報導銀行須保存錄音，但沒有停止催收的義務），',
      ' and this credit-card plan is not recorded as signed (for an oral plan, as reported, the bank must keep the recording but has no duty to stop collecting)',
    ),
    agreementCitation: L(
      '你与贷款方 {date} 的还款协议（编号 {ref}）',
      '你與貸款方 {date} 的還款協議（編號 {ref}）',
      'Your repayment agreement with the lender of {date} (reference {ref})',
    ),
  },
};
