import type { InputOf, MethodSpec, OutputOf } from '../define';
import type { RpcContext } from '../context';

/** The handlers a feature must provide for its method map, fully typed. */
export type HandlersFor<M extends Record<string, MethodSpec>> = {
  [K in keyof M]: (input: InputOf<M[K]>, ctx: RpcContext) => Promise<OutputOf<M[K]>>;
};
