import { beforeAll, describe, expect, it } from 'vitest';
import { writeBackup } from '@/utils/backup/writer';
import { openBackup, applyBackup } from '@/utils/backup/backup-file';
import { emptyRows, type BackupRows } from '@/utils/domain/backup/tables';
import type { NgDatabase } from '@/utils/db/schema';
import { freshDb } from '../helpers/db';
import { fixtureTables } from '../db/migration-harness';
import { expectRefused } from '../backup/hostile';

// Issue 19 item 7: a restore applies the same business rules as every other
// write. Each case below is a hostile backup that used to be accepted.

const NOW = Date.UTC(2026, 5, 1);
type Row = Record<string, unknown>;
function fixtureRows(): BackupRows {
  return { ...emptyRows(), ...fixtureTables() } as unknown as BackupRows;
}
const fileWith = (rows: BackupRows) => writeBackup(rows, { schemaVersion: 1, appVersion: 't', now: NOW });

function patched(table: keyof BackupRows, patch: (r: Row) => void, index = 0): BackupRows {
  const rows = fixtureRows();
  const list = rows[table] as unknown as Row[];
  const copy = { ...list[index]! };
  patch(copy);
  list[index] = copy;
  return rows;
}

let db: NgDatabase;
beforeAll(async () => {
  db = await freshDb();
});

describe('restore refuses what the repositories refuse, naming the record', () => {
  const orphans: Array<[keyof BackupRows, string, (r: Row) => void]> = [
    ['agreements', 'lenderId', (r) => (r.lenderId = 'nobody')],
    ['installments', 'agreementId', (r) => (r.agreementId = 'nobody')],
    ['installments', 'proofEvidenceId', (r) => (r.proofEvidenceId = 'nobody')],
    [
      'contacts',
      'lenderId',
      (r) => {
        r.lenderId = 'nobody';
        delete r.agreementId;
      },
    ],
    ['contacts', 'agreementId', (r) => (r.agreementId = 'nobody')],
    ['evidence', 'ownerId', (r) => (r.ownerId = 'nobody')],
    ['complaints', 'agreementId', (r) => (r.agreementId = 'nobody')],
    ['complaints', 'lenderId', (r) => (r.lenderId = 'nobody')],
    ['reminders', 'targetId', (r) => (r.targetId = 'nobody')],
  ];
  for (const [table, field, patch] of orphans) {
    it(`a ${table} record whose ${field} points at nothing`, async () => {
      const err = await expectRefused(db, await fileWith(patched(table, patch)), ['invalid-record']);
      expect(err.data.params).toMatchObject({ table, field, index: 1 });
      expect(String(err.data.params?.id)).not.toBe('?');
    });
  }

  it('a contact linked to an agreement of another lender', async () => {
    const rows = patched('contacts', (r) => (r.lenderId = 'l2'));
    const err = await expectRefused(db, await fileWith(rows), ['invalid-record']);
    expect(err.data.params).toMatchObject({ table: 'contacts', id: 'c1', field: 'agreementId' });
  });

  it('a contact dated in 2199', async () => {
    const err = await expectRefused(db, await fileWith(patched('contacts', (r) => (r.at = Date.UTC(2199, 0, 1)))), ['invalid-record']);
    expect(err.data.params).toMatchObject({ table: 'contacts', id: 'c1', field: 'at' });
  });

  it('a contact with 1,000 flags', async () => {
    const err = await expectRefused(db, await fileWith(patched('contacts', (r) => (r.flags = Array(1000).fill('threat')))), [
      'invalid-record',
    ]);
    expect(err.data.params).toMatchObject({ table: 'contacts', id: 'c1', field: 'flags' });
  });

  it('evidence whose recorded SHA-256 or size does not match its bytes', async () => {
    const forgedHash = await expectRefused(db, await fileWith(patched('evidence', (r) => (r.sha256 = 'a'.repeat(64)))), ['invalid-record']);
    expect(forgedHash.data.params).toMatchObject({ table: 'evidence', id: 'e1', field: 'sha256' });
    const forgedSize = await expectRefused(db, await fileWith(patched('evidence', (r) => (r.size = 99))), ['invalid-record']);
    expect(forgedSize.data.params).toMatchObject({ table: 'evidence', id: 'e1', field: 'size' });
  });

  for (const pattern of [
    '<all_urls>',
    'javascript:alert(1)',
    'https://*/*',
    'http://help.example-lender.com/*',
    'https://help.example-lender.com/a/*',
  ]) {
    it(`a user site pattern ${pattern}`, async () => {
      const err = await expectRefused(db, await fileWith(patched('userSites', (r) => (r.pattern = pattern))), ['invalid-record']);
      expect(err.data.params).toMatchObject({ table: 'userSites', id: 's1', field: 'pattern' });
    });
  }

  for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'JaVaScRiPt:alert(1)']) {
    it(`a complaint or lender address ${url}`, async () => {
      const k = await expectRefused(db, await fileWith(patched('complaints', (r) => (r.url = url))), ['invalid-record']);
      expect(k.data.params).toMatchObject({ table: 'complaints', id: 'k1', field: 'url' });
      const l = await expectRefused(db, await fileWith(patched('lenders', (r) => (r.complaintUrl = url))), ['invalid-record']);
      expect(l.data.params).toMatchObject({ table: 'lenders', id: 'l1', field: 'complaintUrl' });
    });
  }

  it('still restores the consistent fixture', async () => {
    const target = await freshDb();
    const counts = await applyBackup(target, await openBackup(await fileWith(fixtureRows())), 'replace');
    expect(counts.added).toBe(Object.values(fixtureRows()).reduce((n, l) => n + l.length, 0));
  });
});
