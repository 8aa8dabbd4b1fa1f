import { loadSample, removeSample } from '../../db/repos/sample';
import type { HandlersFor } from './types';
import type { sampleMethods } from '../methods/sample';

export const sampleHandlers: HandlersFor<typeof sampleMethods> = {
  'sample.load': async (input, ctx) => {
    const counts = await loadSample(ctx.db, input.locale, ctx.now(), input.tzOffsetMin);
    ctx.emit('data-changed');
    ctx.emit('reminders-changed');
    return counts;
  },
  'sample.remove': async (_input, ctx) => {
    const out = await removeSample(ctx.db);
    ctx.emit('data-changed');
    ctx.emit('reminders-changed');
    return out;
  },
};
