import './contact-form.css';
import { CONTACT_CHANNELS, CONTACT_PARTIES, type Lender } from '@/utils/model/records';
import { getLocale, t } from '@/utils/i18n/translate';
import { localLenderName } from '@/utils/i18n/lender-name';
import type { MessageKey } from '@/utils/i18n/messages';
import type { Draft } from './draft';
import { ChannelPicker } from './ChannelPicker';
import { FlagChips } from './FlagChips';
import { TimeNudges } from './TimeNudges';

export type FieldErrors = Partial<Record<'at' | 'summary' | 'lenderId' | 'other', string>>;

interface Props {
  draft: Draft;
  onChange: (patch: Partial<Draft>) => void;
  errors: FieldErrors;
  lenders: readonly Lender[];
  /** The popup keeps rarely used fields folded away. */
  foldDetails: boolean;
  idPrefix: string;
}

function FieldError({ id, text }: { id: string; text: string | undefined }) {
  return text ? (
    <p class="error" role="alert" id={id}>
      {text}
    </p>
  ) : null;
}

/** The fields of a contact record, shared by the popup quick log and the dashboard editor. */
export function ContactFields({ draft: d, onChange, errors, lenders, foldDetails, idPrefix: p }: Props) {
  const text = (name: 'name' | 'staffId' | 'phone' | 'agency', label: MessageKey, formName: string = name) => (
    <label>
      {t(label)}
      <input name={formName} value={d[name]} maxLength={200} onInput={(e) => onChange({ [name]: e.currentTarget.value })} />
    </label>
  );
  const details = (
    <>
      {text('staffId', 'contact.field.staffId')}
      {text('phone', 'contact.field.phone')}
      {text('agency', 'contact.field.agency')}
      <label>
        {t('contact.field.party')}
        <select name="party" value={d.party} onChange={(e) => onChange({ party: e.currentTarget.value as Draft['party'] })}>
          {CONTACT_PARTIES.map((x) => (
            <option value={x}>{t(`contact.party.${x}`)}</option>
          ))}
        </select>
      </label>
      <label>
        {t('contact.field.direction')}
        <select name="direction" value={d.direction} onChange={(e) => onChange({ direction: e.currentTarget.value as Draft['direction'] })}>
          <option value="incoming">{t('contact.direction.incoming')}</option>
          <option value="outgoing">{t('contact.direction.outgoing')}</option>
        </select>
      </label>
    </>
  );
  const atInput = (
    <input
      id={`${p}-at`}
      type="datetime-local"
      name="at"
      value={d.at}
      aria-invalid={errors.at ? true : undefined}
      aria-describedby={errors.at ? `${p}-at-error` : undefined}
      onInput={(e) => onChange({ at: e.currentTarget.value })}
    />
  );
  const at = (
    <label>
      {t('contact.field.at')}
      {atInput}
    </label>
  );
  const lender = (
    <label>
      {t('contact.field.lender')}
      <select name="lender" value={d.lenderId} onChange={(e) => onChange({ lenderId: e.currentTarget.value })}>
        <option value="">{t('contact.field.lenderNone')}</option>
        {lenders.map((l) => (
          <option value={l.id}>{localLenderName(l, getLocale())}</option>
        ))}
      </select>
    </label>
  );
  const connected = d.channel === 'call' && (
    <label class="check">
      <input type="checkbox" name="connected" checked={d.connected} onChange={(e) => onChange({ connected: e.currentTarget.checked })} />
      {t('contact.field.connected')}
    </label>
  );
  const summary = (
    <>
      <label>
        {t('contact.field.summary')}
        <textarea
          name="summary"
          rows={foldDetails ? 2 : 3}
          value={d.summary}
          maxLength={20000}
          aria-invalid={errors.summary ? true : undefined}
          aria-describedby={errors.summary ? `${p}-summary-error` : undefined}
          onInput={(e) => onChange({ summary: e.currentTarget.value })}
        />
      </label>
      <FieldError id={`${p}-summary-error`} text={errors.summary} />
    </>
  );
  const thirdParties = d.flags.includes('third-party') && (
    <label>
      {t('contact.field.thirdParties')}
      <input
        name="thirdParties"
        value={d.thirdParties}
        maxLength={200}
        onInput={(e) => onChange({ thirdParties: e.currentTarget.value })}
      />
    </label>
  );
  const flags = <FlagChips flags={d.flags} onChange={(next) => onChange({ flags: next })} />;

  // The popup: everything for the common record above the fold (time with
  // nudges, one-tap channel, lender, who, what was said, what happened);
  // the rest folded away.
  if (foldDetails) {
    return (
      <>
        <div class="time-row">
          <label for={`${p}-at`}>{t('contact.field.at')}</label>
          <TimeNudges onPick={(v) => onChange({ at: v })} />
        </div>
        {atInput}
        <FieldError id={`${p}-at-error`} text={errors.at} />
        <ChannelPicker value={d.channel} onChange={(channel) => onChange({ channel })} idPrefix={p} />
        <div class="field-row">
          {lender}
          {text('name', 'contact.field.who', 'who')}
        </div>
        <FieldError id={`${p}-lender-error`} text={errors.lenderId} />
        {summary}
        {flags}
        {thirdParties}
        {/* "Missed call" is its own chip, so "connected" (on by default for a call) waits here. */}
        <details class="more">
          <summary>{t('contact.more')}</summary>
          {connected}
          {details}
        </details>
      </>
    );
  }
  return (
    <>
      <div class="field-row">
        {at}
        <label>
          {t('contact.field.channel')}
          <select name="channel" value={d.channel} onChange={(e) => onChange({ channel: e.currentTarget.value as Draft['channel'] })}>
            {CONTACT_CHANNELS.map((x) => (
              <option value={x}>{t(`contact.channel.${x}`)}</option>
            ))}
          </select>
        </label>
      </div>
      <FieldError id={`${p}-at-error`} text={errors.at} />
      {lender}
      <FieldError id={`${p}-lender-error`} text={errors.lenderId} />
      {connected}
      {text('name', 'contact.field.who', 'who')}
      {details}
      {summary}
      {flags}
      {thirdParties}
    </>
  );
}
