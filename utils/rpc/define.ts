import type * as v from 'valibot';

/**
 * Who may call a method:
 * - `page`: extension pages (popup, dashboard, report). Everything.
 * - `panel`: the complaint-panel iframe, an extension page embedded in a web site.
 * - `content`: a content script, which runs inside a web site's page.
 * A method lists the callers it serves; list, export and delete are `page` only.
 */
export type Caller = 'page' | 'panel' | 'content';

export interface MethodSpec<S extends v.GenericSchema = v.GenericSchema, O = unknown> {
  input: S;
  callers: readonly Caller[];
  /** Phantom: carries the output type to the client. Never read at run time. */
  output?: O;
}

export function method<O>() {
  return <S extends v.GenericSchema>(input: S, callers: readonly Caller[]): MethodSpec<S, O> => ({ input, callers });
}

export type InputOf<M> = M extends MethodSpec<infer S, unknown> ? v.InferOutput<S> : never;
export type RawInputOf<M> = M extends MethodSpec<infer S, unknown> ? v.InferInput<S> : never;
export type OutputOf<M> = M extends MethodSpec<v.GenericSchema, infer O> ? O : never;
