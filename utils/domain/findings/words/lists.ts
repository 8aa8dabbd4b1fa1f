import type { ContactFlag } from '../../../model/records';

// The wording that points to a contact flag, beside the rules those flags feed
// (rules/flag-*.ts). Each list holds the simplified and the traditional
// spelling: a Taiwan or Hong Kong user's phone writes 上門, not 上门. A match
// only *suggests* the flag; the user confirms it (never set silently).
// Words are chosen so that an ordinary repayment reminder ("您的账单已到期")
// matches nothing; each list is tested on real-looking messages
// (tests/unit/import/suggest-flags.test.ts).
export const FLAG_WORDS: Readonly<Partial<Record<ContactFlag, readonly string[]>>> = {
  // Threats of a visit to home, work or the home village.
  visit: [
    '上门', '上門', '登门', '登門', '家访', '家訪', '外访', '外訪', '实地走访', '實地走訪',
    '到你家', '到您家', '去你家', '去您家', '到你单位', '到你單位', '到您单位', '到您單位', '到你公司', '到您公司',
    '户籍地', '戶籍地', '村委会', '村委會', '居委会', '居委會',
  ],
  // Contacting, or threatening to tell, family, friends, employer or the phone book (爆通讯录).
  'third-party': [
    '通讯录', '通訊錄', '紧急联系人', '緊急聯繫人', '緊急聯絡人', '联系人', '聯繫人', '聯絡人',
    '你的家人', '您的家人', '通知家人', '告知家人', '联系家人', '聯繫家人', '聯絡家人', '亲友', '親友',
    '单位领导', '單位領導', '你的同事', '您的同事', '工作单位', '工作單位', '你的朋友', '您的朋友',
  ],
  // Posing as, or invoking, police, courts, prosecutors or lawyers.
  impersonation: [
    '公安', '警方', '派出所', '经侦', '經偵', '法院', '法官', '检察院', '檢察院', '传票', '傳票',
    '执行局', '執行局', '律师函', '律師函', '律师事务所', '律師事務所', '仲裁委', '司法部门', '司法部門',
  ],
  // Threats of legal or criminal consequences.
  threat: [
    '起诉', '起訴', '立案', '刑事', '坐牢', '拘留', '逮捕', '后果自负', '後果自負', '强制执行', '強制執行',
    '诈骗罪', '詐騙罪', '恶意透支', '惡意透支', '走法律程序', '最后通牒', '最後通牒', '限制高消费', '限制高消費',
    // Added for OCR'd chats: threats of harm that name no law.
    '别怪我们不客气', '別怪我們不客氣', '让你好看', '讓你好看', '吃不了兜着走', '吃不了兜著走', '走着瞧', '走著瞧',
  ],
  // Invented blacklists and inflated consequences.
  'false-statement': ['征信黑名单', '徵信黑名單', '黑名单', '黑名單', '全国联网', '全國聯網', '终身', '終身', '子女上学', '子女上學'],
  insult: ['老赖', '老賴', '畜生', '不要脸', '不要臉', '骗子', '騙子', '王八蛋', '去死'],
  // Fees charged in the name of collection.
  'extra-fees': ['手续费', '手續費', '催收费', '催收費', '服务费', '服務費', '上门费', '上門費', '律师费', '律師費', '工本费', '工本費'],
  'borrow-elsewhere': ['以贷养贷', '以貸養貸', '借钱还', '借錢還', '套现', '套現', '找朋友借', '其他平台借', '其他平臺借'],
  // Public posting and telling others about the debt.
  'public-posting': ['曝光', '公示', '张贴', '張貼', '朋友圈', '群发', '群發', '大字报', '大字報', '公告栏', '公告欄', '悬赏', '懸賞'],
  // Collectors moving the user to private phones or social apps.
  'private-phone': ['加我微信', '加微信', '私人号码', '私人號碼', '加我QQ', '加QQ'],
};
