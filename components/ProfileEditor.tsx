import { useState } from 'preact/hooks';
import { rpc } from '@/utils/rpc/client';
import { t } from '@/utils/i18n/translate';
import type { Profile } from '@/utils/domain/complaints/records';
import { ErrorMessage } from './ErrorMessage';

/**
 * The complainant's name, phone and address: one editor for the dashboard's
 * Settings and the complaint panel. Both live in extension pages (the panel
 * in its own frame), so what is typed here never reaches a complaint site.
 * `namePrefix` keeps each place's field names apart (a test or a password
 * manager tells them by name).
 */
export function ProfileEditor(props: {
  profile: Profile;
  namePrefix: string;
  onSaved?: (p: Profile) => void;
  /** Shown as the form's heading (the panel's collapsible section has its own summary instead). */
  title?: boolean;
  testId?: string;
}) {
  const [draft, setDraft] = useState(props.profile);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const field = (k: keyof Profile) => (
    <label>
      {t(`panel.profile.${k}`)}
      <input
        name={`${props.namePrefix}-${k}`}
        value={draft[k]}
        maxLength={200}
        onInput={(e) => (setSaved(false), setDraft({ ...draft, [k]: e.currentTarget.value }))}
      />
    </label>
  );
  return (
    <form
      {...(props.testId ? { 'data-testid': props.testId } : {})}
      onSubmit={async (e) => {
        e.preventDefault();
        setError(null);
        try {
          const p = await rpc('complaints.saveProfile', draft);
          setDraft(p);
          props.onSaved?.(p);
          setSaved(true);
        } catch (err) {
          setError(err);
        }
      }}
    >
      {props.title && <h3>{t('panel.profile')}</h3>}
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
