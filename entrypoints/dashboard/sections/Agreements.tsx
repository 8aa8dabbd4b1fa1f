import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n/translate';
import { rpc } from '@/utils/rpc/client';
import { ErrorMessage } from '@/components/ErrorMessage';
import type { DeletedAgreement } from '@/utils/db/repos/agreements';
import type { SectionProps } from '../sections';
import { AgreementForm } from './agreements/AgreementForm';
import { AgreementList } from './agreements/AgreementList';
import { AgreementPage, isTab } from './agreements/AgreementPage';
import { TrueCostCalculator } from './agreements/TrueCostCalculator';
import './agreements/agreements.css';

/**
 * #/agreements            list
 * #/agreements/new        create
 * #/agreements/true-cost  calculator on its own
 * #/agreements/<id>[/tab] one agreement (tabs: plan, kit, call, proposal, cost, edit)
 */
export function Agreements({ subpath, params }: SectionProps) {
  const [deleted, setDeleted] = useState<DeletedAgreement | null>(null);
  const [undoError, setUndoError] = useState<unknown>(null);
  const [first = '', second = ''] = subpath.split('/');

  async function undo() {
    if (!deleted) return;
    try {
      const a = await rpc('agreements.restore', deleted);
      setDeleted(null);
      location.hash = `#/agreements/${a.id}`;
    } catch (err) {
      setUndoError(err);
    }
  }

  return (
    <section aria-labelledby={first ? undefined : 'agreements-title'} class="agreements">
      {deleted && (
        <div class="ag-undo" role="status">
          {t('agreement.deleted')}{' '}
          <button type="button" class="secondary" onClick={undo}>
            {t('action.undo')}
          </button>
          <ErrorMessage error={undoError} />
        </div>
      )}
      {first === '' && (
        <>
          <h2 id="agreements-title">{t('agreement.list.title')}</h2>
          <p class="ag-actions">
            <a class="button" href="#/agreements/new">
              {t('agreement.list.new')}
            </a>
            <a href="#/agreements/true-cost">{t('agreement.list.trueCost')}</a>
          </p>
          <AgreementList />
        </>
      )}
      {first === 'new' && <AgreementForm onSaved={(a) => (location.hash = `#/agreements/${a.id}/plan`)} />}
      {first === 'true-cost' && <TrueCostCalculator />}
      {first && first !== 'new' && first !== 'true-cost' && (
        <AgreementPage
          id={first}
          tab={isTab(second) ? second : ''}
          params={params}
          onDeleted={(s) => {
            setDeleted(s);
            setUndoError(null);
            location.hash = '#/agreements';
          }}
        />
      )}
    </section>
  );
}
