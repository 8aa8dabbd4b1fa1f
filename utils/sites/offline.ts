import type { Jurisdiction } from '../model/records';
import type { Localized } from './types';

/**
 * Channels a finding may point to that have no complaint site the panel
 * recognises: offices, mediation, the police. Each rests on a registry fact
 * (utils/data/facts) and shows only what that fact confirms.
 */
export interface OfflineChannel {
  id: string;
  jurisdiction: Jurisdiction;
  name: Localized;
  /** Not every channel is a regulator: the escalation ladder and the texts say which. */
  kind: 'regulator' | 'mediation' | 'police';
  factId: string;
}

const L = (zhCN: string, zhTW: string, en: string): Localized => ({ 'zh-CN': zhCN, 'zh-TW': zhTW, en });

export const offlineChannels: readonly OfflineChannel[] = [
  {
    id: 'cn-local-regulator',
    jurisdiction: 'CN',
    kind: 'regulator',
    factId: 'cn.channel.local-regulator',
    name: L(
      '省级地方金融管理局（小额贷款公司、融资担保公司；地址电话请自行填写）',
      '省級地方金融管理局（小額貸款公司、融資擔保公司；地址電話請自行填寫）',
      'Provincial local financial regulator (microlenders, financing guarantors; fill in its address yourself)',
    ),
  },
  {
    id: 'cn-mediation',
    jurisdiction: 'CN',
    kind: 'mediation',
    factId: 'cn.channel.mediation',
    name: L('金融纠纷调解组织', '金融糾紛調解組織', 'Financial dispute mediation'),
  },
  { id: 'cn-police', jurisdiction: 'CN', kind: 'police', factId: 'cn.hotline.110', name: L('报警 110', '報警 110', 'Police 110') },
  {
    id: 'tw-fsc',
    jurisdiction: 'TW',
    kind: 'regulator',
    factId: 'tw.channel.fsc',
    name: L(
      '金融监督管理委员会（金管会；联系方式请自行核对）',
      '金融監督管理委員會（金管會；聯絡方式請自行核對）',
      'Financial Supervisory Commission (check its contact details yourself)',
    ),
  },
  { id: 'tw-police', jurisdiction: 'TW', kind: 'police', factId: 'tw.hotline.110', name: L('报警 110', '報警 110', 'Police 110') },
  {
    id: 'hk-fdrc',
    jurisdiction: 'HK',
    kind: 'mediation',
    factId: 'hk.deadline.fdrc-60',
    name: L('金融纠纷调解中心（FDRC）', '金融糾紛調解中心（FDRC）', 'Financial Dispute Resolution Centre (FDRC)'),
  },
  { id: 'hk-police', jurisdiction: 'HK', kind: 'police', factId: 'hk.hotline.999', name: L('报警 999', '報警 999', 'Police 999') },
];

export function offlineChannelById(id: string): OfflineChannel | undefined {
  return offlineChannels.find((c) => c.id === id);
}
