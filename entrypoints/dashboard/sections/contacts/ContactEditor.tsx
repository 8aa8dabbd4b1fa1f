import { useState } from 'preact/hooks';
import { pickableFor } from '@/utils/domain/sample/separate';
import type { Contact, Lender } from '@/utils/model/records';
import { rpc } from '@/utils/rpc/client';
import { t } from '@/utils/i18n/translate';
import { fromDateTimeLocal } from '@/utils/domain/datetime-local';
import { ContactFields, type FieldErrors } from '@/components/contact-form/ContactFields';
import { errorsFromRpc, precheck } from '@/components/contact-form/field-errors';
import { draftToInput, type Draft } from '@/entrypoints/popup/quick-log/draft';
import { contactToDraft } from './contact-draft';

/** Edits a contact in place; findings re-evaluate from the live data after the save. */
export function ContactEditor({ contact, lenders, onDone }: { contact: Contact; lenders: readonly Lender[]; onDone: () => void }) {
  const [draft, setDraft] = useState<Draft>(() => contactToDraft(contact));
  const [errors, setErrors] = useState<FieldErrors>({});
  async function save(e: Event) {
    e.preventDefault();
    const input = {
      ...draftToInput(draft, fromDateTimeLocal(draft.at)),
      ...(contact.agreementId ? { agreementId: contact.agreementId } : {}),
      // The wall clock the contact was logged in stays its own.
      tzOffsetMin: contact.tzOffsetMin,
    };
    const found = precheck(input, Date.now());
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      await rpc('contacts.update', { id: contact.id, contact: input });
      onDone();
    } catch (err) {
      setErrors(errorsFromRpc(err));
    }
  }
  return (
    <form class="contact-editor" onSubmit={save} aria-label={t('contact.edit.title')} noValidate>
      <ContactFields
        draft={draft}
        onChange={(p) => setDraft((d) => ({ ...d, ...p }))}
        errors={errors}
        lenders={pickableFor(contact.id, lenders)}
        foldDetails={false}
        idPrefix={`ed-${contact.id}`}
      />
      {errors.other && (
        <p class="error" role="alert">
          {errors.other}
        </p>
      )}
      <div class="actions">
        <button type="submit">{t('action.save')}</button>
        <button type="button" class="secondary" onClick={onDone}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
