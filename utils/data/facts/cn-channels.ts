import { CHECKED_FIRST, CHECKED_NOW, type Fact } from './types';

// [CN] complaint channels, deadlines and numbers. Source: shared/knowledge/complaint-channels.md.

const PBOC_RULES = [
  { publisher: 'jianpian.cn（转载）', title: '征信投诉办理规程（银发〔2024〕37号）', url: 'https://jianpian.cn/a/150xuq9a' },
  { publisher: 'decfc.dongfang.com', title: '征信投诉办理规程', url: 'https://decfc.dongfang.com/info/1438/2672.htm' },
];
const SAMR = [{ publisher: '重庆市江北区人民政府', title: '市场监督管理投诉举报处理暂行办法', url: 'https://xxgk.jccq.gov.cn/qzf/cqscjgj/fdzdgknr/zzjg/jgfdzz/202201/t20220104_1534293.shtml' }];

export const CN_CHANNELS: readonly Fact[] = [
  {
    id: 'cn.deadline.bank-insurer-handling', kind: 'deadline', jurisdiction: 'CN', confidence: 'reported',
    what: ['银行保险机构自收到投诉起 15 日内作出处理决定并告知；复杂的可延至 30 日，特别复杂的再延 30 日（最长 60 日）。这是机构自己的处理期限，不是监管答复期限', '銀行保險機構自收到投訴起 15 日內作出處理決定並告知；複雜的可延至 30 日，特別複雜的再延 30 日（最長 60 日）。這是機構自己的處理期限，不是監管答覆期限', 'A banking or insurance institution decides on a complaint within 15 days of receipt; complex cases up to 30, very complex ones 30 more (60 at most). This is the institution\u2019s own handling time, not a regulator\u2019s answer deadline'],
    sources: [{ publisher: '财新', title: '银行业保险业消费投诉处理管理办法', url: 'https://finance.caixin.com/2020-01-17/101505443.html' }], published: '2020-01-17', checked: CHECKED_NOW,
  },
  {
    id: 'cn.deadline.nfra-none', kind: 'deadline', jurisdiction: 'CN', confidence: 'unconfirmed',
    what: ['国家金融监督管理总局（12378）的答复期限：未核实（“15个工作日”只见于非官方页面）', '國家金融監督管理總局（12378）的答覆期限：未核實（「15個工作日」只見於非官方頁面）', 'NFRA (12378) answer deadline: not verified ("15 working days" appears only on unofficial pages)'],
    sources: [{ publisher: '—', title: 'no official source found', url: null, note: 'nothing official found' }], published: 'unknown', checked: CHECKED_NOW,
  },
  {
    id: 'cn.deadline.pboc-accept', kind: 'deadline', jurisdiction: 'CN', confidence: 'reported',
    what: ['人民银行分支机构自收到完整材料起 10 个工作日内决定是否受理征信投诉', '人民銀行分支機構自收到完整材料起 10 個工作日內決定是否受理徵信投訴', 'The PBOC branch decides within 10 working days of receiving complete materials whether to accept a credit-report complaint'],
    sources: PBOC_RULES, published: '2024-04-15', checked: CHECKED_NOW,
  },
  {
    id: 'cn.deadline.pboc-answer', kind: 'deadline', jurisdiction: 'CN', confidence: 'reported',
    what: ['征信投诉自受理之日起 30 日内书面答复（30 日见第二十六条原文；“自受理起”据规程报道）', '徵信投訴自受理之日起 30 日內書面答覆（30 日見第二十六條原文；「自受理起」據規程報導）', 'A credit-report complaint is answered in writing within 30 days of acceptance (30 days: Art. 26 text; "from acceptance": the 2024 procedure, as reported)'],
    sources: PBOC_RULES, published: '2024-04-15', checked: CHECKED_NOW, cites: ['第二十六条', '第二十六條', 'Art. 26'],
  },
  {
    id: 'cn.channel.pboc-written', kind: 'channel', jurisdiction: 'CN', confidence: 'reported',
    what: ['征信投诉以书面形式现场提交或信函邮寄，附投诉申请单、事实证据和身份证复印件，向被投诉人所在地的人民银行分支机构提出', '徵信投訴以書面形式現場提交或信函郵寄，附投訴申請單、事實證據和身分證影本，向被投訴人所在地的人民銀行分支機構提出', 'A credit-report complaint is made in writing, in person or by post, with the form, facts, evidence and an ID copy, to the PBOC branch where the respondent is located'],
    sources: PBOC_RULES, published: '2024-04-15', checked: CHECKED_NOW,
  },
  {
    id: 'cn.deadline.samr-accept', kind: 'deadline', jurisdiction: 'CN', confidence: 'text',
    what: ['市场监管部门自收到投诉之日起 7 个工作日内决定是否受理（不是答复）', '市場監管部門自收到投訴之日起 7 個工作日內決定是否受理（不是答覆）', 'The market regulator decides within 7 working days of receipt whether to accept a complaint (not an answer)'],
    sources: SAMR, published: '2022-01-04', checked: CHECKED_NOW, cites: ['第十四条', '第十四條'],
  },
  {
    id: 'cn.deadline.samr-mediation', kind: 'deadline', jurisdiction: 'CN', confidence: 'text',
    what: ['自受理之日起 45 个工作日内未达成调解协议的，终止调解', '自受理之日起 45 個工作日內未達成調解協議的，終止調解', 'Mediation ends if no agreement is reached within 45 working days of acceptance'],
    sources: SAMR, published: '2022-01-04', checked: CHECKED_NOW, cites: ['第二十一条', '第二十一條'],
  },
  {
    id: 'cn.hotline.12378', kind: 'hotline', jurisdiction: 'CN', confidence: 'reported',
    what: ['国家金融监督管理总局热线 12378：银行、保险、消费金融公司；不管小额贷款公司和融资担保公司', '國家金融監督管理總局熱線 12378：銀行、保險、消費金融公司；不管小額貸款公司和融資擔保公司', 'NFRA hotline 12378: banks, insurers, consumer-finance companies; not microlenders or financing guarantors'],
    sources: [{ publisher: '国家金融监督管理总局', title: 'nfra.gov.cn', url: 'https://www.nfra.gov.cn/' }], published: 'unknown', checked: CHECKED_NOW, cites: ['12378'],
  },
  {
    id: 'cn.hotline.12363', kind: 'hotline', jurisdiction: 'CN', confidence: 'reported',
    what: ['人民银行 12363：支付、征信、人民币、外汇；原则上先向金融机构投诉', '人民銀行 12363：支付、徵信、人民幣、外匯；原則上先向金融機構投訴', 'PBOC 12363: payments, credit reports, RMB, FX; in principle complain to the institution first'],
    sources: [{ publisher: '人民银行西宁中心支行（青海省政府网）', title: '12363 金融消费权益保护咨询投诉电话', url: 'https://qinghai.gov.cn/zwgk/system/2014/03/20/010107748.shtml' }], published: '2014-03-21', checked: CHECKED_NOW, cites: ['12363'],
  },
  {
    id: 'cn.channel.12315', kind: 'channel', jurisdiction: 'CN', confidence: 'text',
    what: ['全国12315：消费者与经营者的消费纠纷；需投诉人姓名、电话、地址，被投诉人名称、地址，诉求和事实', '全國12315：消費者與經營者的消費糾紛；需投訴人姓名、電話、地址，被投訴人名稱、地址，訴求和事實', 'National 12315: consumer disputes with businesses; needs your name, phone and address, the business\u2019s name and address, the demand and the facts'],
    sources: SAMR, published: '2022-01-04', checked: CHECKED_NOW, cites: ['12315', '第九条', '第十五条'],
  },
  {
    id: 'cn.channel.12321', kind: 'hotline', jurisdiction: 'CN', confidence: 'reported',
    what: ['12321 网络不良与垃圾信息举报受理中心：中国互联网协会受工信部委托设立，是举报中心，不是监管机构；010-12321 主要受理咨询', '12321 網路不良與垃圾資訊舉報受理中心：中國互聯網協會受工信部委託設立，是舉報中心，不是監管機構；010-12321 主要受理諮詢', '12321 reporting centre for harmful and spam messages: set up by the Internet Society of China under a commission from MIIT; a reporting centre, not a regulator; 010-12321 is mainly for enquiries'],
    sources: [{ publisher: 'qqx8.cn', title: '12321 举报指南', url: 'https://qqx8.cn/515997866.html' }], published: 'unknown', checked: CHECKED_NOW, cites: ['12321', '010-12321'],
  },
  {
    id: 'cn.channel.nifa', kind: 'channel', jurisdiction: 'CN', confidence: 'reported',
    what: ['中国互联网金融协会举报平台：受理对任何互联网金融从业机构的举报（不限会员），实名，每人每天至多 5 次；举报不同于投诉，线索转交主管部门，不处理个人诉求；是行业协会，不是监管机构', '中國互聯網金融協會舉報平台：受理對任何互聯網金融從業機構的舉報（不限會員），實名，每人每天至多 5 次；舉報不同於投訴，線索轉交主管部門，不處理個人訴求；是行業協會，不是監管機構', 'NIFA reporting platform: tip-offs about any internet-finance provider (not members only), real name, at most 5 a day; a report is not a complaint: clues go to the authorities, no individual redress; an industry association, not a regulator'],
    sources: [{ publisher: 'qllr.org', title: 'NIFA 举报平台', url: 'https://qllr.org/peizipingtai/19623.html' }], published: 'unknown', checked: CHECKED_NOW,
  },
  {
    id: 'cn.channel.local-regulator', kind: 'channel', jurisdiction: 'CN', confidence: 'reported',
    what: ['小额贷款公司、融资担保公司等“七类地方金融组织”由省级地方金融管理局监管，不归国家金融监督管理总局；各省地址电话未确认，请自行填写', '小額貸款公司、融資擔保公司等「七類地方金融組織」由省級地方金融管理局監管，不歸國家金融監督管理總局；各省地址電話未確認，請自行填寫', 'Microlenders, financing guarantors and the other "seven kinds of local financial organisations" are supervised by the provincial local financial regulator, not NFRA; provincial addresses and numbers are unconfirmed: fill them in yourself'],
    sources: [{ publisher: '财新（引法释〔2020〕27号）', title: '最高法关于新民间借贷司法解释适用范围的批复', url: 'https://opinion.caixin.com/m/2021-01-18/101652112.html' }, { publisher: '湖南省地方金融监督管理局', title: '小额贷款公司监管通知', url: 'https://dfjrjgj.hunan.gov.cn/dfjrjgj/jrbk/jrzs/202211/t20221116_29128622.html' }], published: '2021-01-18', checked: CHECKED_NOW,
  },
  {
    id: 'cn.channel.mediation', kind: 'channel', jurisdiction: 'CN', confidence: 'reported',
    what: ['金融纠纷调解：例如上海银行业保险业纠纷调解中心（受理协商还款纠纷）、中国金融消费纠纷调解网；机构无正当理由不得拒绝调解', '金融糾紛調解：例如上海銀行業保險業糾紛調解中心（受理協商還款糾紛）、中國金融消費糾紛調解網；機構無正當理由不得拒絕調解', 'Financial dispute mediation, e.g. the Shanghai banking and insurance dispute mediation centre (takes negotiated-repayment disputes) and the China financial consumer dispute mediation site; institutions may not refuse mediation without good reason'],
    sources: [{ publisher: '上海银行业保险业纠纷调解中心', title: '协商还款纠纷调解', url: null, note: 'the sheet names no page' }], published: 'unknown', checked: CHECKED_FIRST,
  },
  {
    id: 'cn.hotline.110', kind: 'hotline', jurisdiction: 'CN', confidence: 'reported',
    what: ['110 报警：威胁、暴力、冒充警察或官员、跟踪、赖着不走的上门人员', '110 報警：威脅、暴力、冒充警察或官員、跟蹤、賴著不走的上門人員', '110 police: threats, violence, impersonating police or officials, stalking, visitors who will not leave'],
    sources: [{ publisher: '公安机关', title: '110 报警服务', url: null, note: 'well known; no page checked' }], published: 'unknown', checked: CHECKED_NOW, cites: ['110'],
  },
  {
    id: 'cn.hotline.95188', kind: 'hotline', jurisdiction: 'CN', confidence: 'reported',
    what: ['支付宝（花呗/借呗）客服 95188：单一第三方来源，请在支付宝 App 内核对', '支付寶（花唄/借唄）客服 95188：單一第三方來源，請在支付寶 App 內核對', 'Alipay (Huabei/Jiebei) customer service 95188: a single third-party source; check in the Alipay app'],
    sources: [{ publisher: '国家电网客服知识页（第三方）', title: '支付宝客服电话', url: null, note: 'the sheet names no address' }], published: 'unknown', checked: CHECKED_NOW, cites: ['95188'],
  },
  {
    id: 'cn.channel.12378-fields', kind: 'channel', jurisdiction: 'CN', confidence: 'unconfirmed',
    what: ['12378 投诉需提供的信息（姓名、联系方式、机构、问题、诉求）：只见于一个来源不明的页面', '12378 投訴需提供的資訊（姓名、聯絡方式、機構、問題、訴求）：只見於一個來源不明的頁面', '12378 caller details (name, contact, institution, problem, demand): from a single page of unknown origin'],
    sources: [{ publisher: 'szcga.com', title: '12378', url: 'https://szcga.com/zhengceinfo.asp?ID=1173' }], published: 'unknown', checked: CHECKED_NOW,
  },
  {
    id: 'cn.channel.12345', kind: 'hotline', jurisdiction: 'CN', confidence: 'reported',
    what: ['12345 政务服务便民热线：转交负责部门', '12345 政務服務便民熱線：轉交負責部門', '12345 city government hotline: forwards to the responsible department'],
    sources: [{ publisher: '各地政府', title: '12345 政务服务便民热线', url: null, note: 'per city; the sheet names no page' }], published: 'unknown', checked: CHECKED_FIRST, cites: ['12345'],
  },
];
