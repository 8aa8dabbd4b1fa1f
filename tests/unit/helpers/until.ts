/**
 * Polls `read` until `ok` holds, for effects the code under test starts
 * without awaiting (listeners, timers); fails after `tries` × 5 ms.
 */
export async function until<T>(read: () => Promise<T> | T, ok: (v: T) => boolean, tries = 400): Promise<T> {
  for (let i = 0; i < tries; i += 1) {
    const v = await read();
    if (ok(v)) return v;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('condition not reached');
}
