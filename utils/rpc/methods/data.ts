import * as v from 'valibot';
import { method } from '../define';

/** What the page must send: a fixed phrase, so no stray or forged call with an empty object can wipe the database. */
export const DELETE_ALL_CONFIRMATION = 'delete-all-my-data';

// Extension pages only (Settings): a content script or the panel can never reach it.
export const dataMethods = {
  'data.deleteAll': method<{ tables: number }>()(v.strictObject({ confirm: v.literal(DELETE_ALL_CONFIRMATION) }), ['page']),
};
