import { BackupError } from './errors';

export type RawTables = Record<string, unknown[]>;
/** Turns the rows of schema version N into rows of version N + 1 (before validation). */
export type BackupUpgrade = (rows: RawTables) => RawTables;

/**
 * One entry per change of the backed-up records (RECORDS_VERSION in
 * utils/db/schema.ts), keyed by the version it upgrades from. Each entry must
 * do to backup rows what its Dexie upgrade does to stored rows
 * (docs/DATA-MIGRATIONS.md). None yet: schema version 2 added only derived
 * data, so the records are still at version 1.
 */
export const BACKUP_UPGRADES: Record<number, BackupUpgrade> = {
  // Records 1 → 3 (schema v3, issue 14): the new agreement fields (`signed`,
  // `jurisdiction`) are optional and absent in older rows, which stay valid as
  // they are. There was no records version 2 (schema v2 changed derived data
  // only), so both steps are the identity.
  1: (rows) => rows,
  2: (rows) => rows,
};

export function assertNotNewer(fromVersion: number, installedVersion: number): void {
  if (fromVersion > installedVersion) {
    throw new BackupError(
      'newer-version',
      `the backup was made with schema version ${fromVersion}; this installation has ${installedVersion}`,
      { version: fromVersion, installed: installedVersion },
    );
  }
}

/** Brings rows from an older backup up to the installed schema; refuses newer backups. */
export function upgradeRows(
  rows: RawTables,
  fromVersion: number,
  installedVersion: number,
  upgrades: Record<number, BackupUpgrade> = BACKUP_UPGRADES,
): RawTables {
  assertNotNewer(fromVersion, installedVersion);
  let current = rows;
  for (let version = fromVersion; version < installedVersion; version += 1) {
    const step = upgrades[version];
    if (!step) throw new BackupError('damaged', `no upgrade from schema version ${version}`);
    current = step(current);
  }
  return current;
}
