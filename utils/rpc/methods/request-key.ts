import * as v from 'valibot';
import { id } from '../../model/fields';

/**
 * An add's input plus its optional idempotency key (a random id the page keeps
 * with its draft; see utils/db/repos/write-keys.ts). A retry with the same key
 * returns the record the first attempt stored.
 */
export function withRequestKey<E extends v.ObjectEntries>(schema: v.StrictObjectSchema<E, undefined>) {
  return v.strictObject({ ...schema.entries, requestKey: v.optional(id) });
}

/** Splits the key off before the repository parses the input with its own strict schema. */
export function splitKey<T extends { requestKey?: string | undefined }>(input: T): [Omit<T, 'requestKey'>, string | undefined] {
  const { requestKey, ...rest } = input;
  return [rest, requestKey];
}
