import * as v from 'valibot';
import { ProfileSchema } from '../../model/complaint-inputs';
import type { Profile } from '../../domain/complaints/records';
import type { NgDatabase } from '../schema';

// The complainant's own name, phone and address for identity fields, kept in
// the settings table (one key each) so a backup carries them.
const KEYS = { name: 'complaint.profile.name', phone: 'complaint.profile.phone', address: 'complaint.profile.address' } as const;

export async function getProfile(db: NgDatabase): Promise<Profile> {
  const rows = await db.settings.bulkGet(Object.values(KEYS));
  const [name, phone, address] = rows.map((r) => (typeof r?.value === 'string' ? r.value : ''));
  return { name: name!, phone: phone!, address: address! };
}

export async function saveProfile(db: NgDatabase, input: Profile): Promise<Profile> {
  const p = v.parse(ProfileSchema, input);
  const clean = { name: p.name.trim(), phone: p.phone.trim(), address: p.address.trim() };
  await db.transaction('rw', db.settings, async () => {
    await db.settings.bulkPut((Object.keys(KEYS) as Array<keyof Profile>).map((k) => ({ key: KEYS[k], value: clean[k] })));
  });
  return clean;
}
