import { CONTACT_CHANNELS, CONTACT_FLAGS, type Agreement, type Lender } from '@/utils/model/records';
import type { ContactFilter } from '@/utils/domain/search/filter-contacts';
import { getLocale, t } from '@/utils/i18n/translate';
import { localLenderName } from '@/utils/i18n/lender-name';
import type { MessageKey } from '@/utils/i18n/messages';

interface Props {
  filter: ContactFilter;
  onChange: (f: ContactFilter) => void;
  lenders: readonly Lender[];
  agreements: readonly Agreement[];
}

/** Search box and filters; an empty value means "all". */
export function ContactFiltersBar({ filter: f, onChange, lenders, agreements }: Props) {
  const set = (patch: Partial<ContactFilter>) => {
    const next: ContactFilter = { ...f, ...patch };
    for (const k of Object.keys(next) as (keyof ContactFilter)[]) if (!next[k]) delete next[k];
    onChange(next);
  };
  const select = (key: 'lenderId' | 'agreementId' | 'channel' | 'flag', label: MessageKey, options: [string, string][]) => (
    <label>
      {t(label)}
      <select name={`filter-${key}`} value={f[key] ?? ''} onChange={(e) => set({ [key]: e.currentTarget.value })}>
        <option value="">{t('contact.filter.all')}</option>
        {options.map(([v, text]) => (
          <option value={v}>{text}</option>
        ))}
      </select>
    </label>
  );
  return (
    <fieldset class="contact-filters">
      <legend>{t('contact.filter.legend')}</legend>
      <label class="search">
        {t('contact.search')}
        <input type="search" name="search" value={f.query ?? ''} onInput={(e) => set({ query: e.currentTarget.value })} />
      </label>
      {select(
        'lenderId',
        'contact.field.lender',
        lenders.map((l) => [l.id, localLenderName(l, getLocale())]),
      )}
      {select(
        'agreementId',
        'contact.field.agreement',
        agreements.map((a) => [a.id, `${a.negotiatedOn} ${a.lenderRef}`.trim()]),
      )}
      {select(
        'channel',
        'contact.field.channel',
        CONTACT_CHANNELS.map((c) => [c, t(`contact.channel.${c}`)]),
      )}
      {select(
        'flag',
        'contact.field.flags',
        CONTACT_FLAGS.map((c) => [c, t(`contact.flag.${c}`)]),
      )}
      <label>
        {t('contact.filter.from')}
        <input type="date" name="from" value={f.from ?? ''} onInput={(e) => set({ from: e.currentTarget.value })} />
      </label>
      <label>
        {t('contact.filter.to')}
        <input type="date" name="to" value={f.to ?? ''} onInput={(e) => set({ to: e.currentTarget.value })} />
      </label>
    </fieldset>
  );
}
