import { markBackedUp, setReminderEnabled } from '../../db/repos/backup-state';
import type { HandlersFor } from './types';
import type { backupMethods } from '../methods/backup';

export const backupHandlers: HandlersFor<typeof backupMethods> = {
  'backup.markDone': async (_input, ctx) => {
    await markBackedUp(ctx.db, ctx.now());
  },
  'backup.setReminder': async (input, ctx) => {
    await setReminderEnabled(ctx.db, input.enabled);
  },
};
