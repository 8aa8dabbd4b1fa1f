import { CONTACT_CHANNELS } from '@/utils/model/records';
import { t } from '@/utils/i18n/translate';
import type { Draft } from './draft';

/** The channels nearly every record is: one tap each. The rest sit in a select beside them. */
export const QUICK_CHANNELS = ['call', 'missed-call', 'sms'] as const satisfies readonly Draft['channel'][];
const OTHER_CHANNELS = CONTACT_CHANNELS.filter((c) => !(QUICK_CHANNELS as readonly string[]).includes(c));

/**
 * The popup's channel control: three toggle chips (a radio group) and a
 * select for the other channels, so a missed call is one tap instead of
 * opening a list and picking from it.
 */
export function ChannelPicker({
  value,
  onChange,
  idPrefix,
}: {
  value: Draft['channel'];
  onChange: (c: Draft['channel']) => void;
  idPrefix: string;
}) {
  const isQuick = (QUICK_CHANNELS as readonly string[]).includes(value);
  return (
    <fieldset class="chips channel-chips">
      <legend class="visually-hidden">{t('contact.field.channel')}</legend>
      {QUICK_CHANNELS.map((c) => (
        <label class="chip" key={c}>
          <input type="radio" name="channel-quick" value={c} checked={value === c} onChange={() => onChange(c)} />
          {t(`contact.channel.${c}`)}
        </label>
      ))}
      <label class="chip chip-select" for={`${idPrefix}-channel-other`}>
        <span class="visually-hidden">{t('everyday.channel.other')}</span>
        <select
          id={`${idPrefix}-channel-other`}
          name="channel"
          value={isQuick ? '' : value}
          onChange={(e) => e.currentTarget.value && onChange(e.currentTarget.value as Draft['channel'])}
        >
          <option value="">{t('everyday.channel.other')}</option>
          {OTHER_CHANNELS.map((c) => (
            <option value={c} key={c}>
              {t(`contact.channel.${c}`)}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
