import { countContacts } from '../../db/repos/contacts';
import type { HandlersFor } from './types';
import type { panelMethods } from '../methods/panel';

export const panelHandlers: HandlersFor<typeof panelMethods> = {
  'panel.summary': async (_input, ctx) => ({ contactCount: await countContacts(ctx.db) }),
};
