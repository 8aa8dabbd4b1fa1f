import type { Localized } from '../i18n/locales';
import type { Lender } from '../model/records';

/** A lender the user can pick instead of typing its name. */
export interface CatalogLender {
  catalogId: string;
  name: Localized;
  kind: Lender['kind'];
  /** Only numbers reported by the lender's own material ship here; everything else the user records. */
  hotline?: { number: string; confidence: 'reported'; reportedBy: string; verifiedOn: string };
}

// Common lenders borrowers mention (shared/knowledge/complaint-channels.md).
// Kinds describe how the product is usually offered; the user can correct them.
// No hotline is shipped except Alipay's 95188, which is reported, not confirmed.
export const LENDER_CATALOG: readonly CatalogLender[] = [
  {
    catalogId: 'alipay-huabei-jiebei',
    name: { 'zh-CN': '支付宝 花呗/借呗', 'zh-TW': '支付寶 花唄/借唄', en: 'Alipay Huabei/Jiebei (花呗/借呗)' },
    kind: 'platform',
    hotline: { number: '95188', confidence: 'reported', reportedBy: 'Alipay help text', verifiedOn: '2026-12-01' },
  },
  {
    catalogId: 'jd-finance',
    name: { 'zh-CN': '京东金融 白条/金条', 'zh-TW': '京東金融 白條/金條', en: 'JD Finance Baitiao/Jintiao (京东白条/金条)' },
    kind: 'platform',
  },
  {
    catalogId: 'webank-weilidai',
    name: { 'zh-CN': '微粒贷（微众银行）', 'zh-TW': '微粒貸（微眾銀行）', en: 'Weilidai, WeBank (微粒贷)' },
    kind: 'bank-loan',
  },
  { catalogId: 'duxiaoman', name: { 'zh-CN': '度小满', 'zh-TW': '度小滿', en: 'Du Xiaoman (度小满)' }, kind: 'platform' },
  { catalogId: 'meituan', name: { 'zh-CN': '美团 借钱/月付', 'zh-TW': '美團 借錢/月付', en: 'Meituan loans (美团)' }, kind: 'platform' },
  { catalogId: 'qihoo-jietiao', name: { 'zh-CN': '360借条', 'zh-TW': '360借條', en: '360 Jietiao (360借条)' }, kind: 'platform' },
  { catalogId: 'didi-juduoduo', name: { 'zh-CN': '桔多多', 'zh-TW': '桔多多', en: 'Juduoduo (桔多多)' }, kind: 'platform' },
  {
    catalogId: 'tongcheng-finance',
    name: { 'zh-CN': '同程金融/提钱游', 'zh-TW': '同程金融/提錢遊', en: 'Tongcheng Finance (同程金融)' },
    kind: 'platform',
  },
  { catalogId: 'fenqile', name: { 'zh-CN': '分期乐', 'zh-TW': '分期樂', en: 'Fenqile (分期乐)' }, kind: 'platform' },
  { catalogId: 'pingan-puhui', name: { 'zh-CN': '平安普惠', 'zh-TW': '平安普惠', en: 'Ping An Puhui (平安普惠)' }, kind: 'platform' },
  {
    catalogId: 'zhaolian',
    name: { 'zh-CN': '招联消费金融', 'zh-TW': '招聯消費金融', en: 'Zhaolian Consumer Finance (招联)' },
    kind: 'consumer-finance',
  },
  {
    catalogId: 'mashang-anyihua',
    name: { 'zh-CN': '马上消费金融（安逸花）', 'zh-TW': '馬上消費金融（安逸花）', en: 'Mashang Consumer Finance, Anyihua (安逸花)' },
    kind: 'consumer-finance',
  },
  { catalogId: 'card-icbc', name: { 'zh-CN': '工商银行信用卡', 'zh-TW': '工商銀行信用卡', en: 'ICBC credit card' }, kind: 'bank-card' },
  {
    catalogId: 'card-ccb',
    name: { 'zh-CN': '建设银行信用卡', 'zh-TW': '建設銀行信用卡', en: 'China Construction Bank credit card' },
    kind: 'bank-card',
  },
  {
    catalogId: 'card-boc',
    name: { 'zh-CN': '中国银行信用卡', 'zh-TW': '中國銀行信用卡', en: 'Bank of China credit card' },
    kind: 'bank-card',
  },
  {
    catalogId: 'card-abc',
    name: { 'zh-CN': '农业银行信用卡', 'zh-TW': '農業銀行信用卡', en: 'Agricultural Bank of China credit card' },
    kind: 'bank-card',
  },
  {
    catalogId: 'card-cmb',
    name: { 'zh-CN': '招商银行信用卡', 'zh-TW': '招商銀行信用卡', en: 'China Merchants Bank credit card' },
    kind: 'bank-card',
  },
  {
    catalogId: 'card-bocom',
    name: { 'zh-CN': '交通银行信用卡', 'zh-TW': '交通銀行信用卡', en: 'Bank of Communications credit card' },
    kind: 'bank-card',
  },
  {
    catalogId: 'card-cgb',
    name: { 'zh-CN': '广发银行信用卡', 'zh-TW': '廣發銀行信用卡', en: 'China Guangfa Bank credit card' },
    kind: 'bank-card',
  },
  { catalogId: 'card-spdb', name: { 'zh-CN': '浦发银行信用卡', 'zh-TW': '浦發銀行信用卡', en: 'SPD Bank credit card' }, kind: 'bank-card' },
];

export function catalogLender(catalogId: string): CatalogLender | undefined {
  return LENDER_CATALOG.find((l) => l.catalogId === catalogId);
}
