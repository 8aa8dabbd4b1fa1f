import * as v from 'valibot';
import { ContactSchema } from './records';

// Inputs to repository functions: the record minus what the repository sets
// itself (id, createdAt, updatedAt). Optional-with-default fields keep the
// quick-log form short while the stored record stays complete.
export const ContactInputSchema = v.strictObject({
  at: ContactSchema.entries.at,
  lenderId: ContactSchema.entries.lenderId,
  agreementId: ContactSchema.entries.agreementId,
  channel: ContactSchema.entries.channel,
  direction: v.optional(ContactSchema.entries.direction, 'incoming'),
  connected: v.optional(v.boolean(), true),
  person: v.optional(
    v.strictObject({
      name: v.optional(ContactSchema.entries.person.entries.name, ''),
      staffId: v.optional(ContactSchema.entries.person.entries.staffId, ''),
      phone: v.optional(ContactSchema.entries.person.entries.phone, ''),
      agency: v.optional(ContactSchema.entries.person.entries.agency, ''),
      party: v.optional(ContactSchema.entries.person.entries.party, 'unknown'),
    }),
    { name: '', staffId: '', phone: '', agency: '', party: 'unknown' },
  ),
  summary: v.optional(ContactSchema.entries.summary, ''),
  flags: v.optional(ContactSchema.entries.flags, []),
  thirdParties: v.optional(ContactSchema.entries.thirdParties, ''),
  tzOffsetMin: v.optional(ContactSchema.entries.tzOffsetMin),
});
export type ContactInput = v.InferInput<typeof ContactInputSchema>;
export type ContactInputParsed = v.InferOutput<typeof ContactInputSchema>;
