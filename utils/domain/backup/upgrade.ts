import { BackupError } from './errors';

export type RawTables = Record<string, unknown[]>;
/** Turns the rows of schema version N into rows of version N + 1 (before validation). */
export type BackupUpgrade = (rows: RawTables) => RawTables;

/**
 * One entry per change of the backed-up records (RECORDS_VERSION in
 * utils/db/schema.ts), keyed by the version it upgrades from. Each entry must
 * do to backup rows what its Dexie upgrade does to stored rows
 * (docs/DATA-MIGRATIONS.md). Schema version 2 added only derived data; the
 * records' version went from 1 to 5 with the OCR table, and to 7 with the import tables.
 */
export const BACKUP_UPGRADES: Record<number, BackupUpgrade> = {
  // Records 1 → 3 (schema v3, jurisdictions): the new agreement fields (`signed`,
  // `jurisdiction`) are optional and absent in older rows, which stay valid as
  // they are. There was no records version 2 (schema v2 changed derived data
  // only), so both steps are the identity.
  1: (rows) => rows,
  2: (rows) => rows,
  // Records 3 → 4: there was no records version 4 (schema v4 kept records 3).
  3: (rows) => rows,
  // Records 4 → 5 (schema v5, OCR): the ocrTexts table is new; an older backup has none.
  4: (rows) => ({ ...rows, ocrTexts: rows.ocrTexts ?? [] }),
  // Records 5 → 6: there was no records version 6 (schema v6 kept records 5).
  5: (rows) => rows,
  // Records 6 → 7 (schema v7, import in backups): imports, importLinks and
  // numberBook are new in backups; an older backup has none (its install kept
  // them out of the file, so a replace-restore of it holds no import).
  6: (rows) => ({ ...rows, imports: rows.imports ?? [], importLinks: rows.importLinks ?? [], numberBook: rows.numberBook ?? [] }),
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
