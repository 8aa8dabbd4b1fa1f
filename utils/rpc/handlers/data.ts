import { deleteAllData } from '../../db/repos/delete-all';
import type { HandlersFor } from './types';
import type { dataMethods } from '../methods/data';

export const dataHandlers: HandlersFor<typeof dataMethods> = {
  // The wipe moves the reminders, sites and backup change tokens in its own transaction
  // (utils/db/change-tokens.ts): the background then rebuilds what a fresh install has
  // (no reminder alarm, the backup check alarm, no site scripts).
  'data.deleteAll': (_input, ctx) => deleteAllData(ctx.db),
};
