import type { NgDatabase } from '../schema';
import type { Agreement, Jurisdiction, Lender } from '../../model/records';
import { defaultSelection, selectRecords } from '../../domain/complaints/select';
import { checklistFacts, type ChecklistFacts } from '../../domain/complaints/checklist-facts';
import { loadPanelContext } from './panel-context';

/** What the panel's lender and agreement pickers show (no terms, promises, notes or counterpart). */
export type LenderChoice = Pick<Lender, 'id' | 'name' | 'kind'> & { catalogId?: string };
export type AgreementChoice = Pick<Agreement, 'id' | 'lenderId' | 'product' | 'negotiatedOn' | 'status'> & { jurisdiction?: Jurisdiction };

/**
 * The complaint panel's first read (staged loading): the
 * pickers, the user's jurisdiction, the chosen lender and agreement, and the
 * checklist's facts for that choice, computed here in the background from the
 * same pool the drafts use (findings from the background's snapshot). No
 * contact, complaint or evidence text and no profile leaves the background
 * until the user opens the drafts (panel.context).
 */
export interface PanelOverview {
  lenders: LenderChoice[];
  agreements: AgreementChoice[];
  jurisdiction?: Jurisdiction;
  selection: { lenderId: string; agreementId: string };
  facts: Omit<ChecklistFacts, 'demands'>;
}

export async function loadPanelOverview(
  db: NgDatabase,
  chosen: { lenderId?: string | undefined; agreementId?: string | undefined } | undefined,
  now: number,
): Promise<PanelOverview> {
  const pool = await loadPanelContext(db, undefined, now);
  const sel = chosen ? { lenderId: chosen.lenderId ?? '', agreementId: chosen.agreementId ?? '', demands: [] } : defaultSelection(pool);
  const { demands: _demands, ...facts } = checklistFacts(selectRecords(pool, sel));
  return {
    lenders: pool.lenders.map((l) => ({ id: l.id, name: l.name, kind: l.kind, ...(l.catalogId ? { catalogId: l.catalogId } : {}) })),
    agreements: pool.agreements.map((a) => ({
      id: a.id,
      lenderId: a.lenderId,
      product: a.product,
      negotiatedOn: a.negotiatedOn,
      status: a.status,
      ...(a.jurisdiction ? { jurisdiction: a.jurisdiction } : {}),
    })),
    ...(pool.jurisdiction ? { jurisdiction: pool.jurisdiction } : {}),
    selection: { lenderId: sel.lenderId, agreementId: sel.agreementId },
    facts,
  };
}
