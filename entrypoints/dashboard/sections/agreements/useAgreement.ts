import { useLive } from '@/components/useLive';
import { agreementView, type AgreementView } from '@/utils/db/queries/agreements';

/** One agreement with everything its pages show, live. `null` once it is known not to exist. */
export function useAgreement(id: string): AgreementView | null | undefined {
  return useLive(() => agreementView(id), [id]);
}
