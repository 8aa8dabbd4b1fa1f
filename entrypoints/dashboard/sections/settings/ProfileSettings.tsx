import { useEffect, useState } from 'preact/hooks';
import { rpc } from '@/utils/rpc/client';
import { t } from '@/utils/i18n/translate';
import { ErrorMessage } from '@/components/ErrorMessage';
import { readProfile } from '@/utils/db/queries/hardening';
import type { Profile } from '@/utils/domain/complaints/records';

/**
 * The complainant's name, phone and address, edited in the extension's own
 * page: a complaint site could steal the keyboard focus from the panel;
 * the dashboard cannot be reached by any web page.
 */
export function ProfileSettings() {
  const [draft, setDraft] = useState<Profile | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => void readProfile().then(setDraft, setError), []);
  if (!draft) return <ErrorMessage error={error} />;
  const field = (k: keyof Profile) => (
    <label>
      {t(`panel.profile.${k}`)}
      <input
        name={`settings-profile-${k}`}
        value={draft[k]}
        maxLength={200}
        onInput={(e) => (setSaved(false), setDraft({ ...draft, [k]: e.currentTarget.value }))}
      />
    </label>
  );
  return (
    <form
      data-testid="settings-profile"
      onSubmit={async (e) => {
        e.preventDefault();
        setError(null);
        try {
          setDraft(await rpc('complaints.saveProfile', draft));
          setSaved(true);
        } catch (err) {
          setError(err);
        }
      }}
    >
      <h3>{t('panel.profile')}</h3>
      {field('name')}
      {field('phone')}
      {field('address')}
      <ErrorMessage error={error} />
      <button type="submit">{t('panel.profile.save')}</button>{' '}
      {saved && (
        <span role="status" class="ok">
          {t('saved')}
        </span>
      )}
    </form>
  );
}
