import { useState } from 'preact/hooks';
import { pickableFor } from '@/utils/domain/sample/separate';
import type { Agreement, Contact } from '@/utils/model/records';
import { agreementsOf } from '@/utils/db/queries/agreements';
import { useLive } from '@/components/useLive';
import { rpc } from '@/utils/rpc/client';
import { t } from '@/utils/i18n/translate';

const label = (a: Agreement) => `${a.negotiatedOn} ${a.product} ${a.lenderRef}`.trim();

/** The agreements a contact may be linked to: its lender's (read through the lenderId index), or all. */
function Picker({ contact: c, onDone, onError }: { contact: Contact; onDone: () => void; onError: (e: unknown) => void }) {
  const agreements = useLive(() => agreementsOf(c.lenderId), [c.lenderId]);
  if (!agreements) return null;
  return (
    <label class="inline">
      {t('contact.field.agreement')}
      <select
        autoFocus
        value={c.agreementId ?? ''}
        onKeyDown={(e) => e.key === 'Escape' && onDone()}
        onChange={(e) => {
          rpc('contacts.link', { id: c.id, agreementId: e.currentTarget.value || null }).then(onDone, onError);
        }}
      >
        <option value="">{t('contact.field.agreementNone')}</option>
        {pickableFor(c.id, agreements).map((a) => (
          <option key={a.id} value={a.id}>
            {label(a)}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * "Link to an agreement": the picker (dozens of options) is only built when
 * the user asks for it, not for every contact on the timeline.
 */
export function LinkAgreement({
  contact,
  linked,
  onError,
}: {
  contact: Contact;
  linked: Agreement | undefined;
  onError: (e: unknown) => void;
}) {
  const [open, setOpen] = useState(false);
  if (open) return <Picker contact={contact} onDone={() => setOpen(false)} onError={onError} />;
  return (
    <>
      {linked && <span class="tag">{`${t('contact.field.agreement')}: ${label(linked)}`}</span>}
      <button type="button" class="secondary" onClick={() => setOpen(true)}>
        {t('contact.link')}
      </button>
    </>
  );
}
