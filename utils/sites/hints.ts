import type { FieldHint } from './types';

// Field hints shared by channels that write in the same language. Order
// matters: the first hint whose keyword occurs in a field's label wins, so the
// more specific ones ("被投诉人" is the respondent, not the complainant) come first.

export const SIMPLIFIED_HINTS: FieldHint[] = [
  { section: 'respondent', keywords: ['被投诉', '被举报', '投诉对象', '举报对象', '机构名称', '企业名称', '涉及机构'] },
  { section: 'amount', keywords: ['金额'] },
  { section: 'evidence', keywords: ['证据', '材料说明', '附件说明'] },
  { section: 'demands', keywords: ['请求', '诉求', '要求'] },
  { section: 'facts', keywords: ['事实', '经过', '内容', '问题', '描述', '事项', '情况'] },
  { section: 'identity', part: 'phone', keywords: ['电话', '手机', '联系方式'] },
  { section: 'identity', part: 'address', keywords: ['地址', '住址'] },
  { section: 'identity', part: 'name', keywords: ['姓名', '投诉人', '举报人', '名字'] },
];

export const TRADITIONAL_HINTS: FieldHint[] = [
  { section: 'respondent', keywords: ['被投訴', '相對人', '金融服務業', '機構名稱', '銀行名稱', '涉及銀行'] },
  { section: 'amount', keywords: ['金額'] },
  { section: 'evidence', keywords: ['證據', '附件說明', '證明文件'] },
  { section: 'demands', keywords: ['請求', '訴求', '要求'] },
  { section: 'facts', keywords: ['事實', '經過', '內容', '投訴要點', '描述', '事項'] },
  { section: 'identity', part: 'phone', keywords: ['電話', '手機', '聯絡方式'] },
  { section: 'identity', part: 'address', keywords: ['地址', '住址'] },
  { section: 'identity', part: 'name', keywords: ['姓名', '申請人', '投訴人'] },
];

export const ENGLISH_HINTS: FieldHint[] = [
  { section: 'respondent', keywords: ['name of bank', 'bank name', 'institution', 'complaint against'] },
  { section: 'amount', keywords: ['amount'] },
  { section: 'evidence', keywords: ['evidence', 'supporting document'] },
  { section: 'demands', keywords: ['resolution', 'remedy', 'request', 'expect'] },
  { section: 'facts', keywords: ['points of complaint', 'details', 'what happened', 'description', 'chronology'] },
  { section: 'identity', part: 'phone', keywords: ['phone', 'telephone', 'mobile'] },
  { section: 'identity', part: 'address', keywords: ['address'] },
  { section: 'identity', part: 'name', keywords: ['name'] },
];
