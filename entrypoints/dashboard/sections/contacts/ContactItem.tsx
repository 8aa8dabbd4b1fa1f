import type { Agreement, Contact, Lender } from '@/utils/model/records';
import { getLocale, t } from '@/utils/i18n/translate';
import { localLenderName } from '@/utils/i18n/lender-name';
import { wallClock } from '@/utils/domain/time/wall-clock';
import { AttachFile } from '@/components/evidence/AttachFile';
import type { ImportSource } from '@/utils/db/queries/import-sources';
import { LinkAgreement } from './LinkAgreement';
import { ImportSourceLine } from './ImportSourceLine';

interface Props {
  contact: Contact;
  lender: Lender | undefined;
  /** The agreement it is linked to, once the agreements are loaded. */
  agreement: Agreement | undefined;
  evidenceCount: number;
  /** The imported file it came from, for an imported contact. */
  source?: ImportSource | undefined;
  onEdit: () => void;
  onDelete: () => void;
  onError: (e: unknown) => void;
}

/** One contact on the timeline: what happened, and what can be done with it. */
export function ContactItem({ contact: c, lender, agreement, evidenceCount, source, onEdit, onDelete, onError }: Props) {
  const who = [c.person.name, c.person.staffId, c.person.agency, c.person.phone].filter(Boolean).join(' · ');
  return (
    <li class="contact-item" data-contact-id={c.id}>
      <div class="contact-head">
        <time dateTime={new Date(c.at).toISOString()}>{wallClock(c).time}</time>
        <span class="tag">{t(`contact.channel.${c.channel}`)}</span>
        {lender && <span class="tag">{localLenderName(lender, getLocale())}</span>}
        {who && <strong>{who}</strong>}
      </div>
      {c.summary && <p class="contact-summary">{c.summary}</p>}
      {source && <ImportSourceLine source={source} />}
      {c.flags.length > 0 && (
        <ul class="flag-list">
          {c.flags.map((f) => (
            <li key={f}>{t(`contact.flag.${f}`)}</li>
          ))}
        </ul>
      )}
      <div class="row-actions">
        <button type="button" class="secondary" onClick={onEdit}>
          {t('action.edit')}
        </button>
        <LinkAgreement contact={c} linked={agreement} onError={onError} />
        <span class="muted">{t('contact.evidenceCount', { count: evidenceCount })}</span>
        {/* Destructive, so apart from the others at the row's end (undo is offered after it). */}
        <button type="button" class="danger quiet push-end" onClick={onDelete}>
          {t('action.delete')}
        </button>
      </div>
      <AttachFile owner={{ ownerType: 'contact', ownerId: c.id }} />
    </li>
  );
}
