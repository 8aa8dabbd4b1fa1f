import type { Lender } from '../../model/records';

// Who an unknown number is, from what its messages say: the 【签名】 that
// mainland SMS gateways put at the start or end of a message names the
// sender, and collection agencies sign as "XX资产管理有限公司", "XX律师事务所"
// or "XX信息咨询". Only a suggestion: the user assigns the number.

const SIGNATURE = /【([^】]{2,20})】/;
const AGENCY =
  /([\u4e00-\u9fff]{2,14}?(?:资产管理|資產管理|律师事务所|律師事務所|信息咨询|資訊諮詢|信息技术|法律咨询|法律諮詢|商务咨询|商務諮詢|催收)(?:有限公司|有限责任公司|有限責任公司|服务中心|服務中心)?)/;

export interface SourceSuggestion {
  lenderId?: string;
  /** The signature or agency name as written. */
  lenderName?: string;
  agency?: string;
}

const core = (name: string) =>
  name
    .replace(/[（(].*?[）)]/g, '')
    .split(/[\s/]/)[0]!
    .trim();

export function suggestSource(bodies: readonly string[], lenders: readonly Pick<Lender, 'id' | 'name'>[]): SourceSuggestion {
  const out: SourceSuggestion = {};
  for (const body of bodies) {
    const sig = SIGNATURE.exec(body)?.[1]?.trim();
    if (sig && !out.lenderName && !AGENCY.test(sig)) {
      out.lenderName = sig;
      const l = lenders.find((x) => x.name.includes(sig) || (core(x.name).length >= 2 && sig.includes(core(x.name))));
      if (l) out.lenderId = l.id;
    }
    // "我司XX资产管理…": the speaker's own words are not part of the name.
    const agency = AGENCY.exec(body)?.[1]?.replace(/^(我司|本司|本公司|我们是|我們是|我是|这里是|這裡是|受托方|委托|委託)/, '');
    if (agency && !out.agency) out.agency = agency;
    if (out.lenderName && out.agency) break;
  }
  return out;
}
