import { useEffect, useRef, useState } from 'preact/hooks';
import { rpc } from '@/utils/rpc/client';
import { t } from '@/utils/i18n/translate';
import { toDateTimeLocal, fromDateTimeLocal } from '@/utils/domain/datetime-local';
import { ContactFields, type FieldErrors } from '@/components/contact-form/ContactFields';
import { errorsFromRpc, precheck } from '@/components/contact-form/field-errors';
import type { Lender } from '@/utils/model/records';
import { emptyDraft, draftToAddInput, saveDraft, type Draft } from './quick-log/draft';
import { CaptureButton } from './CaptureButton';
import { isSaveShortcut } from './quick-log/shortcut';

/**
 * The quick log, for someone who just hung up: time is now, the lender is the
 * last one used, the channel is a call. The common case is: type what was
 * said, tick what happened, save. The draft lives in session storage, so
 * closing the popup mid-sentence loses nothing. The draft and the ranked
 * lenders are read by the popup before (draft) and with (lenders) its first
 * render, not by this form after it.
 */
export function QuickLog({
  lenders = [],
  initialDraft,
}: {
  lenders?: readonly Lender[] | undefined;
  initialDraft?: Partial<Draft> | undefined;
}) {
  const [draft, setDraftState] = useState<Draft>(() => ({ ...emptyDraft(toDateTimeLocal(Date.now())), ...initialDraft }));
  // The latest draft, synchronously: Ctrl+Enter right after typing must save what was typed, even before the re-render.
  const latest = useRef(draft);
  const setDraft = (next: Draft) => {
    latest.current = next;
    setDraftState(next);
  };
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [savedId, setSavedId] = useState<string | null>(null);
  const autoFilled = useRef(false);
  const form = useRef<HTMLFormElement>(null);

  // Once, when known: default to the most recently contacted lender unless the draft has one.
  useEffect(() => {
    if (!lenders[0] || autoFilled.current) return;
    autoFilled.current = true;
    if (latest.current.lenderId === '') setDraft({ ...latest.current, lenderId: lenders[0]!.id });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- deliberate: once, when the first lender becomes known (autoFilled guards repeats)
  }, [lenders[0]?.id]);

  function change(patch: Partial<Draft>) {
    const next = { ...latest.current, ...patch };
    void saveDraft(next);
    setDraft(next);
    setSavedId(null);
  }

  async function save(e: Event) {
    e.preventDefault();
    const draft = latest.current;
    const input = draftToAddInput(draft, fromDateTimeLocal(draft.at));
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
      // Ready for the next contact: the cursor is back where the user types what was said.
      form.current?.querySelector<HTMLTextAreaElement>('textarea[name="summary"]')?.focus();
    } catch (err) {
      setErrors(errorsFromRpc(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      ref={form}
      class="quick-log"
      onSubmit={save}
      aria-labelledby="quick-log-title"
      noValidate
      onKeyDown={(e) => {
        if (!isSaveShortcut(e)) return;
        e.preventDefault();
        if (!busy) form.current?.requestSubmit();
      }}
    >
      <h2 id="quick-log-title" class="visually-hidden">
        {t('contact.quickLog.title')}
      </h2>
      <ContactFields draft={draft} onChange={change} errors={errors} lenders={lenders} foldDetails idPrefix="ql" />
      {errors.other && (
        <p class="error" role="alert">
          {errors.other}
        </p>
      )}
      <div class="actions sticky">
        <button type="submit" disabled={busy} aria-keyshortcuts="Control+Enter Meta+Enter">
          {busy ? t('saving') : t('contact.add')}
        </button>
        <kbd class="muted small">{t('everyday.save.shortcut')}</kbd>
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
