import { useState } from 'preact/hooks';
import { COMPLAINT_STATUSES, type Agreement, type Complaint, type Lender } from '@/utils/model/records';
import { channelById } from '@/utils/sites';
import { HOLIDAYS_KNOWN_THROUGH } from '@/utils/domain/time/working-days';
import { nextStep } from '@/utils/domain/complaints/escalation';
import { StaleDueNote } from './StaleDueNote';
import { rpc } from '@/utils/rpc/client';
import { getLocale, t } from '@/utils/i18n/translate';
import { localLenderName } from '@/utils/i18n/lender-name';
import { ErrorMessage } from '@/components/ErrorMessage';
import { channelName, sectionLabel, statusLabel } from './names';
import { useUserJurisdiction } from '@/components/JurisdictionAsk';

/** One complaint: status, reference, deadline, the text sent, and where to go next. */
export function ComplaintDetail({ c, lenders, agreements }: { c: Complaint; lenders: Lender[]; agreements: Agreement[] }) {
  const [form, setForm] = useState({ status: c.status, referenceNo: c.referenceNo, answerDue: c.answerDue ?? '', notes: c.notes });
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const channel = channelById(c.channelId);
  const kind = channel?.kind ?? 'lender';
  const next = nextStep(kind);
  const user = useUserJurisdiction();
  const agreement = agreements.find((a) => a.id === c.agreementId);
  const set = (patch: Partial<typeof form>) => (setSaved(false), setForm({ ...form, ...patch }));
  return (
    <article aria-labelledby="cd-title" data-testid="complaint-detail" data-complaint={c.id}>
      <p>
        <a href="#/complaints">{t('complaint.back')}</a>
      </p>
      <h2 id="cd-title">
        {t('complaint.detail')} · {channelName(c.channelId)}
      </h2>
      <dl>
        <dt>{t('complaint.col.lender')}</dt>
        <dd>
          {localLenderName(
            lenders.find((l) => l.id === c.lenderId),
            getLocale(),
          ) || t('complaint.none')}
        </dd>
        <dt>{t('complaint.agreement')}</dt>
        <dd>{agreement ? `${agreement.negotiatedOn} ${agreement.product}` : t('complaint.none')}</dd>
        {c.url && (
          <>
            <dt>{t('complaint.url')}</dt>
            <dd>{c.url}</dd>
          </>
        )}
        <dt>{t('complaint.contacts', { count: c.contactIds.length })}</dt>
        <dd />
      </dl>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          setError(null);
          try {
            await rpc('complaints.update', { id: c.id, patch: form });
            setSaved(true);
          } catch (err) {
            setError(err);
          }
        }}
      >
        <label>
          {t('complaint.col.status')}
          <select name="status" value={form.status} onChange={(e) => set({ status: e.currentTarget.value as Complaint['status'] })}>
            {COMPLAINT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('complaint.col.ref')}
          <input name="referenceNo" value={form.referenceNo} maxLength={200} onInput={(e) => set({ referenceNo: e.currentTarget.value })} />
        </label>
        <label>
          {t('complaint.col.due')}
          <input type="date" name="answerDue" value={form.answerDue} onInput={(e) => set({ answerDue: e.currentTarget.value })} />
          <span class="muted">
            {t('complaint.dueNote')} {t('complaint.reminderNote')}
          </span>
          <StaleDueNote complaint={c} />
          {channel && !channel.deadlines.some((d) => d.kind === 'answer') && <span class="muted">{t('facts.noDeadline')}</span>}
          {channel?.deadlines.some((d) => d.unit === 'working') && form.answerDue > `${HOLIDAYS_KNOWN_THROUGH}-12-31` && (
            <span class="muted">{t('facts.approximate')}</span>
          )}
        </label>
        <label>
          {t('complaint.notes')}
          <textarea name="notes" value={form.notes} onInput={(e) => set({ notes: e.currentTarget.value })} />
        </label>
        <ErrorMessage error={error} />
        <button type="submit">{t('action.save')}</button>{' '}
        {saved && (
          <span role="status" class="ok">
            {t('saved')}
          </span>
        )}
      </form>
      <h3>{next ? t('complaint.next', { step: t(`complaint.step.${next}`) }) : t('complaint.nextNone')}</h3>
      {/* The public platforms it names (黑猫投诉) are mainland ones: not offered as a Taiwan or Hong Kong user's. */}
      {(channel?.jurisdiction ?? user) === 'CN' && (
        <p class="muted" data-testid="complaint-alongside">
          {t('complaint.alongside')}
        </p>
      )}
      <h3>{t('complaint.textSent')}</h3>
      {Object.keys(c.sections).length === 0 && <p class="muted">{t('complaint.noText')}</p>}
      {Object.entries(c.sections).map(([k, text]) => (
        <section key={k}>
          <h4>{sectionLabel(k)}</h4>
          <p class="sent-text" style={{ whiteSpace: 'pre-wrap' }}>
            {text}
          </p>
        </section>
      ))}
      <button
        type="button"
        class="secondary"
        onClick={() => {
          // The record of what was sent is evidence in the dispute: no delete without asking.
          if (!confirm(t('complaint.deleteConfirm'))) return;
          rpc('complaints.delete', { id: c.id }).then(() => (location.hash = '#/complaints'), setError);
        }}
      >
        {t('action.delete')}
      </button>
    </article>
  );
}
