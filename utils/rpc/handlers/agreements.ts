import { addAgreement, deleteAgreement, restoreAgreement, saveKit, updateAgreement } from '../../db/repos/agreements';
import { deleteLender, updateLender } from '../../db/repos/lenders';
import { splitKey } from '../methods/request-key';
import type { HandlersFor } from './types';
import type { agreementMethods } from '../methods/agreements';

export const agreementHandlers: HandlersFor<typeof agreementMethods> = {
  'lenders.update': (input, ctx) => updateLender(ctx.db, input.id, input.lender, ctx.now()),
  'lenders.delete': (input, ctx) => deleteLender(ctx.db, input.id),
  'agreements.add': (input, ctx) => {
    const [agreement, key] = splitKey(input);
    return addAgreement(ctx.db, agreement, ctx.now(), key);
  },
  'agreements.update': (input, ctx) => updateAgreement(ctx.db, input.id, input.agreement, ctx.now()),
  'agreements.delete': (input, ctx) => deleteAgreement(ctx.db, input.id, input.contacts),
  'agreements.restore': (input, ctx) => restoreAgreement(ctx.db, input),
  'agreements.saveKit': (input, ctx) => saveKit(ctx.db, input.id, input.kit, ctx.now()),
};
