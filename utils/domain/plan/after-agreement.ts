import type { Agreement } from '../../model/records';

/**
 * Whether a local calendar date falls after an agreement was made. An
 * agreement records only its day, not its hour, so a contact on that same day
 * may have come before the deal: only the days after it count. Findings,
 * complaint selection and drafts all ask this one function.
 */
export function isAfterAgreement(localDate: string, agreement: Pick<Agreement, 'negotiatedOn'>): boolean {
  return localDate > agreement.negotiatedOn;
}
