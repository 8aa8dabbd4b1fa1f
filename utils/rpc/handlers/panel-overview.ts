import { loadPanelOverview } from '../../db/repos/panel-overview';
import type { HandlersFor } from './types';
import type { panelOverviewMethods } from '../methods/panel-overview';

export const panelOverviewHandlers: HandlersFor<typeof panelOverviewMethods> = {
  'panel.overview': (input, ctx) => loadPanelOverview(ctx.db, input.selection, ctx.now()),
};
