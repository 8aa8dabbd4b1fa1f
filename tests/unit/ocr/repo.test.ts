import { describe, expect, it } from 'vitest';
import { contract } from '@/utils/rpc/contract';
import { handlers } from '@/utils/rpc/handlers';
import { createRouter, type Handler } from '@/utils/rpc/router';
import { addEvidence, deleteEvidence, restoreEvidence } from '@/utils/db/repos/evidence';
import { exportBackup, openBackup } from '@/utils/backup/backup-file';
import * as v from 'valibot';
import { MetaSchema } from '@/utils/domain/backup/format';
import { upgradeRows } from '@/utils/domain/backup/upgrade';
import { RECORDS_VERSION } from '@/utils/db/schema';
import { emptyRows } from '@/utils/domain/backup/tables';
import { freshDb, snapshot, testContext } from '../helpers/db';

const route = createRouter(contract, handlers as unknown as Record<string, Handler>);
const NOW = Date.UTC(2026, 10, 22, 4, 0);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const call = (db: Awaited<ReturnType<typeof freshDb>>, method: string, input: unknown, caller: 'page' | 'panel' | 'content' = 'page') =>
  route({ tag: 'ng-rpc-1', method, input }, caller, () => testContext(db, caller, NOW));

async function withShot() {
  const db = await freshDb();
  const e = await addEvidence(db, { blob: new Blob([PNG], { type: 'image/png' }), name: 'sms.png', capturedAt: NOW - 3_600_000 }, NOW);
  const read = {
    id: e.id,
    text: '95188\n昨天 22:41\n再不还款后果自负',
    langs: 'chi_sim+eng',
    confidence: 91,
    lines: [{ text: '95188', x0: 1, y0: 2, x1: 3, y1: 4 }],
    width: 750,
  };
  return { db, e, read };
}
const contact = (at: number, summary: string) => ({
  at,
  channel: 'sms',
  summary,
  flags: ['threat'],
  person: { name: '', staffId: '', phone: '95188', agency: '', party: 'unknown' },
  tzOffsetMin: 480,
});

describe('screenshot text beside the evidence', () => {
  it('stores the machine text without touching the evidence, then the user edit drops the boxes', async () => {
    const { db, e, read } = await withShot();
    expect(await call(db, 'ocr.saveMachineText', read)).toMatchObject({ ok: true, value: { machine: true, lines: read.lines } });
    expect(await db.evidence.get(e.id)).toEqual(e);
    const edited = await call(db, 'ocr.editText', { id: e.id, text: '改过的文字' });
    expect(edited).toMatchObject({ ok: true, value: { machine: false, text: '改过的文字' } });
    expect((await db.ocrTexts.get(e.id))!.lines).toBeUndefined();
  });

  it('refuses hostile or misdirected input and changes nothing', async () => {
    const { db, e, read } = await withShot();
    const before = await snapshot(db);
    expect(await call(db, 'ocr.saveMachineText', { ...read, extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call(db, 'ocr.saveMachineText', { ...read, id: 'nope' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await call(db, 'ocr.saveMachineText', { ...read, confidence: 101 })).toMatchObject({ ok: false });
    expect(await call(db, 'ocr.saveMachineText', read, 'content')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call(db, 'ocr.confirmContacts', { id: e.id, contacts: [] })).toMatchObject({ ok: false });
    expect(await snapshot(db)).toEqual(before);
  });

  it('creates the confirmed contacts together, links them and attaches the screenshot to the first; a bad one creates none', async () => {
    const { db, e, read } = await withShot();
    await call(db, 'ocr.saveMachineText', read);
    const before = await snapshot(db);
    // The second proposal lies in the future: nothing at all is created.
    const bad = await call(db, 'ocr.confirmContacts', {
      id: e.id,
      contacts: [contact(NOW - 86_400_000, 'a'), contact(NOW + 86_400_000, 'b')],
    });
    expect(bad).toMatchObject({ ok: false, error: { field: 'contacts.1.at' } });
    expect(await snapshot(db)).toEqual(before);

    const ok = await call(db, 'ocr.confirmContacts', {
      id: e.id,
      contacts: [contact(NOW - 86_400_000, '后果自负'), contact(NOW - 7_200_000, '上门')],
    });
    expect(ok.ok).toBe(true);
    const ids = (ok as { value: string[] }).value;
    expect(ids).toHaveLength(2);
    expect((await db.ocrTexts.get(e.id))!.contactIds).toEqual(ids);
    expect(await db.evidence.get(e.id)).toEqual({ ...e, ownerType: 'contact', ownerId: ids[0] });
    expect(await db.ocrTexts.where('contactIds').equals(ids[1]!).count()).toBe(1);
  });

  it('goes with its evidence on delete, comes back on undo, and travels in backups', async () => {
    const { db, e, read } = await withShot();
    await call(db, 'ocr.saveMachineText', read);
    const row = await db.ocrTexts.get(e.id);
    const file = await exportBackup(db, { appVersion: 't', now: NOW });
    const deleted = await deleteEvidence(db, e.id);
    expect(deleted.ocrText).toEqual(row);
    expect(await db.ocrTexts.count()).toBe(0);
    await restoreEvidence(db, e, deleted);
    expect(await db.ocrTexts.get(e.id)).toEqual(row);
    expect((await openBackup(file)).rows.ocrTexts).toEqual([row]);
  });

  it('reads a records-version-1 backup, whose meta and rows have no screenshot-text table', () => {
    const counts = {
      lenders: 0,
      agreements: 0,
      installments: 0,
      contacts: 1,
      evidence: 0,
      complaints: 0,
      reminders: 0,
      userSites: 0,
      settings: 0,
    };
    const meta = v.parse(MetaSchema, { schemaVersion: 1, createdAt: NOW, appVersion: 'old', counts, blobs: 0 });
    expect(meta.counts.ocrTexts).toBe(0);
    const { ocrTexts: _none, ...v1 } = emptyRows();
    expect(upgradeRows(v1 as never, 1, RECORDS_VERSION).ocrTexts).toEqual([]);
  });

  it('keeps the auto-read setting off until the user turns it on', async () => {
    const db = await freshDb();
    expect(await db.settings.get('ocr.autoRead')).toBeUndefined();
    await call(db, 'ocr.setAutoRead', { on: true });
    expect(await db.settings.get('ocr.autoRead')).toEqual({ key: 'ocr.autoRead', value: true });
  });
});
