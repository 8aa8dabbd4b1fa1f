import { CONTACT_CHANNELS, CONTACT_FLAGS, type ContactFlag } from '@/utils/model/records';
import type { Proposal } from '@/utils/domain/ocr/propose';
import { fromDateTimeLocal, toDateTimeLocal } from '@/utils/domain/datetime-local';
import { t } from '@/utils/i18n/translate';

interface Props {
  index: number;
  p: Proposal;
  onChange: (next: Proposal) => void;
}

/** One proposed contact, every part correctable before it is created. */
export function ReviewRow({ index, p, onChange }: Props) {
  const id = `ocr-p${index}`;
  const set = (patch: Partial<Proposal>) => onChange({ ...p, ...patch });
  const toggleFlag = (f: ContactFlag, on: boolean) => set({ flags: on ? [...p.flags, f] : p.flags.filter((x) => x !== f) });
  return (
    <li class="ocr-proposal" data-testid="ocr-proposal">
      <label class="inline">
        <input
          type="checkbox"
          data-testid="ocr-include"
          checked={p.selected}
          onChange={(e) => set({ selected: e.currentTarget.checked })}
        />
        {t('ocr.review.include')}
        {p.direction === 'outgoing' && <span class="tag">{t('ocr.review.outgoing')}</span>}
      </label>
      <div class="ocr-proposal-fields">
        <label for={`${id}-at`}>
          {t('ocr.review.time')}
          <input
            id={`${id}-at`}
            type="datetime-local"
            value={toDateTimeLocal(p.at)}
            onChange={(e) => set({ at: fromDateTimeLocal(e.currentTarget.value), timeMissing: false })}
          />
        </label>
        <label for={`${id}-channel`}>
          {t('ocr.review.channel')}
          <select
            id={`${id}-channel`}
            value={p.channel}
            onChange={(e) =>
              set({ channel: e.currentTarget.value as Proposal['channel'], connected: e.currentTarget.value !== 'missed-call' })
            }
          >
            {CONTACT_CHANNELS.filter((c) => ['sms', 'social', 'call', 'missed-call'].includes(c)).map((c) => (
              <option key={c} value={c}>
                {t(`contact.channel.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label for={`${id}-name`}>
          {t('ocr.review.name')}
          <input id={`${id}-name`} value={p.name} maxLength={200} onInput={(e) => set({ name: e.currentTarget.value })} />
        </label>
        <label for={`${id}-phone`}>
          {t('ocr.review.phone')}
          <input id={`${id}-phone`} value={p.phone} maxLength={200} onInput={(e) => set({ phone: e.currentTarget.value })} />
        </label>
      </div>
      {p.timeMissing && <p class="error">{t('ocr.review.timeMissing')}</p>}
      <label for={`${id}-text`}>
        {t('ocr.review.text')}
        <textarea id={`${id}-text`} rows={2} value={p.text} onInput={(e) => set({ text: e.currentTarget.value })} />
      </label>
      <fieldset class="ocr-flags">
        <legend>{t('ocr.review.flags')}</legend>
        {CONTACT_FLAGS.filter((f) => p.flags.includes(f) || f === 'threat' || f === 'third-party').map((f) => (
          <label key={f} class="inline">
            <input type="checkbox" checked={p.flags.includes(f)} onChange={(e) => toggleFlag(f, e.currentTarget.checked)} />
            {t(`contact.flag.${f}`)}
          </label>
        ))}
      </fieldset>
    </li>
  );
}
