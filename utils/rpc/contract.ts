import { contactMethods } from './methods/contacts';
import { panelMethods } from './methods/panel';

/**
 * The one RPC contract: every method the background serves, its input schema
 * and who may call it. Each feature keeps its methods in rpc/methods/<feature>.ts
 * and its handlers in rpc/handlers/<feature>.ts; both are merged here.
 */
export const contract = {
  ...contactMethods,
  ...panelMethods,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
