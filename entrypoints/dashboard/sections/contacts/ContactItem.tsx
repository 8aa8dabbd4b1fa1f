import type { Agreement, Contact, Lender } from '@/utils/db/records';
import { rpc } from '@/utils/rpc/client';
import { t } from '@/utils/i18n/translate';
import type { MessageKey } from '@/utils/i18n/messages';
import { wallClock } from '@/utils/domain/findings/local-time';
import { AttachFile } from '@/components/evidence/AttachFile';

interface Props {
  contact: Contact;
  lender: Lender | undefined;
  agreements: readonly Agreement[];
  evidenceCount: number;
  onEdit: () => void;
  onDelete: () => void;
  onError: (e: unknown) => void;
}

/** One contact on the timeline: what happened, and what can be done with it. */
export function ContactItem({ contact: c, lender, agreements, evidenceCount, onEdit, onDelete, onError }: Props) {
  const who = [c.person.name, c.person.staffId, c.person.agency, c.person.phone].filter(Boolean).join(' · ');
  const linkable = agreements.filter((a) => !c.lenderId || a.lenderId === c.lenderId);
  return (
    <li class="contact-item" data-contact-id={c.id}>
      <div class="contact-head">
        <time dateTime={new Date(c.at).toISOString()}>{wallClock(c).time}</time>
        <span class="tag">{t(`contact.channel.${c.channel}` as MessageKey)}</span>
        {lender && <span class="tag">{lender.name}</span>}
        {who && <strong>{who}</strong>}
      </div>
      {c.summary && <p class="contact-summary">{c.summary}</p>}
      {c.flags.length > 0 && (
        <ul class="flag-list">
          {c.flags.map((f) => (
            <li key={f}>{t(`contact.flag.${f}` as MessageKey)}</li>
          ))}
        </ul>
      )}
      <div class="row-actions">
        <button type="button" class="secondary" onClick={onEdit}>
          {t('action.edit')}
        </button>
        <button type="button" class="secondary" onClick={onDelete}>
          {t('action.delete')}
        </button>
        <label class="inline">
          {t('contact.field.agreement')}
          <select
            value={c.agreementId ?? ''}
            onChange={(e) => rpc('contacts.link', { id: c.id, agreementId: e.currentTarget.value || null }).catch(onError)}
          >
            <option value="">{t('contact.field.agreementNone')}</option>
            {linkable.map((a) => (
              <option value={a.id}>{`${a.negotiatedOn} ${a.product} ${a.lenderRef}`.trim()}</option>
            ))}
          </select>
        </label>
        <span class="muted">{t('contact.evidenceCount', { count: evidenceCount })}</span>
      </div>
      <AttachFile owner={{ ownerType: 'contact', ownerId: c.id }} />
    </li>
  );
}
