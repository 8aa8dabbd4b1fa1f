import { useEffect, useRef, useState } from 'preact/hooks';
import { rpc } from '@/utils/rpc/client';
import { t } from '@/utils/i18n/translate';
import { toDateTimeLocal, fromDateTimeLocal } from '@/utils/domain/datetime-local';
import { ContactFields, type FieldErrors } from '@/components/contact-form/ContactFields';
import { errorsFromRpc, precheck } from '@/components/contact-form/field-errors';
import type { Lender } from '@/utils/model/records';
import { emptyDraft, draftToInput, saveDraft, type Draft } from './quick-log/draft';
import { CaptureButton } from './CaptureButton';

/**
 * The quick log, for someone who just hung up: time is now, the lender is the
 * last one used, the channel is a call. The common case is: type what was
 * said, tick what happened, save. The draft lives in session storage, so
 * closing the popup mid-sentence loses nothing. The draft and the ranked
 * lenders are read by the popup before (draft) and with (lenders) its first
 * render, not by this form after it.
 */
export function QuickLog({ lenders = [], initialDraft }: { lenders?: readonly Lender[] | undefined; initialDraft?: Partial<Draft> | undefined }) {
  const [draft, setDraft] = useState<Draft>(() => ({ ...emptyDraft(toDateTimeLocal(Date.now())), ...initialDraft }));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [savedId, setSavedId] = useState<string | null>(null);
  const autoFilled = useRef(false);

  // Once, when known: default to the most recently contacted lender unless the draft has one.
  useEffect(() => {
    if (!lenders[0] || autoFilled.current) return;
    autoFilled.current = true;
    setDraft((d) => (d.lenderId === '' ? { ...d, lenderId: lenders[0]!.id } : d));
  // eslint-disable-next-line react-hooks/exhaustive-deps -- deliberate: once, when the first lender becomes known (autoFilled guards repeats)
  }, [lenders[0]?.id]);

  function change(patch: Partial<Draft>) {
    setDraft((d) => {
      const next = { ...d, ...patch };
      void saveDraft(next);
      return next;
    });
    setSavedId(null);
  }

  async function save(e: Event) {
    e.preventDefault();
    const input = draftToInput(draft, fromDateTimeLocal(draft.at));
    const found = precheck(input, Date.now());
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const c = await rpc('contacts.add', input);
      const next = { ...emptyDraft(toDateTimeLocal(Date.now()), draft.lenderId), channel: draft.channel };
      setDraft(next);
      await saveDraft(null);
      setSavedId(c.id);
    } catch (err) {
      setErrors(errorsFromRpc(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="quick-log" onSubmit={save} aria-labelledby="quick-log-title" noValidate>
      <h2 id="quick-log-title">{t('contact.quickLog.title')}</h2>
      <ContactFields draft={draft} onChange={change} errors={errors} lenders={lenders} foldDetails idPrefix="ql" />
      {errors.other && (
        <p class="error" role="alert">
          {errors.other}
        </p>
      )}
      <div class="actions">
        <button type="submit" disabled={busy}>
          {busy ? t('saving') : t('contact.add')}
        </button>
        {savedId && (
          <span class="ok" role="status">
            {t('saved')}
          </span>
        )}
      </div>
      <p class="muted small">
        {t('contact.draftKept')} {t('contact.shortcut')}
      </p>
      <CaptureButton contactId={savedId} />
    </form>
  );
}
