import { BackupError } from './errors';

export type RawTables = Record<string, unknown[]>;
/** Turns the rows of schema version N into rows of version N + 1 (before validation). */
export type BackupUpgrade = (rows: RawTables) => RawTables;

/**
 * One entry per change of the backed-up records (RECORDS_VERSION in
 * utils/db/schema.ts), keyed by the version it upgrades from. Each entry must
 * do to backup rows what its Dexie upgrade does to stored rows
 * (docs/DATA-MIGRATIONS.md). Schema version 2 added only derived data; the
 * records' version went from 1 to 5 with the OCR table.
 */
const same: BackupUpgrade = (rows) => rows;
export const BACKUP_UPGRADES: Record<number, BackupUpgrade> = {
  // FOR THE INTEGRATOR: versions 2–4 changed no backed-up records on this
  // branch; keep the other branches' steps at their own keys instead of these.
  1: same,
  2: same,
  3: same,
  // v5 (OCR): the ocrTexts table is new; an older backup has none.
  4: (rows) => ({ ...rows, ocrTexts: rows.ocrTexts ?? [] }),
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
