import { t } from '@/utils/i18n/translate';
import type { DeletedAgreement } from '@/utils/db/repos/agreements';
import { AgreementDetail } from './AgreementDetail';
import { AgreementForm } from './AgreementForm';
import { KitDocuments } from './KitDocuments';
import { PlanEditor } from './PlanEditor';
import { ProposalTable } from './ProposalTable';
import { TalkingPoints } from './TalkingPoints';
import { TrueCostCalculator } from './TrueCostCalculator';
import { lenderName } from './ui';
import { useAgreement } from './useAgreement';

const TABS = [
  ['', 'agreement.tab.overview'],
  ['plan', 'agreement.tab.plan'],
  ['kit', 'agreement.tab.kit'],
  ['call', 'agreement.tab.call'],
  ['proposal', 'agreement.tab.proposal'],
  ['cost', 'agreement.tab.cost'],
  ['edit', 'agreement.tab.edit'],
] as const;
export type AgreementTab = (typeof TABS)[number][0];

/** One agreement: its pages as links (so each has an address a notification can open). */
export function AgreementPage({
  id,
  tab,
  params,
  onDeleted,
}: {
  id: string;
  tab: AgreementTab;
  params: URLSearchParams;
  onDeleted: (s: DeletedAgreement) => void;
}) {
  const view = useAgreement(id);
  if (view === undefined) return null;
  if (view === null)
    return (
      <p class="error" role="alert">
        {t('agreement.detail.notFound')}
      </p>
    );
  const { agreement: a, lender, installments } = view;
  const go = (sub: string) => (location.hash = `#/agreements/${id}${sub ? `/${sub}` : ''}`);
  return (
    <article aria-labelledby="ag-title">
      <p class="no-print">
        <a href="#/agreements">{t('agreement.detail.back')}</a>
      </p>
      <h2 id="ag-title">
        {lenderName(lender)}
        {a.product ? ` · ${a.product}` : ''}
        {a.accountRef ? ` (${a.accountRef})` : ''}
      </h2>
      <nav aria-label={t('agreement.tab.label')} class="ag-tabs no-print">
        {TABS.map(([sub, key]) => (
          <a key={sub} href={`#/agreements/${id}${sub ? `/${sub}` : ''}`} aria-current={sub === tab ? 'page' : undefined}>
            {t(key)}
          </a>
        ))}
      </nav>
      {tab === '' && <AgreementDetail view={view} highlight={params.get('installment')} onDeleted={onDeleted} />}
      {tab === 'plan' && <PlanEditor agreement={a} installments={installments} onSaved={() => go('')} />}
      {tab === 'kit' && <KitDocuments agreement={a} />}
      {tab === 'call' && <TalkingPoints agreement={a} />}
      {tab === 'proposal' && <ProposalTable agreement={a} installments={installments} lender={lenderName(lender)} />}
      {tab === 'cost' && (
        <TrueCostCalculator
          installments={installments}
          startDate={a.negotiatedOn}
          {...(a.jurisdiction ? { jurisdiction: a.jurisdiction } : {})}
        />
      )}
      {tab === 'edit' && <AgreementForm existing={{ agreement: a, lender }} onSaved={() => go('')} />}
    </article>
  );
}

export function isTab(s: string): s is AgreementTab {
  return TABS.some(([sub]) => sub === s);
}
