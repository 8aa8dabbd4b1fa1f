import type { Contract } from '../contract';
import type { HandlersFor } from './types';
import { contactHandlers } from './contacts';
import { panelHandlers } from './panel';

/** Every handler, one per contract method (the type makes a missing one a compile error). */
export const handlers: HandlersFor<Contract> = {
  ...contactHandlers,
  ...panelHandlers,
};
