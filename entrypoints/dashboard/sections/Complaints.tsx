import { useLive } from '@/components/useLive';
import { complaintsData } from '@/utils/db/queries/dashboard';
import { t } from '@/utils/i18n/translate';
import type { SectionProps } from '../sections';
import { ComplaintList } from './complaints/ComplaintList';
import { ComplaintDetail } from './complaints/ComplaintDetail';
import { NewComplaint } from './complaints/NewComplaint';
import { UserSites } from './complaints/UserSites';
import { idsFromLink } from '@/utils/domain/complaints/link';

/** Complaints: the list, one complaint's detail (#/complaints/<id>), and the user's lender sites. */
export function Complaints({ subpath, params }: SectionProps) {
  const data = useLive(() => complaintsData(), []);
  if (!data) return null;
  const current = subpath ? data.complaints.find((c) => c.id === subpath) : undefined;
  if (current) return <ComplaintDetail key={current.id} c={current} lenders={data.lenders} agreements={data.agreements} />;
  return (
    <section aria-labelledby="complaints-title">
      <h2 id="complaints-title">{t('complaint.title')}</h2>
      <ComplaintList complaints={data.complaints} lenders={data.lenders} />
      <NewComplaint
        lenders={data.lenders}
        agreements={data.agreements}
        contactIds={idsFromLink(params.get('contacts'))}
        ruleIds={idsFromLink(params.get('rules'))}
        channelId={params.get('channel') ?? ''}
      />
      <UserSites sites={data.sites} lenders={data.lenders} />
    </section>
  );
}
