import { deleteAllData } from '../../db/repos/delete-all';
import type { HandlersFor } from './types';
import type { dataMethods } from '../methods/data';

export const dataHandlers: HandlersFor<typeof dataMethods> = {
  'data.deleteAll': async (_input, ctx) => {
    const out = await deleteAllData(ctx.db);
    // The background then rebuilds what a fresh install has: no reminder alarm, the backup
    // check alarm, no site scripts (the user's sites are gone). Not 'data-changed': that
    // would count the wipe as a change to back up, and a fresh install has none.
    ctx.emit('reminders-changed');
    ctx.emit('sites-changed');
    return out;
  },
};
