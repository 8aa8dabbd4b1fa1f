import { loadSample, removeSample } from '../../db/repos/sample';
import type { HandlersFor } from './types';
import type { sampleMethods } from '../methods/sample';

export const sampleHandlers: HandlersFor<typeof sampleMethods> = {
  'sample.load': (input, ctx) => loadSample(ctx.db, input.locale, ctx.now(), input.tzOffsetMin),
  'sample.remove': (_input, ctx) => removeSample(ctx.db),
};
