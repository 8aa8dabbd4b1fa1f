import { useState } from 'preact/hooks';
import { isReal } from '@/utils/domain/sample/separate';
import type { Agreement, Lender } from '@/utils/model/records';
import { channelById, channels } from '@/utils/sites';
import { ChannelSiteLink } from './ChannelSiteLink';
import { LENDER_CHANNEL } from '@/utils/domain/complaints/escalation';
import { rpc } from '@/utils/rpc/client';
import { getLocale, t } from '@/utils/i18n/translate';
import { localLenderName } from '@/utils/i18n/lender-name';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useRequestKey } from '@/components/useRequestKey';
import { todayIso } from '@/utils/domain/time/wall-clock';
import { channelChoices } from '@/utils/domain/complaints/channel-choices';
import { JurisdictionAsk, useUserJurisdiction } from '@/components/JurisdictionAsk';

/**
 * Records a complaint made outside a complaint page (typically to the lender by
 * phone, with its ticket number). Contacts and rules may arrive preselected
 * from the findings view (#/complaints?contacts=a,b&rules=r1).
 */
export function NewComplaint(props: {
  lenders: Lender[];
  agreements: Agreement[];
  contactIds: string[];
  ruleIds: string[];
  channelId?: string;
}) {
  const preselected = props.channelId ? channelById(props.channelId) : undefined;
  const [form, setForm] = useState({
    channelId: preselected?.id ?? LENDER_CHANNEL,
    lenderId: '',
    agreementId: '',
    referenceNo: '',
    sentOn: todayIso(),
    notes: '',
  });
  const [error, setError] = useState<unknown>(null);
  const [requestKey] = useRequestKey();
  const set = (patch: Partial<typeof form>) => setForm({ ...form, ...patch });
  const user = useUserJurisdiction();
  const agreement = props.agreements.find((a) => a.id === form.agreementId);
  // Only the channels of the user's (or this agreement's) jurisdiction; unset: all, each group labelled with its place.
  const groups = channelChoices(channels, user, agreement?.jurisdiction);
  const offered = groups.some((g) => g.channelIds.includes(form.channelId));
  const channelId = offered ? form.channelId : LENDER_CHANNEL;
  return (
    <form
      class="new-complaint"
      aria-labelledby="nc-title"
      onSubmit={async (e) => {
        e.preventDefault();
        setError(null);
        try {
          const c = await rpc('complaints.add', {
            channelId,
            referenceNo: form.referenceNo,
            sentOn: form.sentOn,
            contactIds: props.contactIds,
            notes: [form.notes, props.ruleIds.length ? `rules: ${props.ruleIds.join(', ')}` : ''].filter(Boolean).join('\n'),
            ...(form.lenderId ? { lenderId: form.lenderId } : {}),
            ...(form.agreementId ? { agreementId: form.agreementId } : {}),
            requestKey,
          });
          location.hash = `#/complaints/${c.id}`;
        } catch (err) {
          setError(err);
        }
      }}
    >
      <h3 id="nc-title">{t('complaint.new')}</h3>
      {(props.contactIds.length > 0 || props.ruleIds.length > 0) && (
        <p data-testid="preselected">
          {t('complaint.new.preselected', { contacts: props.contactIds.length, rules: props.ruleIds.length })}
        </p>
      )}
      <JurisdictionAsk user={user} />
      <ChannelSiteLink channelId={channelId} />
      <label>
        {t('complaint.col.channel')}
        <select name="channelId" value={channelId} onChange={(e) => set({ channelId: e.currentTarget.value })}>
          <option value={LENDER_CHANNEL}>{t('complaint.channel.lender')}</option>
          {groups.map((g) => (
            <optgroup key={g.jurisdiction} label={t(`jurisdiction.${g.jurisdiction}`)} data-jurisdiction={g.jurisdiction}>
              {g.channelIds.map((id) => (
                <option key={id} value={id}>
                  {channelById(id)!.name[getLocale()]}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label>
        {t('complaint.col.lender')}
        <select name="lenderId" value={form.lenderId} onChange={(e) => set({ lenderId: e.currentTarget.value, agreementId: '' })}>
          <option value="">{t('complaint.none')}</option>
          {props.lenders.filter(isReal).map((l) => (
            <option key={l.id} value={l.id}>
              {localLenderName(l, getLocale())}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('complaint.agreement')}
        <select name="agreementId" value={form.agreementId} onChange={(e) => set({ agreementId: e.currentTarget.value })}>
          <option value="">{t('complaint.none')}</option>
          {props.agreements
            .filter((a) => isReal(a) && (!form.lenderId || a.lenderId === form.lenderId))
            .map((a) => (
              <option key={a.id} value={a.id}>{`${a.negotiatedOn} ${a.product}`}</option>
            ))}
        </select>
      </label>
      <label>
        {t('complaint.col.ref')}
        <input name="referenceNo" value={form.referenceNo} maxLength={200} onInput={(e) => set({ referenceNo: e.currentTarget.value })} />
      </label>
      <label>
        {t('complaint.sentOn')}
        <input
          type="date"
          name="sentOn"
          required
          value={form.sentOn}
          max={todayIso()}
          onInput={(e) => set({ sentOn: e.currentTarget.value })}
        />
      </label>
      <label>
        {t('complaint.notes')}
        <textarea name="notes" value={form.notes} onInput={(e) => set({ notes: e.currentTarget.value })} />
      </label>
      <ErrorMessage error={error} />
      <button type="submit">{t('complaint.add')}</button>
    </form>
  );
}
