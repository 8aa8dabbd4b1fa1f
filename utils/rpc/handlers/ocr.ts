import { confirmContacts, editText, saveMachineText, setAutoRead } from '../../db/repos/ocr-texts';
import type { HandlersFor } from './types';
import type { ocrMethods } from '../methods/ocr';

// No hand-written change events: the pages read these tables with liveQuery,
// and the findings view refreshes an outdated snapshot itself.
export const ocrHandlers: HandlersFor<typeof ocrMethods> = {
  'ocr.saveMachineText': (input, ctx) => saveMachineText(ctx.db, input, ctx.now()),
  'ocr.editText': (input, ctx) => editText(ctx.db, input.id, input.text, ctx.now()),
  'ocr.confirmContacts': (input, ctx) => confirmContacts(ctx.db, input.id, input.contacts, ctx.now()),
  'ocr.setAutoRead': async (input, ctx) => {
    await setAutoRead(ctx.db, input.on);
    return null;
  },
};
