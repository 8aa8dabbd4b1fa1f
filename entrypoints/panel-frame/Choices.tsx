import { DEMANDS, type Demand } from '@/utils/model/records';
import type { Profile } from '@/utils/domain/complaints/records';
import type { Selection } from '@/utils/domain/complaints/select';
import type { Agreement, Lender } from '@/utils/model/records';
import { getLocale, t } from '@/utils/i18n/translate';
import { localLenderName } from '@/utils/i18n/lender-name';
import { ProfileEditor } from '@/components/ProfileEditor';

/** Which lender and agreement the complaint is about, and what the user asks for. */
export function Choices(props: {
  lenders: Pick<Lender, 'id' | 'name' | 'catalogId'>[];
  agreements: Pick<Agreement, 'id' | 'negotiatedOn' | 'product'>[];
  sel: Selection;
  onChange: (s: Selection) => void;
}) {
  const { sel, onChange } = props;
  const toggle = (d: Demand) =>
    onChange({ ...sel, demands: sel.demands.includes(d) ? sel.demands.filter((x) => x !== d) : [...sel.demands, d] });
  return (
    <section class="choices">
      <label>
        {t('panel.lender')}
        <select value={sel.lenderId} onChange={(e) => onChange({ ...sel, lenderId: e.currentTarget.value, agreementId: '' })}>
          <option value="">{t('panel.allLenders')}</option>
          {props.lenders.map((l) => (
            <option key={l.id} value={l.id}>
              {localLenderName(l, getLocale())}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('panel.agreement')}
        <select name="agreement" value={sel.agreementId} onChange={(e) => onChange({ ...sel, agreementId: e.currentTarget.value })}>
          <option value="">{t('panel.noAgreement')}</option>
          {props.agreements.map((a) => (
            <option key={a.id} value={a.id}>{`${a.negotiatedOn} ${a.product}`}</option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('panel.demands')}</legend>
        {DEMANDS.map((d) => (
          <label key={d} class="inline">
            <input type="checkbox" name={`demand-${d}`} checked={sel.demands.includes(d)} onChange={() => toggle(d)} />{' '}
            {t(`panel.demand.${d}`)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}

/** The complainant's details: free text typed here stays in the extension frame, never in the page. */
export function ProfileForm({ profile, onSaved }: { profile: Profile; onSaved: (p: Profile) => void }) {
  return (
    <details class="profile">
      <summary>{t('panel.profile')}</summary>
      <ProfileEditor profile={profile} namePrefix="profile" onSaved={onSaved} />
    </details>
  );
}
