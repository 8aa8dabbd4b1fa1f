import * as v from 'valibot';
import { method } from '../define';

// Backup bookkeeping the background must know about (for the reminder).
// The backup file itself is built and read in the extension page: it holds
// evidence Blobs, which cannot cross runtime messaging (docs/ARCHITECTURE.md).
export const backupMethods = {
  /** The user saved a backup file: reset the change counter and the monthly clock. */
  'backup.markDone': method<void>()(v.strictObject({}), ['page']),
  'backup.setReminder': method<void>()(v.strictObject({ enabled: v.boolean() }), ['page']),
  /**
   * The page wrote evidence itself (Blobs cannot cross runtime messaging, so
   * files and undo of a delete go straight to the repository): count it as a
   * change for the backup reminder, as an RPC write would.
   */
  'backup.noteChange': method<void>()(v.strictObject({}), ['page']),
  /** The page restored a backup: let reminders, sites and views rebuild from the new data. */
  'backup.restored': method<void>()(v.strictObject({}), ['page']),
};
