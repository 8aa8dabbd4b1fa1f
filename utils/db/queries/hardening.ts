import { getDb } from '../connection';
import { getProfile } from '../repos/complaint-profile';
import type { Profile } from '../../domain/complaints/records';

/** The complainant's profile for the dashboard's editor (typed there rather than on a complaint site). */
export function readProfile(): Promise<Profile> {
  return getProfile(getDb());
}
