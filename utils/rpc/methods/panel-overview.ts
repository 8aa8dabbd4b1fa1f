import * as v from 'valibot';
import { id } from '../../model/fields';
import type { PanelOverview } from '../../db/repos/panel-overview';
import { method } from '../define';

export type { PanelOverview, AgreementChoice, LenderChoice } from '../../db/repos/panel-overview';

const choice = v.union([id, v.literal('')]);

// The docked panel's first call: the checklist's summary only (the drafts' records come from panel.context when the user opens them).
export const panelOverviewMethods = {
  /** Without `selection`: the panel's default choice (the newest agreement in force) and its facts. */
  'panel.overview': method<PanelOverview>()(
    v.strictObject({ selection: v.optional(v.strictObject({ lenderId: choice, agreementId: choice })) }),
    ['panel'],
  ),
};
