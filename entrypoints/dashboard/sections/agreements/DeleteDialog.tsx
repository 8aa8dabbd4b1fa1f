import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n/translate';
import { rpc } from '@/utils/rpc/client';
import { ErrorMessage } from '@/components/ErrorMessage';
import type { DeletedAgreement } from '@/utils/db/repos/agreements';
import type { AgreementView } from '@/utils/db/queries/agreements';

/** Asks what happens to linked contacts and says what goes with the agreement, before deleting. */
export function DeleteDialog({
  view,
  onCancel,
  onDeleted,
}: {
  view: AgreementView;
  onCancel: () => void;
  onDeleted: (s: DeletedAgreement) => void;
}) {
  const [contacts, setContacts] = useState<'unlink' | 'delete'>('unlink');
  const [error, setError] = useState<unknown>(null);
  async function confirm() {
    try {
      onDeleted(await rpc('agreements.delete', { id: view.agreement.id, contacts }));
    } catch (err) {
      setError(err);
    }
  }
  return (
    <section class="ag-dialog" role="alertdialog" aria-labelledby="ag-del-title" aria-describedby="ag-del-desc">
      <h3 id="ag-del-title">{t('agreement.delete.title')}</h3>
      <p id="ag-del-desc">
        {t('agreement.delete.consequences', { installments: view.installments.length, reminders: view.reminderCount })}
      </p>
      {view.contactCount > 0 && (
        <fieldset>
          <legend>{t('agreement.delete.contactsQuestion', { count: view.contactCount })}</legend>
          {(['unlink', 'delete'] as const).map((c) => (
            <label key={c} class="ag-check">
              <input type="radio" name="delete-contacts" value={c} checked={contacts === c} onChange={() => setContacts(c)} />
              {t(c === 'unlink' ? 'agreement.delete.contactsUnlink' : 'agreement.delete.contactsDelete')}
            </label>
          ))}
        </fieldset>
      )}
      <ErrorMessage error={error} />
      <div class="ag-actions">
        <button type="button" class="danger" onClick={confirm}>
          {t('agreement.delete.confirm')}
        </button>
        <button type="button" class="secondary" onClick={onCancel} autoFocus>
          {t('action.cancel')}
        </button>
      </div>
    </section>
  );
}
