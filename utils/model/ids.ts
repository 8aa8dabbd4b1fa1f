/** Random, collision-free ids that survive merging backups from two devices. */
export function newId(): string {
  return crypto.randomUUID();
}
