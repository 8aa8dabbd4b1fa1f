/**
 * A page's first read, for its first render: undefined if it fails or takes
 * longer than `waitMs`. A database that is slow or blocked (another tab still
 * holding an older version open) must not keep the page blank; the page then
 * renders without it, its live query reads on its own, and StorageStatus
 * reports a database that cannot open.
 */
export function firstRead<T>(read: () => Promise<T>, waitMs = 500): Promise<T | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), waitMs);
    read().then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(undefined);
      },
    );
  });
}
