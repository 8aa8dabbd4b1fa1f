import { useEffect, useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/ErrorMessage';
import { ProfileEditor } from '@/components/ProfileEditor';
import { readProfile } from '@/utils/db/queries/hardening';
import type { Profile } from '@/utils/domain/complaints/records';

/**
 * The complainant's name, phone and address, edited in the extension's own
 * page: a complaint site could steal the keyboard focus from the panel;
 * the dashboard cannot be reached by any web page.
 */
export function ProfileSettings() {
  const [profile, setProfile] = useState<Profile | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => void readProfile().then(setProfile, setError), []);
  if (!profile) return <ErrorMessage error={error} />;
  return <ProfileEditor profile={profile} namePrefix="settings-profile" testId="settings-profile" title />;
}
