import * as v from 'valibot';
import { method } from '../define';

// Backup bookkeeping the background must know about (for the reminder).
// The backup file itself is built and read in the extension page: it holds
// evidence Blobs, which cannot cross runtime messaging (docs/ARCHITECTURE.md).
export const backupMethods = {
  /** The user saved a backup file: reset the change counter and the monthly clock. */
  'backup.markDone': method<void>()(v.strictObject({}), ['page']),
  'backup.setReminder': method<void>()(v.strictObject({ enabled: v.boolean() }), ['page']),
};
