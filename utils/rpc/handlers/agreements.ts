import { addAgreement, deleteAgreement, restoreAgreement, saveKit, updateAgreement } from '../../db/repos/agreements';
import { deleteLender, updateLender } from '../../db/repos/lenders';
import type { RpcContext } from '../context';
import { splitKey } from '../methods/request-key';
import type { HandlersFor } from './types';
import type { agreementMethods } from '../methods/agreements';

/** Agreement writes can add or remove reminders: the background re-arms its alarm. */
export function changed<T>(ctx: RpcContext, value: T): T {
  ctx.emit('data-changed');
  ctx.emit('reminders-changed');
  return value;
}

export const agreementHandlers: HandlersFor<typeof agreementMethods> = {
  'lenders.update': async (input, ctx) => changed(ctx, await updateLender(ctx.db, input.id, input.lender, ctx.now())),
  'lenders.delete': async (input, ctx) => changed(ctx, await deleteLender(ctx.db, input.id)),
  'agreements.add': async (input, ctx) => {
    const [agreement, key] = splitKey(input);
    return changed(ctx, await addAgreement(ctx.db, agreement, ctx.now(), key));
  },
  'agreements.update': async (input, ctx) => changed(ctx, await updateAgreement(ctx.db, input.id, input.agreement, ctx.now())),
  'agreements.delete': async (input, ctx) => changed(ctx, await deleteAgreement(ctx.db, input.id, input.contacts)),
  'agreements.restore': async (input, ctx) => changed(ctx, await restoreAgreement(ctx.db, input)),
  'agreements.saveKit': async (input, ctx) => changed(ctx, await saveKit(ctx.db, input.id, input.kit, ctx.now())),
};
